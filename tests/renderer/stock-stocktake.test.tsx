import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Stocktake, StocktakeItem } from '../../src/shared/contract';
import { StocktakePage } from '../../src/renderer/src/features/equipment/StocktakePage';
import { scanFeedback } from '../../src/renderer/src/features/equipment/stocktakeScan';
import { fail, ok, renderEquipment, type Invoke } from './equipment-setup';

const item = (assetId: number, tag: string, name: string, extra: Partial<StocktakeItem> = {}): StocktakeItem => ({
  assetId,
  tag,
  name,
  categoryName: 'Mesin las',
  listed: true,
  statusBefore: 'available',
  roomBefore: 'Workshop Las',
  conditionBefore: 'good',
  found: false,
  conditionFound: null,
  verdict: 'missing',
  ...extra,
});

const STOCKTAKE: Stocktake = {
  id: 5,
  roomId: 2,
  roomName: 'Workshop Las',
  status: 'open',
  startedOn: '2026-11-23',
  startedBy: 'Siti',
  finishedAt: null,
  notes: '',
  listed: 2,
  found: 0,
  missing: 2,
  unexpected: 0,
  items: [item(1, 'LAS-0001', 'Mesin las SMAW'), item(2, 'LAS-0002', 'Mesin las MIG')],
};

const FOREIGN = item(9, 'OTO-0009', 'Kunci momen', {
  listed: false,
  roomBefore: 'Workshop Otomotif',
  statusBefore: 'checked_out',
  found: true,
  conditionFound: 'good',
  verdict: 'unexpected',
});

/** A tiny main process: scans and ticks change the count, which stocktakes.get answers with. */
function fakeMain(calls: { method: string; input: unknown }[], start: Stocktake = STOCKTAKE): Invoke {
  let current = structuredClone(start);
  const replace = (next: StocktakeItem) => {
    const known = current.items.some((other) => other.assetId === next.assetId);
    current = {
      ...current,
      items: known
        ? current.items.map((other) => (other.assetId === next.assetId ? next : other))
        : [...current.items, next],
    };
  };
  return async (method, input) => {
    calls.push({ method, input });
    const args = input as Record<string, unknown>;
    if (method === 'stocktakes.get') return ok(current);
    if (method === 'stocktakes.list') return ok([]);
    if (method === 'stocktakes.scan') {
      if (args['tag'] === 'OTO-0009') {
        replace(FOREIGN);
        return ok({ item: FOREIGN, alreadyFound: false });
      }
      const hit = current.items.find((other) => other.tag === args['tag']);
      if (!hit) return fail('ASSET_TAG_UNKNOWN', { tag: String(args['tag']) });
      const already = hit.found;
      const next: StocktakeItem = {
        ...hit,
        found: true,
        verdict: 'found',
        conditionFound:
          (args['condition'] as StocktakeItem['conditionFound']) ?? hit.conditionFound ?? hit.conditionBefore,
      };
      replace(next);
      return ok({ item: next, alreadyFound: already });
    }
    if (method === 'stocktakes.mark') {
      const hit = current.items.find((other) => other.assetId === args['assetId']) as StocktakeItem;
      const next: StocktakeItem = {
        ...hit,
        found: args['found'] as boolean,
        verdict: args['found'] ? 'found' : 'missing',
        conditionFound: args['found']
          ? ((args['condition'] as StocktakeItem['conditionFound']) ?? hit.conditionBefore)
          : null,
      };
      replace(next);
      return ok(next);
    }
    if (method === 'stocktakes.finish') {
      current = { ...current, status: 'finished', finishedAt: '2026-11-23T06:00:00Z' };
      return ok(current);
    }
    return fail('INTERNAL');
  };
}

const renderCount = (invoke: Invoke, role: 'front_desk' | 'head' = 'front_desk') =>
  renderEquipment(<StocktakePage />, invoke, { role, path: '/stocktakes/5', pattern: '/stocktakes/:id' });

const scanField = () => screen.getByRole('textbox', { name: /Pindai label aset/ }) as HTMLInputElement;
const feedback = () => screen.getByTestId('scan-feedback');

async function scan(tag: string) {
  const input = scanField();
  fireEvent.change(input, { target: { value: tag } });
  await act(async () => {
    fireEvent.keyDown(input, { key: 'Enter' });
  });
}

describe('the scan feedback', () => {
  it('tells found, already counted and unexpected apart', () => {
    const found = item(1, 'LAS-0001', 'Mesin las', { found: true, verdict: 'found' });
    expect(scanFeedback({ item: found, alreadyFound: false }, 'Workshop Las').kind).toBe('found');
    expect(scanFeedback({ item: found, alreadyFound: true }, 'Workshop Las').kind).toBe('already');
    expect(scanFeedback({ item: FOREIGN, alreadyFound: false }, 'Workshop Las')).toMatchObject({
      kind: 'unexpected',
      reasons: [
        { kind: 'status', status: 'checked_out' },
        { kind: 'otherRoom', room: 'Workshop Otomotif' },
      ],
    });
  });
});

