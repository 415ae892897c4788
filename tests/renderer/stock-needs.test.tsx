import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EquipmentCategory, Program } from '../../src/shared/contract';
import { ProgramEquipmentEditor } from '../../src/renderer/src/features/equipment/ProgramEquipmentEditor';
import { fail, ok, renderEquipment } from './equipment-setup';

const category = (id: number, name: string, code: string): EquipmentCategory => ({
  id,
  name,
  code,
  goodsCode: '',
  usefulLifeYears: 5,
  active: true,
  assetCount: 3,
});

const PROGRAM = { id: 4, name: 'Las SMAW' } as Program;

function renderEditor() {
  const saves: unknown[] = [];
  renderEquipment(
    <ProgramEquipmentEditor program={PROGRAM} onDone={() => undefined} />,
    async (method, input) => {
      if (method === 'programEquipment.get') return ok([{ categoryId: 1, categoryName: 'Mesin las', quantity: 8 }]);
      if (method === 'equipmentCategories.list')
        return ok([category(1, 'Mesin las', 'LAS'), category(2, 'Gerinda', 'GRD')]);
      if (method === 'programEquipment.save') {
        saves.push(input);
        return ok([]);
      }
      return fail('INTERNAL');
    },
    { role: 'admin' },
  );
  return saves;
}

const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
  });
};

describe('the equipment needs of a programme', () => {
  it('saves the rows as categories and whole quantities, dropping blank rows', async () => {
    const saves = renderEditor();
    const quantity = await screen.findByRole('textbox', { name: 'Jumlah baris 1' });
    expect((quantity as HTMLInputElement).value).toBe('8');
    fireEvent.click(screen.getByRole('button', { name: 'Tambah baris' }));
    await screen.findByRole('textbox', { name: 'Jumlah baris 2' });
    await submit();
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]).toEqual({ programId: 4, items: [{ categoryId: 1, quantity: 8 }] });
  });

  it('refuses a row without a quantity next to the field', async () => {
    const saves = renderEditor();
    const quantity = await screen.findByRole('textbox', { name: 'Jumlah baris 1' });
    fireEvent.change(quantity, { target: { value: '' } });
    await submit();
    expect(await screen.findByText('Wajib diisi')).toBeTruthy();
    expect(saves).toHaveLength(0);
  });
});
