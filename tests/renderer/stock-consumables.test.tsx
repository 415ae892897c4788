import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Consumable } from '../../src/shared/contract';
import { ConsumablesPage } from '../../src/renderer/src/features/equipment/ConsumablesPage';
import { fail, ok, renderEquipment } from './equipment-setup';

const ROWS: Consumable[] = [
  {
    id: 1,
    name: 'Kawat las RB 2,6 mm',
    unit: 'kg',
    roomId: 2,
    roomName: 'Workshop Las',
    stock: 2.5,
    lowStock: 5,
    low: true,
    active: true,
  },
  {
    id: 2,
    name: 'Kabel NYM',
    unit: 'meter',
    roomId: null,
    roomName: null,
    stock: 0.1 + 0.2,
    lowStock: 0,
    low: false,
    active: true,
  },
];

function renderPage(role: 'front_desk' | 'head' = 'front_desk') {
  const lists: unknown[] = [];
  renderEquipment(
    <ConsumablesPage />,
    async (method, input) => {
      if (method === 'consumables.list') {
        lists.push(input);
        return ok((input as { lowOnly: boolean }).lowOnly ? ROWS.filter((row) => row.low) : ROWS);
      }
      if (method === 'rooms.list' || method === 'classes.list') return ok([]);
      return fail('INTERNAL');
    },
    { role },
  );
  return lists;
}

// mantine-datatable renders a cell only when its media query matches; jsdom's stand-in matches nothing.
const jsdomMatchMedia = window.matchMedia;
beforeAll(() => {
  window.matchMedia = (query: string) => ({ ...jsdomMatchMedia(query), matches: true });
});
afterAll(() => {
  window.matchMedia = jsdomMatchMedia;
});

describe('the consumables list', () => {
  it('shows stock in its unit with Indonesian decimals and flags what to reorder', async () => {
    renderPage();
    expect(await screen.findByText('2,5 kg')).toBeTruthy();
    expect(screen.getByText('0,3 meter')).toBeTruthy();
    expect(screen.getAllByText('Perlu dipesan').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Terima Kawat las RB 2,6 mm' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pakai Kawat las RB 2,6 mm' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sesuaikan Kawat las RB 2,6 mm' })).toBeTruthy();
  });

  it('asks main for the items to reorder only', async () => {
    const lists = renderPage();
    await screen.findByText('2,5 kg');
    await act(async () => {
      fireEvent.click(screen.getByRole('switch', { name: 'Hanya yang perlu dipesan' }));
    });
    await waitFor(() => expect(lists.at(-1)).toEqual({ search: '', lowOnly: true }));
    await waitFor(() => expect(screen.queryByText('0,3 meter')).toBeNull());
  });

  it('opens the movement form from Pakai', async () => {
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Pakai Kawat las RB 2,6 mm' }));
    expect(await screen.findByRole('dialog', { name: 'Pakai Kawat las RB 2,6 mm' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Jumlah dipakai/ })).toBeTruthy();
  });

  it('gives the head of the BLK the stock card but no stock buttons', async () => {
    renderPage('head');
    await screen.findByText('2,5 kg');
    expect(screen.queryByRole('button', { name: /^Terima/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Tambah bahan/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Kartu stok Kawat las RB 2,6 mm' })).toBeTruthy();
  });
});