describe('the counting screen', () => {
  it('marks a scanned asset found, says so loudly, and keeps the scan field ready', async () => {
    const calls: { method: string; input: unknown }[] = [];
    renderCount(fakeMain(calls));
    await waitFor(() => expect(document.activeElement).toBe(scanField()));
    expect(screen.getByTestId('count-missing').textContent).toBe('2');

    await scan('LAS-0001');
    await waitFor(() => expect(feedback().dataset['kind']).toBe('found'));
    expect(feedback().textContent).toContain('Ditemukan');
    expect(feedback().textContent).toContain('LAS-0001');
    expect(calls.find((call) => call.method === 'stocktakes.scan')?.input).toEqual({
      id: 5,
      tag: 'LAS-0001',
      condition: null,
    });
    await waitFor(() => expect(screen.getByTestId('count-found').textContent).toBe('1 / 2'));
    expect(screen.getByTestId('count-missing').textContent).toBe('1');
    expect(document.activeElement).toBe(scanField());
    expect(screen.getByRole('checkbox', { name: /LAS-0001/ })).toHaveProperty('checked', true);

    await scan('LAS-0001');
    await waitFor(() => expect(feedback().dataset['kind']).toBe('already'));
    expect(feedback().textContent).toContain('Sudah dihitung');
    expect(screen.getByTestId('count-found').textContent).toBe('1 / 2');
  });

  it('says where an unexpected find belongs, and names an unknown tag', async () => {
    renderCount(fakeMain([]));
    await waitFor(() => expect(scanField()).toBeTruthy());

    await scan('OTO-0009');
    await waitFor(() => expect(feedback().dataset['kind']).toBe('unexpected'));
    expect(feedback().textContent).toContain('Tercatat sedang dipinjam');
    expect(feedback().textContent).toContain('Terdaftar di Workshop Otomotif');
    await waitFor(() => expect(screen.getByTestId('count-unexpected').textContent).toBe('1'));

    await scan('XYZ-404');
    await waitFor(() => expect(feedback().dataset['kind']).toBe('unknown'));
    expect(feedback().textContent).toContain('Tidak ada aset dengan kode label XYZ-404');
  });

  it('refuses what no label can carry without asking main', async () => {
    const calls: { method: string; input: unknown }[] = [];
    renderCount(fakeMain(calls));
    await waitFor(() => expect(scanField()).toBeTruthy());
    await scan('LAS 0001');
    await waitFor(() => expect(feedback().dataset['kind']).toBe('badTag'));
    expect(calls.some((call) => call.method === 'stocktakes.scan')).toBe(false);
  });

  it('sends the condition chosen for the next scan only, then goes back to keep', async () => {
    const calls: { method: string; input: unknown }[] = [];
    renderCount(fakeMain(calls));
    await waitFor(() => expect(scanField()).toBeTruthy());
    fireEvent.keyDown(scanField(), { key: '2', altKey: true });
    await scan('LAS-0002');
    await scan('LAS-0001');
    await waitFor(() => expect(calls.filter((call) => call.method === 'stocktakes.scan')).toHaveLength(2));
    const scans = calls.filter((call) => call.method === 'stocktakes.scan').map((call) => call.input);
    expect(scans).toEqual([
      { id: 5, tag: 'LAS-0002', condition: 'minor_damage' },
      { id: 5, tag: 'LAS-0001', condition: null },
    ]);
  });

  it('ticks by hand and previews missing and unexpected assets before finishing with the chosen options', async () => {
    const calls: { method: string; input: unknown }[] = [];
    renderCount(fakeMain(calls));
    const tick = await screen.findByRole('checkbox', { name: /LAS-0002/ });
    await act(async () => {
      fireEvent.click(tick);
    });
    await waitFor(() => expect(calls.some((call) => call.method === 'stocktakes.mark')).toBe(true));
    expect(calls.find((call) => call.method === 'stocktakes.mark')?.input).toEqual({
      id: 5,
      assetId: 2,
      found: true,
      condition: null,
    });
    await scan('OTO-0009');
    await waitFor(() => expect(screen.getByTestId('count-unexpected').textContent).toBe('1'));

    fireEvent.click(screen.getByRole('button', { name: /Selesaikan/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Belum ditemukan (1)');
    expect(dialog.textContent).toContain('LAS-0001');
    expect(dialog.textContent).toContain('Temuan tidak terduga (1)');
    expect(dialog.textContent).toContain('OTO-0009');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Pindahkan temuan/ }));
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Selesaikan stok opname' }));
    });
    await waitFor(() => expect(calls.some((call) => call.method === 'stocktakes.finish')).toBe(true));
    expect(calls.find((call) => call.method === 'stocktakes.finish')?.input).toEqual({
      id: 5,
      markMissingLost: false,
      moveUnexpected: true,
    });
    await waitFor(() => expect(screen.queryByRole('textbox', { name: /Pindai label aset/ })).toBeNull());
    expect(screen.getByText(/sudah selesai/)).toBeTruthy();
  });

  it('shows a finished count read-only', async () => {
    const finished: Stocktake = {
      ...STOCKTAKE,
      status: 'finished',
      finishedAt: '2026-11-23T06:00:00Z',
      items: [item(1, 'LAS-0001', 'Mesin las SMAW', { found: true, verdict: 'found', conditionFound: 'minor_damage' })],
    };
    renderCount(fakeMain([], finished));
    await screen.findByText('LAS-0001');
    expect(screen.queryByRole('textbox', { name: /Pindai label aset/ })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Selesaikan/ })).toBeNull();
    expect(screen.getByText(/Rusak Ringan/)).toBeTruthy();
    expect(screen.getByText(/23 November 2026/)).toBeTruthy();
  });

  it('lets the head of the BLK look but not count', async () => {
    renderCount(fakeMain([]), 'head');
    await screen.findByText('LAS-0001');
    expect(screen.queryByRole('textbox', { name: /Pindai label aset/ })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});
