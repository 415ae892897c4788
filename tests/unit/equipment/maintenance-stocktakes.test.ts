import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers';
import { equipmentApp, instructorIn } from './fixture';

let t: TestApp;
afterEach(async () => t?.close());

describe('maintenance', () => {
  it('takes an asset out of use while in repair and puts it back with its condition when finished', async () => {
    const f = await equipmentApp();
    t = f.t;
    const a = await f.asset({ condition: 'major_damage' });
    const repair = await t.call('maintenance.record', {
      assetId: a.id,
      reportedOn: '2026-11-20',
      problem: 'Trafo terbakar',
    });
    expect(repair).toMatchObject({
      tag: 'LAS-0001',
      finishedOn: null,
      conditionAfter: null,
      operatorName: 'Admin BLK',
    });
    expect(await t.call('assets.get', { id: a.id })).toMatchObject({
      status: 'in_repair',
      openRepair: { maintenanceId: repair.id, problem: 'Trafo terbakar' },
    });
    // Not twice, and not lendable meanwhile.
    expect(
      await t.fail('maintenance.record', { assetId: a.id, reportedOn: '2026-11-21', problem: 'Lagi' }),
    ).toMatchObject({
      code: 'ASSET_NOT_AVAILABLE',
      params: { tag: 'LAS-0001' },
    });
    expect((await t.call('maintenance.list', { openOnly: true })).map((row) => row.id)).toEqual([repair.id]);

    expect(
      await t.fail('maintenance.finish', {
        id: repair.id,
        finishedOn: '2026-11-19',
        action: 'Ganti trafo',
        conditionAfter: 'good',
      }),
    ).toMatchObject({ code: 'VALIDATION', fields: { finishedOn: 'end_before_start' } });
    expect(
      (
        await t.fail('maintenance.finish', {
          id: repair.id,
          finishedOn: '2026-11-22',
          action: 'x',
          conditionAfter: 'good',
          costRupiah: -1,
        })
      ).code,
    ).toBe('VALIDATION');
    const done = await t.call('maintenance.finish', {
      id: repair.id,
      finishedOn: '2026-11-22',
      action: 'Ganti trafo',
      vendor: 'Bengkel Jaya',
      costRupiah: 850_000,
      conditionAfter: 'good',
    });
    expect(done).toMatchObject({ finishedOn: '2026-11-22', conditionAfter: 'good', costRupiah: 850_000 });
    expect(await t.call('assets.get', { id: a.id })).toMatchObject({
      status: 'available',
      condition: 'good',
      openRepair: null,
    });
    expect(
      await t.fail('maintenance.finish', {
        id: repair.id,
        finishedOn: '2026-11-23',
        action: 'Lagi',
        conditionAfter: 'good',
      }),
    ).toMatchObject({ code: 'ASSET_NOT_IN_REPAIR' });
    expect(await t.call('maintenance.list', { openOnly: true })).toEqual([]);

    const history = await t.call('assets.history', { id: a.id });
    expect(history.map((event) => event.action)).toEqual(['maintenance.finish', 'maintenance.record', 'assets.create']);
    expect(history[0]?.changes).toMatchObject({
      status: ['in_repair', 'available'],
      condition: ['major_damage', 'good'],
    });
    expect(history[1]?.note).toBe('Trafo terbakar');
  });

  it('logs a finished service without taking the asset out, even while it is lent', async () => {
    const f = await equipmentApp();
    t = f.t;
    const a = await f.asset();
    await t.call('loans.checkOut', {
      borrowerKind: 'instructor',
      instructorId: (await instructorIn(t)).id,
      responsibleName: 'Rahmat',
      checkedOutOn: '2026-11-20',
      dueOn: '2026-11-30',
      assetIds: [a.id],
    });
    const service = await t.call('maintenance.record', {
      assetId: a.id,
      reportedOn: '2026-11-21',
      problem: 'Servis berkala',
      action: 'Bersihkan',
      finishedOn: '2026-11-21',
      conditionAfter: 'minor_damage',
    });
    expect(service.finishedOn).toBe('2026-11-21');
    expect(await t.call('assets.get', { id: a.id })).toMatchObject({
      status: 'checked_out',
      condition: 'minor_damage',
    });
    expect(
      (
        await t.fail('maintenance.record', {
          assetId: a.id,
          reportedOn: '2026-11-21',
          problem: 'x',
          finishedOn: '2026-11-21',
        })
      ).fields,
    ).toEqual({
      conditionAfter: 'required',
    });
    expect((await t.call('maintenance.list', { assetId: a.id })).map((row) => row.problem)).toEqual(['Servis berkala']);
  });
});

