import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf, ScheduledSession } from '@shared/contract';
import { createSetUpApp, type TestApp } from '../helpers';
import { nth, otherClass, scheduling, sessionInput, UNITS } from './sessions-fixture';

let t: TestApp;
afterEach(async () => t?.close());

// Class: Tuesday 1 December 2026 - Friday 15 January 2027, 40 JP in units of 16, 14 and 10 JP.
const WEEKDAYS_MON_FRI = [1, 2, 3, 4, 5] as const;

function generation(
  classId: number,
  changes: Partial<InputOf<'sessions.generate'>> = {},
): InputOf<'sessions.generate'> {
  return { classId, weekdays: [...WEEKDAYS_MON_FRI], startTime: '08:00', jpPerDay: 8, breakMinutes: 60, ...changes };
}

const listAll = (classId?: number) =>
  t.call('sessions.list', { from: '2026-01-01', to: '2028-12-31', ...(classId ? { classId } : {}) });

/** JP taught per unit code across the sessions. */
function jpByUnit(sessions: ScheduledSession[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const session of sessions)
    for (const unit of session.units) totals[unit.code] = (totals[unit.code] ?? 0) + unit.jp;
  return totals;
}

const unitTotals = Object.fromEntries(UNITS.map((unit) => [unit.code, unit.jp]));

