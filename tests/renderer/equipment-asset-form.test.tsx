import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AssetForm } from '../../src/renderer/src/features/equipment/AssetForm';
import { rupiahValue } from '../../src/renderer/src/features/equipment/RupiahInput';
import { fail, ok, renderEquipment } from './equipment-setup';

const CATEGORY = {
  id: 1,
  name: 'Mesin las',
  code: 'LAS',
  goodsCode: '',
  usefulLifeYears: 5,
  active: true,
  assetCount: 0,
};
const ROOM = { id: 2, name: 'Workshop Las', trade: 'Las', capacity: 16, active: true };

function fakeMain(create: (input: unknown) => unknown) {
  return async (method: string, input: unknown) => {
    if (method === 'rooms.list') return ok([ROOM]);
    if (method === 'equipmentCategories.list') return ok([CATEGORY]);
    if (method === 'equipmentSettings.get') return ok({ tagPattern: '{category}/{year}/{seq:3}' });
    if (method === 'assets.create') return create(input);
    return fail('INTERNAL');
  };
}

const field = (label: RegExp) =>
  screen.getAllByLabelText(label).find((element) => element.tagName === 'INPUT' || element.tagName === 'TEXTAREA') as
    HTMLInputElement | undefined;
/** The error text Mantine shows under an input (linked by aria-describedby). */
const errorOf = (input: HTMLElement | undefined) => {
  const ids = (input?.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
};
const save = () => act(async () => fireEvent.click(screen.getByRole('button', { name: 'Simpan' })));

async function choose(label: RegExp, option: string) {
  const input = screen.getAllByLabelText(label).find((element) => element.getAttribute('aria-haspopup') === 'listbox');
  fireEvent.click(input as HTMLElement);
  fireEvent.click(await screen.findByRole('option', { name: option, hidden: true }));
}

describe('the asset form', () => {
  it('shows each missing or malformed entry next to its field and sends nothing', async () => {
    const create = vi.fn(() => ok({}));
    renderEquipment(<AssetForm asset={null} onDone={vi.fn()} />, fakeMain(create));
    expect(document.activeElement).toBe(field(/^Nama aset/));
    fireEvent.change(field(/^Kode label/) as HTMLInputElement, { target: { value: 'LAS 01' } });
    fireEvent.change(field(/^Tanggal perolehan/) as HTMLInputElement, { target: { value: '31/02/2024' } });
    await save();
    expect(errorOf(field(/^Nama aset/))).toBe('Wajib diisi');
    expect(errorOf(field(/^Kode label/))).toContain('tanpa spasi');
    expect(errorOf(field(/^Tanggal perolehan/))).toContain('Tanggal tidak valid');
    expect(errorOf(field(/^Harga perolehan/))).toBe('Wajib diisi');
    expect(create).not.toHaveBeenCalled();
  });

  it('explains an empty tag with an example from the pattern and sends rupiah as a number', async () => {
    const create = vi.fn(() => fail('ASSET_TAG_TAKEN', { tag: 'LAS-0001' }));
    const { calls } = renderEquipment(<AssetForm asset={null} onDone={vi.fn()} />, fakeMain(create));
    await waitFor(() => expect(screen.getByText(/LAS\/\d{4}\/001/)).toBeTruthy());

    fireEvent.change(field(/^Nama aset/) as HTMLInputElement, { target: { value: 'Mesin las SMAW' } });
    await choose(/^Kategori/, 'LAS · Mesin las');
    await choose(/^Workshop/, 'Workshop Las');
    fireEvent.change(field(/^Tanggal perolehan/) as HTMLInputElement, { target: { value: '01/03/2024' } });
    expect(screen.getByText(/LAS\/2024\/001/)).toBeTruthy();
    const value = field(/^Harga perolehan/) as HTMLInputElement;
    fireEvent.change(value, { target: { value: '1250000' } });
    await waitFor(() => expect(value.value).toBe('Rp 1.250.000'));
    fireEvent.change(field(/^Kode label/) as HTMLInputElement, { target: { value: 'LAS-0001' } });

    await save();
    await waitFor(() => expect(errorOf(field(/^Kode label/))).toBe('Kode label LAS-0001 sudah dipakai aset lain.'));
    const sent = calls.find((call) => call.method === 'assets.create')?.input as Record<string, unknown>;
    expect(sent).toMatchObject({
      name: 'Mesin las SMAW',
      categoryId: 1,
      roomId: 2,
      tag: 'LAS-0001',
      acquiredOn: '2024-03-01',
      valueRupiah: 1_250_000,
      condition: 'good',
    });
  });

  it('reads rupiah typed with separators', () => {
    expect(rupiahValue('Rp 1.250.000')).toBe(1_250_000);
    expect(rupiahValue('')).toBeUndefined();
    expect(rupiahValue(0)).toBe(0);
  });
});