describe('stock-takes', () => {
  it('finds, misses and meets the unexpected, changing statuses only on finish and only with the flags', async () => {
    const f = await equipmentApp();
    t = f.t;
    const onShelf = await f.asset();
    const missing = await f.asset();
    const lost = await f.asset();
    const lent = await f.asset();
    const stray = await f.asset({ roomId: f.tik.id, categoryId: f.laptop.id });
    await f
      .asset({ name: 'Mesin bekas' })
      .then((old) => t.call('assets.setStatus', { id: old.id, status: 'disposed', reason: 'Afkir' }));
    await t.call('assets.setStatus', { id: lost.id, status: 'lost', reason: 'Hilang 2025' });
    await t.call('loans.checkOut', {
      borrowerKind: 'instructor',
      instructorId: (await instructorIn(t)).id,
      responsibleName: 'Rahmat',
      checkedOutOn: '2026-11-20',
      dueOn: '2026-11-30',
      assetIds: [lent.id],
    });

    const started = await t.call('stocktakes.start', { roomId: f.las.id, notes: 'Akhir tahun' });
    expect(started).toMatchObject({
      status: 'open',
      listed: 4,
      found: 0,
      missing: 2,
      unexpected: 0,
      startedBy: 'Admin BLK',
    });
    expect(started.items.map((item) => [item.tag, item.verdict])).toEqual([
      ['LAS-0001', 'missing'],
      ['LAS-0002', 'missing'],
      ['LAS-0003', 'away'],
      ['LAS-0004', 'away'],
    ]);
    expect((await t.fail('stocktakes.start', { roomId: f.las.id })).code).toBe('STOCKTAKE_OPEN');

    const scanned = await t.call('stocktakes.scan', { id: started.id, tag: 'las-0001', condition: 'minor_damage' });
    expect(scanned).toMatchObject({ alreadyFound: false, item: { verdict: 'found', conditionFound: 'minor_damage' } });
    expect((await t.call('stocktakes.scan', { id: started.id, tag: 'LAS-0001' })).alreadyFound).toBe(true);
    expect((await t.call('stocktakes.scan', { id: started.id, tag: 'LAS-0001' })).item.conditionFound).toBe(
      'minor_damage',
    );
    expect(await t.fail('stocktakes.scan', { id: started.id, tag: 'XYZ-1' })).toMatchObject({
      code: 'ASSET_TAG_UNKNOWN',
      params: { tag: 'XYZ-1' },
    });
    const strayScan = await t.call('stocktakes.scan', { id: started.id, tag: 'KOMP-0001' });
    expect(strayScan.item).toMatchObject({
      listed: false,
      roomBefore: 'Lab Komputer',
      verdict: 'unexpected',
      conditionFound: 'good',
    });
    const lostMark = await t.call('stocktakes.mark', {
      id: started.id,
      assetId: lost.id,
      found: true,
      condition: null,
    });
    expect(lostMark.verdict).toBe('unexpected');
    // Ticked by mistake and unticked again.
    await t.call('stocktakes.mark', { id: started.id, assetId: missing.id, found: true, condition: null });
    expect(
      (await t.call('stocktakes.mark', { id: started.id, assetId: missing.id, found: false, condition: null })).verdict,
    ).toBe('missing');

    // Nothing changes before finish.
    expect((await t.call('assets.get', { id: missing.id })).status).toBe('available');
    expect((await t.call('assets.get', { id: onShelf.id })).condition).toBe('good');
    const mid = await t.call('stocktakes.get', { id: started.id });
    expect(mid).toMatchObject({ listed: 4, found: 3, missing: 1, unexpected: 2 });

    const finished = await t.call('stocktakes.finish', { id: started.id, markMissingLost: true, moveUnexpected: true });
    expect(finished.status).toBe('finished');
    expect(finished.finishedAt).not.toBeNull();
    expect(await t.call('assets.get', { id: onShelf.id })).toMatchObject({
      condition: 'minor_damage',
      status: 'available',
    });
    expect(await t.call('assets.get', { id: missing.id })).toMatchObject({
      status: 'lost',
      statusReason: `Stok opname #${started.id}`,
    });
    expect((await t.call('assets.get', { id: lost.id })).status).toBe('available');
    expect((await t.call('assets.get', { id: lent.id })).status).toBe('checked_out');
    expect((await t.call('assets.get', { id: stray.id })).roomId).toBe(f.las.id);
    const history = await t.call('assets.history', { id: missing.id });
    expect(history[0]).toMatchObject({ action: 'stocktakes.finish', changes: { status: ['available', 'lost'] } });

    expect((await t.fail('stocktakes.scan', { id: started.id, tag: 'LAS-0002' })).code).toBe('STOCKTAKE_CLOSED');
    expect((await t.fail('stocktakes.cancel', { id: started.id })).code).toBe('STOCKTAKE_CLOSED');
    expect((await t.call('stocktakes.list', {})).map((row) => [row.id, row.status, row.missing])).toEqual([
      [started.id, 'finished', 1],
    ]);
  });

  it('without the flags only records conditions, and a cancelled count changes nothing', async () => {
    const f = await equipmentApp();
    t = f.t;
    const a = await f.asset();
    const b = await f.asset();
    const stray = await f.asset({ roomId: f.tik.id });
    const first = await t.call('stocktakes.start', { roomId: f.las.id });
    await t.call('stocktakes.scan', { id: first.id, tag: stray.tag, condition: 'major_damage' });
    await t.call('stocktakes.cancel', { id: first.id });
    expect(await t.call('assets.get', { id: stray.id })).toMatchObject({ roomId: f.tik.id, condition: 'good' });

    const second = await t.call('stocktakes.start', { roomId: f.las.id });
    await t.call('stocktakes.scan', { id: second.id, tag: a.tag, condition: 'major_damage' });
    await t.call('stocktakes.scan', { id: second.id, tag: stray.tag });
    await t.call('stocktakes.finish', { id: second.id, markMissingLost: false, moveUnexpected: false });
    expect(await t.call('assets.get', { id: a.id })).toMatchObject({ condition: 'major_damage', status: 'available' });
    expect((await t.call('assets.get', { id: b.id })).status).toBe('available');
    expect((await t.call('assets.get', { id: stray.id })).roomId).toBe(f.tik.id);
    expect((await t.call('stocktakes.list', {})).map((row) => row.status)).toEqual(['finished', 'cancelled']);
  });
});