describe('planning and generating a timetable', () => {
  it('fills the chosen weekdays unit by unit, skipping holidays, and covers the JP exactly', async () => {
    t = await createSetUpApp();
    const { klass, room, budi } = await scheduling(t);
    await t.call('holidays.save', { date: '2026-12-03', name: 'Hari Jadi Kabupaten Paser' });
    // A holiday on a weekday not chosen is not "skipped": it was never in the way.
    await t.call('holidays.save', { date: '2026-12-05', name: 'Libur Sabtu' });

    const plan = await t.call('sessions.plan', generation(klass.id));
    expect(plan).toMatchObject({ classId: klass.id, totalJp: 40, scheduledJp: 0, clashes: [], fitsClassPeriod: true });
    expect(plan.skippedHolidays).toEqual([{ date: '2026-12-03', name: 'Hari Jadi Kabupaten Paser' }]);
    expect(plan.sessions.map((session) => [session.date, session.startTime, session.endTime, session.jp])).toEqual([
      ['2026-12-01', '08:00', '15:00', 8],
      ['2026-12-02', '08:00', '15:00', 8],
      ['2026-12-04', '08:00', '15:00', 8],
      ['2026-12-07', '08:00', '15:00', 8],
      ['2026-12-08', '08:00', '15:00', 8],
    ]);
    // The fourth day finishes Mengolah Kata and starts Mengolah Angka.
    expect(plan.sessions[3]?.units.map((unit) => [unit.code, unit.jp])).toEqual([
      ['J.620100.002.01', 6],
      ['J.620100.003.01', 2],
    ]);
    expect(plan.lastDate).toBe('2026-12-08');
    // Planning writes nothing.
    expect(await listAll()).toEqual([]);

    expect(await t.call('sessions.generate', generation(klass.id))).toEqual({
      created: 5,
      firstDate: '2026-12-01',
      lastDate: '2026-12-08',
    });
    const sessions = await listAll(klass.id);
    expect(sessions.reduce((sum, session) => sum + session.jp, 0)).toBe(40);
    expect(jpByUnit(sessions)).toEqual(unitTotals);
    // Place and instructors default to the class's.
    expect(sessions[0]).toMatchObject({
      className: 'OPK Angkatan 1 2026',
      programName: 'Operator Komputer',
      place: { kind: 'room', roomId: room.id, name: 'Lab Komputer 1' },
      instructors: [{ id: budi.id, fullName: 'Budi Hartono' }],
      attendanceTaken: false,
    });
    expect(await t.fail('sessions.generate', generation(klass.id))).toMatchObject({ code: 'NOTHING_TO_SCHEDULE' });
    expect(await t.fail('sessions.plan', generation(klass.id))).toMatchObject({ code: 'NOTHING_TO_SCHEDULE' });
    const audit = t.app.handle.sqlite
      .prepare(`SELECT count(*) AS n FROM audit_log WHERE method = 'sessions.generate' AND entity = 'session'`)
      .get() as { n: number };
    expect(audit.n).toBe(1);
  });

  it('adds the break only to days of two JP or more, and shortens the last day', async () => {
    t = await createSetUpApp();
    const { klass } = await scheduling(t, { units: [], totalJp: 13 });
    const plan = await t.call(
      'sessions.plan',
      generation(klass.id, { weekdays: [2, 4], jpPerDay: 4, breakMinutes: 30 }),
    );
    expect(plan.sessions.map((session) => [session.date, session.startTime, session.endTime, session.jp])).toEqual([
      ['2026-12-01', '08:00', '11:30', 4],
      ['2026-12-03', '08:00', '11:30', 4],
      ['2026-12-08', '08:00', '11:30', 4],
      ['2026-12-10', '08:00', '08:45', 1],
    ]);
    // A programme without units: sessions without units, counted against the total JP.
    expect(plan.sessions.every((session) => session.units.length === 0)).toBe(true);
    await t.call('sessions.generate', generation(klass.id, { weekdays: [2, 4], jpPerDay: 4, breakMinutes: 30 }));
    await t.call('sessions.delete', { id: nth(await listAll(klass.id), 1).id });
    const again = await t.call('sessions.plan', generation(klass.id, { weekdays: [2, 4], jpPerDay: 4 }));
    expect(again).toMatchObject({ scheduledJp: 9, sessions: [{ date: '2026-12-03', jp: 4 }] });
  });

  it('fills exactly the gaps after sessions were deleted, with the units they taught', async () => {
    t = await createSetUpApp();
    const { klass } = await scheduling(t);
    await t.call('sessions.generate', generation(klass.id));
    const generated = await listAll(klass.id);
    const [second, fourth] = [nth(generated, 1), nth(generated, 3)];
    await t.call('sessions.delete', { id: second.id });
    await t.call('sessions.delete', { id: fourth.id });

    const plan = await t.call('sessions.plan', generation(klass.id));
    expect(plan).toMatchObject({ scheduledJp: 24, clashes: [], fitsClassPeriod: true });
    expect(plan.sessions.map((session) => [session.date, session.units.map((unit) => [unit.code, unit.jp])])).toEqual([
      ['2026-12-02', [['J.620100.001.01', 8]]],
      [
        '2026-12-04',
        [
          ['J.620100.002.01', 6],
          ['J.620100.003.01', 2],
        ],
      ],
    ]);
    await t.call('sessions.generate', generation(klass.id));
    const sessions = await listAll(klass.id);
    expect(sessions.map((session) => session.date)).toEqual([
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-07',
    ]);
    expect(jpByUnit(sessions)).toEqual(unitTotals);
  });

  it('reports every clash at once and writes nothing while there is one', async () => {
    t = await createSetUpApp();
    const { klass, program, room } = await scheduling(t);
    const other = await otherClass(t, program.id, { place: { kind: 'room', roomId: room.id } });
    for (const date of ['2026-12-01', '2026-12-04', '2026-12-07']) {
      await t.call('sessions.create', sessionInput(other.id, { date, startTime: '13:00', endTime: '14:30', jp: 2 }));
    }
    // Touching the planned day's end is no clash.
    await t.call(
      'sessions.create',
      sessionInput(other.id, { date: '2026-12-02', startTime: '15:00', endTime: '16:30', jp: 2 }),
    );

    const plan = await t.call('sessions.plan', generation(klass.id));
    expect(plan.clashes).toHaveLength(3);
    expect(
      plan.clashes.map((clash) => [clash.plannedDate, clash.kind, clash.otherClassName, clash.resourceName]),
    ).toEqual([
      ['2026-12-01', 'room', 'OPK Angkatan 2 2026', 'Lab Komputer 1'],
      ['2026-12-04', 'room', 'OPK Angkatan 2 2026', 'Lab Komputer 1'],
      ['2026-12-07', 'room', 'OPK Angkatan 2 2026', 'Lab Komputer 1'],
    ]);
    expect(plan.clashes[0]).toMatchObject({ startTime: '13:00', endTime: '14:30', otherClassId: other.id });

    expect(await t.fail('sessions.generate', generation(klass.id))).toMatchObject({
      code: 'SESSION_CLASH',
      params: {
        className: 'OPK Angkatan 2 2026',
        date: '2026-12-01',
        start: '13:00',
        end: '14:30',
        resource: 'Lab Komputer 1',
        count: 3,
      },
    });
    expect(await listAll(klass.id)).toEqual([]);
    // Elsewhere (an MTU site) the same plan goes through.
    const site = await t.call('mtuSites.create', { name: 'Balai Desa Lori', village: 'Lori', district: 'Kuaro' });
    const atMtu = generation(klass.id, { place: { kind: 'mtu', mtuSiteId: site.id } });
    expect((await t.call('sessions.plan', atMtu)).clashes).toEqual([]);
    await t.call('sessions.generate', atMtu);
    expect((await listAll(klass.id))[0]?.place).toEqual({
      kind: 'mtu',
      mtuSiteId: site.id,
      name: 'Balai Desa Lori',
      village: 'Lori',
    });
  });

  it('refuses a timetable that runs past the class end, and says so in the plan', async () => {
    t = await createSetUpApp();
    const { klass } = await scheduling(t);
    // 2 JP every Monday: 20 Mondays, far beyond 15 January.
    const mondays = generation(klass.id, { weekdays: [1], jpPerDay: 2 });
    const plan = await t.call('sessions.plan', mondays);
    expect(plan).toMatchObject({ fitsClassPeriod: false, lastDate: '2027-04-19' });
    expect(plan.sessions).toHaveLength(20);
    expect(await t.fail('sessions.generate', mondays)).toMatchObject({
      code: 'SESSION_OUTSIDE_CLASS',
      params: { start: '2026-12-01', end: '2027-01-15' },
    });
    expect(await listAll()).toEqual([]);
  });

  it('starts at fromDate but never before the class starts', async () => {
    t = await createSetUpApp();
    const { klass } = await scheduling(t);
    expect((await t.call('sessions.plan', generation(klass.id, { fromDate: '2026-11-02' }))).sessions[0]?.date).toBe(
      '2026-12-01',
    );
    expect((await t.call('sessions.plan', generation(klass.id, { fromDate: '2026-12-10' }))).sessions[0]?.date).toBe(
      '2026-12-10',
    );
  });

  it('refuses a day that would end after midnight', async () => {
    t = await createSetUpApp();
    const { klass } = await scheduling(t);
    expect(await t.fail('sessions.plan', generation(klass.id, { startTime: '16:00', jpPerDay: 12 }))).toMatchObject({
      code: 'VALIDATION',
      fields: { jpPerDay: 'jp_per_day_range' },
    });
    // 14:00 + 12 x 45 min + 60 min break = 24:00: one minute too late.
    expect(await t.fail('sessions.plan', generation(klass.id, { startTime: '14:00', jpPerDay: 12 }))).toMatchObject({
      code: 'VALIDATION',
    });
    const late = await t.call('sessions.plan', generation(klass.id, { startTime: '13:59', jpPerDay: 12 }));
    expect(late.sessions[0]).toMatchObject({ startTime: '13:59', endTime: '23:59' });
  });

  it('uses the instructors and place given instead of the class defaults', async () => {
    t = await createSetUpApp();
    const { klass } = await scheduling(t);
    await t.call('sessions.generate', generation(klass.id, { instructorIds: [] }));
    const [first] = await listAll(klass.id);
    expect(first?.instructors).toEqual([]);
    expect(await t.fail('sessions.plan', generation(klass.id, { instructorIds: [999] }))).toMatchObject({
      code: 'NOT_FOUND',
      params: { entity: 'instructor' },
    });
  });

  it('freezes the timetable of a finished class', async () => {
    t = await createSetUpApp();
    const { klass } = await scheduling(t);
    const created = await t.call('sessions.create', sessionInput(klass.id));
    t.app.handle.sqlite.prepare(`UPDATE classes SET status = 'finished' WHERE id = ?`).run(klass.id);
    for (const [method, input] of [
      ['sessions.plan', generation(klass.id)],
      ['sessions.generate', generation(klass.id)],
      ['sessions.create', sessionInput(klass.id, { date: '2026-12-02' })],
      ['sessions.update', { id: created.id, ...sessionInput(klass.id, { startTime: '09:00', endTime: '09:45' }) }],
      ['sessions.move', { id: created.id, date: '2026-12-02', startTime: '08:00', endTime: '08:45' }],
      ['sessions.delete', { id: created.id }],
    ] as const) {
      expect(await t.fail(method, input)).toMatchObject({ code: 'SCHEDULE_FROZEN' });
    }
    expect(await listAll()).toHaveLength(1);
  });
});

