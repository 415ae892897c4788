import { Notifications } from '@mantine/notifications';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Asset } from '../../src/shared/contract';
import { NO_ASSET_FILTERS } from '../../src/renderer/src/features/equipment/AssetFilters';
import { toAssetFilters } from '../../src/renderer/src/features/equipment/AssetsPage';
import { AssetStatusActions, manualTargets } from '../../src/renderer/src/features/equipment/AssetStatusActions';
import { HeaderScanField } from '../../src/renderer/src/features/equipment/HeaderScanField';
import { asset, fail, ok, renderEquipment } from './equipment-setup';

function Where() {
  return <output data-testid="where">{useLocation().pathname}</output>;
}

const FULL: Asset = {
  ...asset(5, 'LAS-0005', 'Mesin las MIG'),
  serialNumber: '',
  size: '',
  material: '',
  grantReference: '',
  notes: '',
  statusReason: '',
  usefulLifeYears: 5,
  photoDataUrl: null,
  openLoan: null,
  openRepair: null,
};

describe('the register filters', () => {
  it('become the contract filters: ids as numbers, unset ones as null', () => {
    expect(toAssetFilters({ ...NO_ASSET_FILTERS, roomId: '2', condition: 'minor_damage' }, 'las')).toEqual({
      search: 'las',
      roomId: 2,
      categoryId: null,
      condition: 'minor_damage',
      status: null,
      source: null,
    });
  });
});

describe('the header scan field', () => {
  it('opens the scanned asset, says so when a tag is unknown, and takes Ctrl+K', async () => {
    const { calls } = renderEquipment(
      <>
        <Notifications />
        <button type="button">elsewhere</button>
        <HeaderScanField />
        <Where />
      </>,
      async (method, input) => {
        const tag = (input as { tag: string }).tag;
        if (method === 'assets.byTag')
          return tag === 'LAS-0005' ? ok(asset(5, 'LAS-0005', 'Mesin las MIG')) : fail('ASSET_TAG_UNKNOWN', { tag });
        return fail('INTERNAL');
      },
      { pattern: '*' },
    );
    const input = screen.getByRole('textbox', { name: 'Pindai label aset' }) as HTMLInputElement;
    screen.getByRole('button', { name: 'elsewhere' }).focus();
    fireEvent.keyDown(document.documentElement, { key: 'k', code: 'KeyK', ctrlKey: true });
    expect(document.activeElement).toBe(input);

    fireEvent.change(input, { target: { value: 'OTO-9999' } });
    await act(async () => fireEvent.keyDown(input, { key: 'Enter' }));
    await waitFor(() => expect(screen.getByText('Tidak ada aset dengan kode label OTO-9999.')).toBeTruthy());
    expect(screen.getByTestId('where').textContent).toBe('/');

    fireEvent.change(input, { target: { value: 'LAS-0005' } });
    await act(async () => fireEvent.keyDown(input, { key: 'Enter' }));
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/equipment/assets/5'));
    expect(calls.filter((call) => call.method === 'assets.byTag')).toHaveLength(2);
  });
});

describe('write-off actions', () => {
  it('offer only what fits the status', () => {
    expect(manualTargets('available')).toEqual(['lost', 'disposed']);
    expect(manualTargets('lost')).toEqual(['available', 'disposed']);
    expect(manualTargets('checked_out')).toEqual([]);
    expect(manualTargets('disposed')).toEqual([]);
  });

  it('are hidden from the front desk', () => {
    renderEquipment(<AssetStatusActions asset={FULL} />, async () => fail('INTERNAL'), { role: 'front_desk' });
    expect(screen.queryByRole('button', { name: 'Hapuskan' })).toBeNull();
  });

  it('ask an administrator for a reason before writing off', async () => {
    const { calls } = renderEquipment(
      <AssetStatusActions asset={FULL} />,
      async (method) => (method === 'assets.setStatus' ? ok({ ...FULL, status: 'disposed' }) : fail('INTERNAL')),
      { role: 'admin' },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Hapuskan' }));
    const reason = await screen.findByRole('textbox', { name: /Alasan/ });
    fireEvent.change(reason, { target: { value: 'Trafo terbakar, tidak ekonomis diperbaiki' } });
    const dialog = screen.getByRole('dialog');
    await act(async () => fireEvent.submit(dialog.querySelector('form') as HTMLFormElement));
    await waitFor(() =>
      expect(calls.find((call) => call.method === 'assets.setStatus')?.input).toEqual({
        id: 5,
        status: 'disposed',
        reason: 'Trafo terbakar, tidak ekonomis diperbaiki',
      }),
    );
  });
});
