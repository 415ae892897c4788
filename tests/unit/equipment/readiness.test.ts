import { afterEach, describe, expect, it } from 'vitest';
import { programmeWithClass, type TestApp } from '../helpers';
import { equipmentApp, instructorIn } from './fixture';

let t: TestApp;
afterEach(async () => t?.close());

describe('programme equipment and class readiness', () => {
  it('has nothing to check until the programme lists equipment, and replaces the list on save', async () => {
    const f = await equipmentApp();
    t = f.t;
    const { program, klass } = await programmeWithClass(t, { code: 'LAS' });
    expect(await t.call('programEquipment.readiness', { classId: klass.id })).toMatchObject({
      ready: true,
      hasNeeds: false,
      lines: [],
      startDate: '2026-12-01',
      endDate: '2027-01-15',
    });
    await t.call('programEquipment.save', { programId: program.id, items: [{ categoryId: f.laptop.id, quantity: 3 }] });
    const saved = await t.call('programEquipment.save', {
      programId: program.id,
      items: [{ categoryId: f.welder.id, quantity: 2 }],
    });
    expect(saved).toEqual([{ categoryId: f.welder.id, categoryName: 'Mesin Las', quantity: 2 }]);
    expect(await t.call('programEquipment.get', { programId: program.id })).toEqual(saved);
    expect(
      (
        await t.fail('programEquipment.save', {
          programId: program.id,
          items: [
            { categoryId: f.welder.id, quantity: 1 },
            { categoryId: f.welder.id, quantity: 2 },
          ],
        })
      ).code,
    ).toBe('VALIDATION');
    expect(
      (await t.fail('programEquipment.save', { programId: program.id, items: [{ categoryId: 99, quantity: 1 }] })).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await t.fail('programEquipment.save', {
          programId: program.id,
          items: [{ categoryId: f.welder.id, quantity: 0 }],
        })
      ).code,
    ).toBe('VALIDATION');
  });

  it('turns from short to ready when a damaged asset is repaired', async () => {
    const f = await equipmentApp();
    t = f.t;
    const { program, klass } = await programmeWithClass(t, { code: 'LAS' });
    await t.call('programEquipment.save', { programId: program.id, items: [{ categoryId: f.welder.id, quantity: 2 }] });
    await f.asset();
    const broken = await f.asset({ condition: 'major_damage' });
    const written = await f.asset();
    await t.call('assets.setStatus', { id: written.id, status: 'lost', reason: 'Hilang' });
    await f.asset({ categoryId: f.laptop.id });

    const before = await t.call('programEquipment.readiness', { classId: klass.id });
    expect(before).toMatchObject({ ready: false, hasNeeds: true });
    expect(before.lines).toEqual([
      {
        categoryId: f.welder.id,
        categoryName: 'Mesin Las',
        needed: 2,
        usable: 1,
        lentElsewhere: 0,
        inRepair: 0,
        damaged: 1,
        short: 1,
      },
    ]);
    const repair = await t.call('maintenance.record', {
      assetId: broken.id,
      reportedOn: '2026-11-23',
      problem: 'Trafo',
    });
    expect((await t.call('programEquipment.readiness', { classId: klass.id })).lines[0]).toMatchObject({
      damaged: 1,
      short: 1,
    });
    await t.call('maintenance.finish', {
      id: repair.id,
      finishedOn: '2026-11-25',
      action: 'Ganti trafo',
      conditionAfter: 'good',
    });
    const after = await t.call('programEquipment.readiness', { classId: klass.id });
    expect(after.ready).toBe(true);
    expect(after.lines[0]).toMatchObject({ usable: 2, damaged: 0, short: 0 });
  });

  it('counts good assets in repair or lent to others during the class, but not those lent to this class', async () => {
    const f = await equipmentApp();
    t = f.t;
    const { program, klass } = await programmeWithClass(t, { code: 'LAS' });
    await t.call('programEquipment.save', { programId: program.id, items: [{ categoryId: f.welder.id, quantity: 3 }] });
    const [a, b, c, d] = [await f.asset(), await f.asset(), await f.asset(), await f.asset()];
    const rahmat = await instructorIn(t);
    const loan = await t.call('loans.checkOut', {
      borrowerKind: 'instructor',
      instructorId: rahmat.id,
      responsibleName: 'Rahmat',
      checkedOutOn: '2026-11-23',
      dueOn: '2026-12-05',
      assetIds: [a.id],
    });
    await t.call('loans.checkOut', {
      borrowerKind: 'class',
      classId: klass.id,
      responsibleName: 'Rahmat',
      checkedOutOn: '2026-11-30',
      dueOn: '2027-01-15',
      assetIds: [b.id],
    });
    // Lent to someone else but due back before the class starts: usable.
    await t.call('loans.checkOut', {
      borrowerKind: 'instructor',
      instructorId: rahmat.id,
      responsibleName: 'Rahmat',
      checkedOutOn: '2026-11-23',
      dueOn: '2026-11-28',
      assetIds: [c.id],
    });
    await t.call('maintenance.record', { assetId: d.id, reportedOn: '2026-11-23', problem: 'Kipas mati' });

    const short = await t.call('programEquipment.readiness', { classId: klass.id });
    expect(short.lines[0]).toMatchObject({ needed: 3, usable: 2, lentElsewhere: 1, inRepair: 1, damaged: 0, short: 1 });

    // Overdue: an open loan runs until it comes back, so one due earlier still blocks once today passes it.
    t.clock.now = new Date('2026-12-02T02:00:00.000Z');
    expect((await t.call('programEquipment.readiness', { classId: klass.id })).lines[0]).toMatchObject({
      usable: 1,
      lentElsewhere: 2,
    });
    t.clock.now = new Date('2026-11-23T02:00:00.000Z');

    await t.call('loans.checkIn', {
      loanId: loan.id,
      returnedOn: '2026-11-25',
      items: [{ assetId: a.id, condition: 'good' }],
    });
    const ready = await t.call('programEquipment.readiness', { classId: klass.id });
    expect(ready.ready).toBe(true);
    expect(ready.lines[0]).toMatchObject({ usable: 3, lentElsewhere: 0, inRepair: 1, short: 0 });
    expect((await t.fail('programEquipment.readiness', { classId: 999 })).code).toBe('NOT_FOUND');
  });
});