describe('holidays', () => {
  it('adds, renames, lists by year and deletes, with an audit row for each write', async () => {
    t = await createSetUpApp();
    await t.call('holidays.save', { date: '2026-12-25', name: 'Natal' });
    await t.call('holidays.save', { date: '2027-01-01', name: 'Tahun Baru' });
    expect(await t.call('holidays.save', { date: '2026-12-25', name: 'Hari Raya Natal' })).toEqual({
      date: '2026-12-25',
      name: 'Hari Raya Natal',
    });
    expect(await t.call('holidays.list', {})).toEqual([
      { date: '2026-12-25', name: 'Hari Raya Natal' },
      { date: '2027-01-01', name: 'Tahun Baru' },
    ]);
    expect(await t.call('holidays.list', { year: 2027 })).toEqual([{ date: '2027-01-01', name: 'Tahun Baru' }]);
    expect(await t.call('holidays.delete', { date: '2027-01-01' })).toBeNull();
    expect(await t.fail('holidays.delete', { date: '2027-01-01' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.fail('holidays.save', { date: '2026-02-30', name: 'X' })).toMatchObject({ code: 'VALIDATION' });
    const audited = t.app.handle.sqlite
      .prepare(`SELECT method FROM audit_log WHERE entity = 'holiday' ORDER BY id`)
      .pluck()
      .all();
    expect(audited).toEqual(['holidays.save', 'holidays.save', 'holidays.save', 'holidays.delete']);
  });
});
