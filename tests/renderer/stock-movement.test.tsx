import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Consumable } from '../../src/shared/contract';
import type { MovementKind } from '../../src/shared/equipment';
import { MovementForm } from '../../src/renderer/src/features/equipment/MovementForm';
import { fail, ok, renderEquipment, type Invoke } from './equipment-setup';

const ROD: Consumable = {
  id: 3,
  name: 'Kawat las RB 2,6 mm',
  unit: 'kg',
  roomId: 2,
  roomName: 'Workshop Las',
  stock: 2.5,
  lowStock: 1,
  low: false,
  active: true,
};

function renderForm(kind: MovementKind, move: (input: Record<string, unknown>) => unknown) {
  const calls: Record<string, unknown>[] = [];
  const onDone = vi.fn();
  const invoke: Invoke = async (method, input) => {
    if (method === 'classes.list') return ok([]);
    if (method === 'consumables.move') {
      calls.push(input as Record<string, unknown>);
      return move(input as Record<string, unknown>);
    }
    return fail('INTERNAL');
  };
  renderEquipment(<MovementForm consumable={ROD} kind={kind} onDone={onDone} />, invoke);
  return { calls, onDone };
}

const quantity = () => screen.getByRole('textbox', { name: /Jumlah|Koreksi/ }) as HTMLInputElement;

async function submit() {
  await act(async () => {
    fireEvent.submit(quantity().form as HTMLFormElement);
  });
}

describe('the movement form', () => {
  it('reads a comma as the decimal sign, echoes it, and sends an exact number', async () => {
    const { calls, onDone } = renderForm('received', () => ok({ ...ROD, stock: 2.8 }));
    fireEvent.change(quantity(), { target: { value: '0,3' } });
    expect(screen.getByText('Terbaca 0,3 kg; stok menjadi 2,8 kg')).toBeTruthy();
    await submit();
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({ consumableId: 3, kind: 'received', quantity: 0.3, reason: '', classId: null });
    expect(calls[0]?.['movedOn']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await waitFor(() => expect(onDone).toHaveBeenCalled());
  });

  it('shows more than three decimals next to the field without calling main', async () => {
    const { calls } = renderForm('used', () => ok(ROD));
    fireEvent.change(quantity(), { target: { value: '1,2345' } });
    await submit();
    expect(await screen.findByText('Paling banyak tiga angka di belakang koma')).toBeTruthy();
    expect(calls).toHaveLength(0);
  });

  it('requires a reason for an adjustment and takes a minus sign', async () => {
    const { calls } = renderForm('adjusted', () => ok({ ...ROD, stock: 1 }));
    fireEvent.change(quantity(), { target: { value: '-1,5' } });
    expect(screen.getByText('Terbaca -1,5 kg; stok menjadi 1 kg')).toBeTruthy();
    await submit();
    expect(await screen.findByText('Wajib diisi')).toBeTruthy();
    expect(calls).toHaveLength(0);
    fireEvent.change(screen.getByRole('textbox', { name: /Alasan penyesuaian/ }), {
      target: { value: 'Hasil stok opname' },
    });
    await submit();
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({ kind: 'adjusted', quantity: -1.5, reason: 'Hasil stok opname' });
  });

  it('says STOCK_NOT_ENOUGH at the quantity, with the stock left in words', async () => {
    const { onDone } = renderForm('used', () => fail('STOCK_NOT_ENOUGH', { name: ROD.name, stock: '2,5', unit: 'kg' }));
    fireEvent.change(quantity(), { target: { value: '3' } });
    expect(screen.getByText('Terbaca 3 kg: lebih dari stok yang ada (2,5 kg)')).toBeTruthy();
    await submit();
    const message = await screen.findByText('Stok Kawat las RB 2,6 mm tidak cukup: tersisa 2,5 kg.');
    expect(quantity().getAttribute('aria-invalid')).toBe('true');
    expect(message).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
  });
});
