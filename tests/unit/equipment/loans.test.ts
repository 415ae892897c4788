import { statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf } from '@shared/contract';
import { programmeWithClass, type TestApp } from '../helpers';
import { equipmentApp, instructorIn, secondDesk } from './fixture';

let t: TestApp;
afterEach(async () => t?.close());

/** A check-out input; `over` may hold deliberately wrong values for the refusals. */
const lend = (over: Record<string, unknown>) =>
  ({
    borrowerKind: 'instructor',
    responsibleName: 'Rahmat Hidayat',
    checkedOutOn: '2026-11-20',
    dueOn: '2026-11-27',
    assetIds: [],
    ...over,
  }) as InputOf<'loans.checkOut'>;

describe('check-out', () => {
  it('lends available assets with their condition, and refuses one already out or in repair', async () => {
    const f = await equipmentApp();
    t = f.t;
    const a = await f.asset();
    const b = await f.asset({ condition: 'minor_damage' });
    const c = await f.asset();
    const rahmat = await instructorIn(t);
    const loan = await t.call(
      'loans.checkOut',
      lend({ instructorId: rahmat.id, assetIds: [a.id, b.id], purpose: 'Praktik' }),
    );
    expect(loan).toMatchObject({
      borrowerKind: 'instructor',
      borrower: 'Rahmat Hidayat',
      itemCount: 2,
      openCount: 2,
      daysOverdue: 0,
      operatorName: 'Admin BLK',
      instructorId: rahmat.id,
    });
    expect(loan.items.map((item) => [item.tag, item.conditionOut, item.returnedOn])).toEqual([
      ['LAS-0001', 'good', null],
      ['LAS-0002', 'minor_damage', null],
    ]);
    expect(await t.call('assets.get', { id: a.id })).toMatchObject({
      status: 'checked_out',
      openLoan: { loanId: loan.id, borrower: 'Rahmat Hidayat', dueOn: '2026-11-27' },
    });

    expect(await t.fail('loans.checkOut', lend({ instructorId: rahmat.id, assetIds: [c.id, a.id] }))).toMatchObject({
      code: 'ASSET_NOT_AVAILABLE',
      params: { tag: 'LAS-0001' },
    });
    // Nothing half-written: c is still available and there is still one loan.
    expect((await t.call('assets.get', { id: c.id })).status).toBe('available');
    expect((await t.call('loans.list', { state: 'all' })).rows).toHaveLength(1);

    await t.call('maintenance.record', { assetId: c.id, reportedOn: '2026-11-22', problem: 'Kabel massa putus' });
    expect(await t.fail('loans.checkOut', lend({ instructorId: rahmat.id, assetIds: [c.id] }))).toMatchObject({
      code: 'ASSET_NOT_AVAILABLE',
      params: { tag: 'LAS-0003' },
    });
    const history = await t.call('assets.history', { id: a.id });
    expect(history[0]).toMatchObject({ action: 'loans.checkOut', changes: { status: ['available', 'checked_out'] } });
    expect(history[0]?.note).toContain('Rahmat Hidayat');
  });

  it('checks the borrower exists and validates dates, quantities and duplicates at the contract', async () => {
    const f = await equipmentApp();
    t = f.t;
    const a = await f.asset();
    expect(await t.fail('loans.checkOut', lend({ instructorId: 999, assetIds: [a.id] }))).toMatchObject({
      code: 'NOT_FOUND',
      fields: { instructorId: 'not_found' },
    });
    expect(
      await t.fail('loans.checkOut', lend({ borrowerKind: 'mtu', mtuSiteId: 999, assetIds: [a.id] })),
    ).toMatchObject({
      code: 'NOT_FOUND',
      fields: { mtuSiteId: 'not_found' },
    });
    expect(
      await t.fail('loans.checkOut', lend({ instructorId: 1, assetIds: [a.id], dueOn: '2026-11-01' })),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: { dueOn: 'end_before_start' },
    });
    expect((await t.fail('loans.checkOut', lend({ instructorId: 1, assetIds: [a.id, a.id] }))).code).toBe('VALIDATION');
    expect((await t.fail('loans.checkOut', lend({ instructorId: -1, assetIds: [a.id] }))).code).toBe('VALIDATION');
    expect((await t.fail('loans.checkOut', lend({ instructorId: 'x', assetIds: ['1'] }))).code).toBe('VALIDATION');
    expect(
      await t.fail('loans.checkOut', lend({ instructorId: (await instructorIn(t)).id, assetIds: [777] })),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('lets exactly one of two desks lending the same asset at once succeed', async () => {
    const f = await equipmentApp();
    t = f.t;
    const a = await f.asset();
    const rahmat = await instructorIn(t);
    const other = await secondDesk(t);
    const results = await Promise.all([
      t.router.dispatch(
        'loans.checkOut',
        lend({ instructorId: rahmat.id, assetIds: [a.id], responsibleName: 'Desk A' }),
      ),
      other.dispatch('loans.checkOut', lend({ instructorId: rahmat.id, assetIds: [a.id], responsibleName: 'Desk B' })),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ error: { code: 'ASSET_NOT_AVAILABLE' } });
    expect((await t.call('assets.get', { id: a.id })).status).toBe('checked_out');
    const open = t.app.handle.sqlite
      .prepare('SELECT count(*) FROM loan_items WHERE asset_id = ? AND returned_on IS NULL')
      .pluck()
      .get(a.id);
    expect(open).toBe(1);
    expect((await t.call('loans.list', { state: 'all' })).rows).toHaveLength(1);
  });

  it('has the database refuse a second open loan item even when the service check is bypassed', async () => {
    const f = await equipmentApp();
    t = f.t;
    const a = await f.asset();
    const rahmat = await instructorIn(t);
    const loan = await t.call('loans.checkOut', lend({ instructorId: rahmat.id, assetIds: [a.id] }));
    const sqlite = t.app.handle.sqlite;
    expect(() =>
      sqlite
        .prepare("INSERT INTO loan_items (loan_id, asset_id, condition_out) VALUES (?, ?, 'good')")
        .run(loan.id, a.id),
    ).toThrow(/ASSET_NOT_AVAILABLE|UNIQUE/);
    expect(() => sqlite.prepare("UPDATE assets SET status = 'available' WHERE id = ?").run(a.id)).toThrow(
      /ASSET_NOT_AVAILABLE/,
    );
  });
});

describe('check-in', () => {
  it('takes partial returns with the condition each came back in, and refuses one not out on the loan', async () => {
    const f = await equipmentApp();
    t = f.t;
    const a = await f.asset();
    const b = await f.asset();
    const c = await f.asset();
    const rahmat = await instructorIn(t);
    const loan = await t.call('loans.checkOut', lend({ instructorId: rahmat.id, assetIds: [a.id, b.id] }));

    expect(
      await t.fail('loans.checkIn', {
        loanId: loan.id,
        returnedOn: '2026-11-22',
        items: [{ assetId: c.id, condition: 'good' }],
      }),
    ).toMatchObject({ code: 'ASSET_NOT_CHECKED_OUT', params: { tag: 'LAS-0003' } });
    expect(
      await t.fail('loans.checkIn', {
        loanId: loan.id,
        returnedOn: '2026-11-19',
        items: [{ assetId: a.id, condition: 'good' }],
      }),
    ).toMatchObject({ code: 'VALIDATION', fields: { returnedOn: 'end_before_start' } });

    const partly = await t.call('loans.checkIn', {
      loanId: loan.id,
      returnedOn: '2026-11-22',
      items: [{ assetId: a.id, condition: 'minor_damage', damageNote: 'Nozzle penyok' }],
    });
    expect(partly).toMatchObject({ itemCount: 2, openCount: 1 });
    expect(await t.call('assets.get', { id: a.id })).toMatchObject({
      status: 'available',
      condition: 'minor_damage',
      openLoan: null,
    });
    const history = await t.call('assets.history', { id: a.id });
    expect(history[0]).toMatchObject({
      action: 'loans.checkIn',
      changes: { status: ['checked_out', 'available'], condition: ['good', 'minor_damage'] },
    });
    expect(history[0]?.note).toContain('Nozzle penyok');

    // Returned already: refused the second time.
    expect(
      await t.fail('loans.checkIn', {
        loanId: loan.id,
        returnedOn: '2026-11-23',
        items: [{ assetId: a.id, condition: 'good' }],
      }),
    ).toMatchObject({ code: 'ASSET_NOT_CHECKED_OUT', params: { tag: 'LAS-0001' } });
    await t.call('loans.checkIn', {
      loanId: loan.id,
      returnedOn: '2026-11-23',
      items: [{ assetId: b.id, condition: 'good' }],
    });
    expect(await t.call('loans.list', {})).toEqual({ rows: [], total: 0, capped: false });
    expect((await t.call('loans.list', { state: 'all', assetId: b.id })).rows.map((row) => row.openCount)).toEqual([0]);
  });
});

describe('the loan lists', () => {
  it('lists open and overdue loans newest first with borrower labels and days overdue', async () => {
    const f = await equipmentApp();
    t = f.t;
    const [a, b, c] = [await f.asset(), await f.asset(), await f.asset()];
    const rahmat = await instructorIn(t);
    const { klass } = await programmeWithClass(t, { code: 'LAS' });
    const site = await t.call('mtuSites.create', {
      name: 'Balai Desa Songka',
      village: 'Songka',
      district: 'Batu Sopang',
    });
    const first = await t.call(
      'loans.checkOut',
      lend({ instructorId: rahmat.id, assetIds: [a.id], checkedOutOn: '2026-11-10', dueOn: '2026-11-18' }),
    );
    const second = await t.call(
      'loans.checkOut',
      lend({
        borrowerKind: 'class',
        classId: klass.id,
        assetIds: [b.id],
        checkedOutOn: '2026-11-15',
        dueOn: '2026-11-30',
      }),
    );
    const third = await t.call(
      'loans.checkOut',
      lend({
        borrowerKind: 'mtu',
        mtuSiteId: site.id,
        classId: klass.id,
        assetIds: [c.id],
        checkedOutOn: '2026-11-21',
      }),
    );
    const open = await t.call('loans.list', { state: 'open' });
    expect(open.rows.map((row) => [row.id, row.borrower, row.daysOverdue])).toEqual([
      [third.id, `Balai Desa Songka · ${klass.name}`, 0],
      [second.id, klass.name, 0],
      [first.id, 'Rahmat Hidayat', 5],
    ]);
    expect((await t.call('loans.list', { state: 'overdue' })).rows.map((row) => row.id)).toEqual([first.id]);
    expect((await t.call('loans.list', { state: 'all', assetId: b.id })).rows.map((row) => row.id)).toEqual([
      second.id,
    ]);
    const paged = await t.call('loans.list', { state: 'all', page: 2, pageSize: 1 });
    expect(paged.total).toBe(3);
    expect(paged.rows.map((row) => row.id)).toEqual([second.id]);
    expect(await t.call('loans.get', { id: third.id })).toMatchObject({ mtuSiteId: site.id, classId: klass.id });
    expect((await t.fail('loans.get', { id: 999 })).code).toBe('NOT_FOUND');
  });

  it('returns null for a receipt whose save dialog is cancelled, and refuses an unknown loan', async () => {
    const f = await equipmentApp();
    t = f.t;
    const a = await f.asset();
    const loan = await t.call('loans.checkOut', lend({ instructorId: (await instructorIn(t)).id, assetIds: [a.id] }));
    t.platform.chooseSavePath = async () => null;
    expect(await t.call('loans.printReceipt', { id: loan.id, kind: 'handover' })).toBeNull();
    expect((await t.fail('loans.printReceipt', { id: 999, kind: 'return' })).code).toBe('NOT_FOUND');
  });

  it('writes the hand-over and return receipts', async () => {
    const f = await equipmentApp();
    t = f.t;
    const a = await f.asset();
    const loan = await t.call('loans.checkOut', lend({ instructorId: (await instructorIn(t)).id, assetIds: [a.id] }));
    await t.call('loans.checkIn', {
      loanId: loan.id,
      returnedOn: '2026-11-22',
      items: [{ assetId: a.id, condition: 'good' }],
    });
    const handover = await t.call('loans.printReceipt', { id: loan.id, kind: 'handover' });
    const back = await t.call('loans.printReceipt', { id: loan.id, kind: 'return' });
    expect([handover?.fileName, back?.fileName]).toEqual([
      'BA-Serah-Terima-PJM-0001.pdf',
      'BA-Pengembalian-PJM-0001.pdf',
    ]);
    expect(statSync(back?.path ?? '').size).toBeGreaterThan(0);
  });
});
