import { statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { programmeWithClass, type TestApp } from '../helpers';
import { equipmentApp } from './fixture';

let t: TestApp;
afterEach(async () => t?.close());

async function withElectrodes() {
  const f = await equipmentApp();
  t = f.t;
  const item = await t.call('consumables.create', {
    name: 'Elektroda RB 2,6 mm',
    unit: 'kg',
    roomId: f.las.id,
    lowStock: 2,
  });
  return { ...f, item };
}

const movementRows = () => t.app.handle.sqlite.prepare('SELECT count(*) FROM consumable_movements').pluck().get();

describe('consumables', () => {
  it('creates items, refuses a duplicate name and lists the low ones', async () => {
    const f = await withElectrodes();
    expect(f.item).toMatchObject({ stock: 0, lowStock: 2, low: true, roomName: 'Workshop Las', active: true });
    expect(await t.fail('consumables.create', { name: 'elektroda rb 2,6 MM', unit: 'kg' })).toMatchObject({
      code: 'CONSUMABLE_NAME_TAKEN',
      fields: { name: 'consumable_name_taken' },
    });
    const paper = await t.call('consumables.create', { name: 'Kertas HVS A4', unit: 'rim' });
    expect(paper.low).toBe(false); // no threshold set
    await t.call('consumables.move', {
      consumableId: f.item.id,
      kind: 'received',
      quantity: 10,
      movedOn: '2026-11-01',
    });
    expect((await t.call('consumables.list', { lowOnly: true })).map((row) => row.name)).toEqual([]);
    await t.call('consumables.move', { consumableId: f.item.id, kind: 'used', quantity: 8, movedOn: '2026-11-02' });
    expect((await t.call('consumables.list', { lowOnly: true })).map((row) => row.name)).toEqual([
      'Elektroda RB 2,6 mm',
    ]);
    expect((await t.call('consumables.list', { search: 'hvs' })).map((row) => row.name)).toEqual(['Kertas HVS A4']);
    const renamed = await t.call('consumables.update', {
      id: paper.id,
      name: 'Kertas HVS A4 70 gsm',
      unit: 'rim',
      lowStock: 5,
    });
    expect(renamed).toMatchObject({ name: 'Kertas HVS A4 70 gsm', lowStock: 5, low: true });
  });

  it('never lets stock go below zero, and a refused move writes nothing', async () => {
    const f = await withElectrodes();
    await t.call('consumables.move', {
      consumableId: f.item.id,
      kind: 'received',
      quantity: 2.5,
      movedOn: '2026-11-01',
    });
    const before = movementRows();
    expect(
      await t.fail('consumables.move', {
        consumableId: f.item.id,
        kind: 'used',
        quantity: 2.501,
        movedOn: '2026-11-02',
      }),
    ).toMatchObject({ code: 'STOCK_NOT_ENOUGH', params: { name: 'Elektroda RB 2,6 mm', stock: '2,5', unit: 'kg' } });
    expect(
      await t.fail('consumables.move', {
        consumableId: f.item.id,
        kind: 'adjusted',
        quantity: -3,
        reason: 'Selisih',
        movedOn: '2026-11-02',
      }),
    ).toMatchObject({ code: 'STOCK_NOT_ENOUGH' });
    expect(movementRows()).toBe(before);
    expect((await t.call('consumables.list', {}))[0]?.stock).toBe(2.5);
    // The trigger backstop, were the check ever skipped.
    expect(() =>
      t.app.handle.sqlite
        .prepare(
          "INSERT INTO consumable_movements (consumable_id, kind, quantity_milli, moved_on, operator_id, created_at) VALUES (?, 'used', -9000, '2026-11-02', 1, 'x')",
        )
        .run(f.item.id),
    ).toThrow(/STOCK_NOT_ENOUGH/);
  });

  it('refuses negative, zero, non-numeric and over-precise quantities at the contract', async () => {
    const f = await withElectrodes();
    const move = (over: object) => ({
      consumableId: f.item.id,
      kind: 'received',
      quantity: 1,
      movedOn: '2026-11-01',
      ...over,
    });
    expect(await t.fail('consumables.move', move({ quantity: -1 }))).toMatchObject({
      code: 'VALIDATION',
      fields: { quantity: 'quantity' },
    });
    expect(await t.fail('consumables.move', move({ kind: 'used', quantity: -1 }))).toMatchObject({
      code: 'VALIDATION',
    });
    expect(await t.fail('consumables.move', move({ quantity: 0 }))).toMatchObject({ code: 'VALIDATION' });
    expect(await t.fail('consumables.move', move({ quantity: '5' }))).toMatchObject({ code: 'VALIDATION' });
    expect(await t.fail('consumables.move', move({ quantity: 1.0001 }))).toMatchObject({
      code: 'VALIDATION',
      fields: { quantity: 'quantity_decimals' },
    });
    expect(await t.fail('consumables.move', move({ kind: 'adjusted', quantity: 1 }))).toMatchObject({
      code: 'VALIDATION',
      fields: { reason: 'required' },
    });
    expect((await t.fail('consumables.create', { name: 'X', unit: 'kg', lowStock: -2 })).code).toBe('VALIDATION');
    expect(movementRows()).toBe(0);
  });

  it('shows the stock card newest first with the balance after each line, in date order', async () => {
    const f = await withElectrodes();
    const { klass } = await programmeWithClass(t, { code: 'LAS' });
    const move = (kind: 'received' | 'used' | 'adjusted', quantity: number, movedOn: string, extra: object = {}) =>
      t.call('consumables.move', { consumableId: f.item.id, kind, quantity, movedOn, ...extra });
    await move('received', 10, '2026-11-01');
    await move('used', 2.5, '2026-11-05', { classId: klass.id });
    // Entered late for an earlier day: its balance follows the date.
    await move('used', 0.75, '2026-11-03');
    const moved = await move('adjusted', -0.25, '2026-11-06', { reason: 'Selisih timbang' });
    expect(moved.stock).toBe(6.5);
    const page = await t.call('consumables.movements', { consumableId: f.item.id, pageSize: 3 });
    expect(page.total).toBe(4);
    expect(page.rows.map((row) => [row.movedOn, row.kind, row.quantity, row.balance])).toEqual([
      ['2026-11-06', 'adjusted', -0.25, 6.5],
      ['2026-11-05', 'used', -2.5, 6.75],
      ['2026-11-03', 'used', -0.75, 9.25],
    ]);
    expect(page.rows[1]).toMatchObject({ className: klass.name, operatorName: 'Admin BLK' });
    const last = await t.call('consumables.movements', { consumableId: f.item.id, page: 2, pageSize: 3 });
    expect(last.rows.map((row) => row.balance)).toEqual([10]);

    const card = await t.call('consumables.exportStockCard', { consumableId: f.item.id });
    expect(card?.fileName).toBe('Kartu-Stok-Elektroda_RB_2_6_mm-2026-11-23.xlsx');
    expect(statSync(card?.path ?? '').size).toBeGreaterThan(0);
    t.platform.chooseSavePath = async () => null;
    expect(await t.call('consumables.exportStockCard', { consumableId: f.item.id })).toBeNull();
    expect((await t.fail('consumables.exportStockCard', { consumableId: 999 })).code).toBe('NOT_FOUND');
  });

  it('sums each item used by a class, less what was adjusted back for it', async () => {
    const f = await withElectrodes();
    const { klass } = await programmeWithClass(t, { code: 'LAS' });
    const other = await programmeWithClass(t, { code: 'TKR' });
    const gas = await t.call('consumables.create', { name: 'Gas CO2', unit: 'liter' });
    const move = (consumableId: number, kind: 'received' | 'used' | 'adjusted', quantity: number, extra: object = {}) =>
      t.call('consumables.move', { consumableId, kind, quantity, movedOn: '2026-11-10', ...extra });
    await move(f.item.id, 'received', 20);
    await move(gas.id, 'received', 100);
    await move(f.item.id, 'used', 3, { classId: klass.id });
    await move(f.item.id, 'used', 1.5, { classId: klass.id });
    await move(f.item.id, 'adjusted', 0.5, { classId: klass.id, reason: 'Sisa dikembalikan' });
    await move(gas.id, 'used', 12.25, { classId: klass.id });
    await move(f.item.id, 'used', 7, { classId: other.klass.id });
    await move(f.item.id, 'used', 1);
    expect(await t.call('consumables.usageByClass', { classId: klass.id })).toEqual([
      { consumableId: f.item.id, name: 'Elektroda RB 2,6 mm', unit: 'kg', quantity: 4 },
      { consumableId: gas.id, name: 'Gas CO2', unit: 'liter', quantity: 12.25 },
    ]);
    expect(
      (
        await t.fail('consumables.move', {
          consumableId: f.item.id,
          kind: 'used',
          quantity: 1,
          movedOn: '2026-11-10',
          classId: 999,
        })
      ).fields,
    ).toEqual({
      classId: 'not_found',
    });
  });
});
