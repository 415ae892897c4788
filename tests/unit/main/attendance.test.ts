import { afterEach, describe, expect, it } from 'vitest';
import { createSetUpApp, person, type TestApp } from '../helpers';
import { addSession, instructorNamed, runningClass, setJoinedOn } from './attendance-fixture';

let t: TestApp;
afterEach(async () => t?.close());

const attendanceRows = () => t.app.handle.sqlite.prepare('SELECT count(*) FROM attendance').pluck().get() as number;

/** Four 8-JP sessions already held (2-5 November) and one still to come (25 November). */
async function classWithSessions(names = ['Andi', 'Bayu', 'Citra', 'Dewi']) {
  const setup = await runningClass(t, names);
  const held = [];
  for (const date of ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05']) {
    held.push(await addSession(t, setup.klass.id, date, 8));
  }
  const future = await addSession(t, setup.klass.id, '2026-11-25', 8);
  const [andi, bayu, citra, dewi] = setup.trainees as [
    { id: number; fullName: string },
    { id: number; fullName: string },
    { id: number; fullName: string },
    { id: number; fullName: string },
  ];
  return { ...setup, held: held as [number, number, number, number], future, andi, bayu, citra, dewi };
}

describe('attendance', () => {
  it('counts only Hadir, only since joining, and flags who is below or can no longer reach the minimum', async () => {
    t = await createSetUpApp();
    const c = await classWithSessions();
    await setJoinedOn(t, [c.citra.id], '2026-11-04');
    const marks = [
      ['H', 'H', 'H', 'S'],
      ['H', 'H', 'H', 'H'],
    ] as const;
    for (const [index, sessionId] of c.held.entries()) {
      await t.call('attendance.save', {
        sessionId,
        marks: [
          { enrolmentId: c.andi.id, mark: marks[0][index] ?? 'H' },
          { enrolmentId: c.bayu.id, mark: marks[1][index] ?? 'H' },
        ],
      });
    }
    await t.call('attendance.save', { sessionId: c.held[2], marks: [{ enrolmentId: c.citra.id, mark: 'H' }] });
    const citra = await t.call('attendance.save', {
      sessionId: c.held[3],
      marks: [{ enrolmentId: c.citra.id, mark: 'A' }],
    });
    expect(citra).toEqual([
      {
        enrolmentId: c.citra.id,
        attendedJp: 8,
        recordedJp: 16,
        attendancePct: 50,
        belowMinimum: true,
        // Even Hadir on 25 November gives 16 of 24 JP: 66.7%.
        cannotReachMinimum: true,
        counts: { H: 1, S: 0, I: 0, A: 1 },
      },
    ]);

    const grid = await t.call('attendance.grid', { classId: c.klass.id });
    expect(grid.editable).toBe(true);
    expect(grid.minAttendancePct).toBe(80);
    expect(grid.sessions.map((session) => [session.date, session.taken])).toEqual([
      ['2026-11-02', true],
      ['2026-11-03', true],
      ['2026-11-04', true],
      ['2026-11-05', true],
      ['2026-11-25', false],
    ]);
    const byName = Object.fromEntries(grid.trainees.map((trainee) => [trainee.fullName, trainee]));
    // Sakit is excused, but it is not attendance: 24 of 32 JP.
    expect(byName.Andi).toMatchObject({ attendancePct: 75, belowMinimum: true, cannotReachMinimum: false });
    expect(byName.Bayu).toMatchObject({ attendancePct: 100, belowMinimum: false, counts: { H: 4, S: 0, I: 0, A: 0 } });
    expect(byName.Citra).toMatchObject({ joinedOn: '2026-11-04', recordedJp: 16 });
    expect(byName.Dewi).toMatchObject({ attendancePct: null, recordedJp: 0, belowMinimum: false });
    expect(grid.trainees.map((trainee) => trainee.fullName)).toEqual(['Andi', 'Bayu', 'Citra', 'Dewi']);
    expect(grid.marks).toHaveLength(10);

    const roster = (await t.call('classes.get', { id: c.klass.id })).roster;
    expect(roster.map((row) => [row.fullName, row.attendancePct, row.belowMinAttendance, row.outcomeOverride])).toEqual(
      [
        ['Andi', 75, true, null],
        ['Bayu', 100, false, null],
        ['Citra', 50, true, null],
        ['Dewi', null, false, null],
      ],
    );
  });

  it('rounds to one decimal but compares the exact JP (79.96% is below 80%)', async () => {
    t = await createSetUpApp();
    const c = await runningClass(t, ['Andi']);
    // 1999 of 2500 JP would need many sessions; 2 of 3 sessions of 1 JP is 66.7%.
    const sessions = [];
    for (const date of ['2026-11-02', '2026-11-03', '2026-11-04'])
      sessions.push(await addSession(t, c.klass.id, date, 1));
    const enrolmentId = c.trainees[0]?.id ?? 0;
    for (const [index, sessionId] of sessions.entries()) {
      await t.call('attendance.save', { sessionId, marks: [{ enrolmentId, mark: index === 2 ? 'I' : 'H' }] });
    }
    const [summary] = await t.call('attendance.save', {
      sessionId: sessions[0] ?? 0,
      marks: [{ enrolmentId, mark: 'H' }],
    });
    expect(summary).toMatchObject({ attendedJp: 2, recordedJp: 3, attendancePct: 66.7, belowMinimum: true });
  });

  it('saves again over an earlier mark, with one audit row per call holding before and after', async () => {
    t = await createSetUpApp();
    const c = await classWithSessions();
    const sessionId = c.held[0];
    await t.call('attendance.save', {
      sessionId,
      marks: [
        { enrolmentId: c.andi.id, mark: 'A' },
        { enrolmentId: c.bayu.id, mark: 'H' },
      ],
    });
    await t.call('attendance.save', { sessionId, marks: [{ enrolmentId: c.andi.id, mark: 'S' }] });
    const grid = await t.call('attendance.grid', { classId: c.klass.id });
    expect(grid.marks).toEqual([
      { sessionId, enrolmentId: c.andi.id, mark: 'S' },
      { sessionId, enrolmentId: c.bayu.id, mark: 'H' },
    ]);
    const audit = t.app.handle.sqlite
      .prepare(
        "SELECT entity, entity_id, before_json, after_json FROM audit_log WHERE method = 'attendance.save' ORDER BY id",
      )
      .all() as { entity: string; entity_id: number; before_json: string; after_json: string }[];
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({ entity: 'attendance', entity_id: sessionId });
    expect(JSON.parse(audit[1]?.before_json ?? '')).toEqual({ marks: [{ enrolmentId: c.andi.id, mark: 'A' }] });
    expect(JSON.parse(audit[1]?.after_json ?? '')).toEqual({ marks: [{ enrolmentId: c.andi.id, mark: 'S' }] });
  });

  it('refuses a session still to come, naming its date', async () => {
    t = await createSetUpApp();
    const c = await classWithSessions();
    expect(
      await t.fail('attendance.save', { sessionId: c.future, marks: [{ enrolmentId: c.andi.id, mark: 'H' }] }),
    ).toMatchObject({ code: 'ATTENDANCE_NOT_YET', params: { date: '2026-11-25' } });
    // Today (23 November, WITA) is allowed.
    const today = await addSession(t, c.klass.id, '2026-11-23', 4);
    expect(
      await t.call('attendance.save', { sessionId: today, marks: [{ enrolmentId: c.andi.id, mark: 'H' }] }),
    ).toHaveLength(1);
  });

  it('refuses a trainee of another class, or one not in training, and writes none of the marks', async () => {
    t = await createSetUpApp();
    const c = await classWithSessions();
    const other = await runningClass(t, ['Eko'], { code: 'DGM', className: 'Desain Grafis 1' });
    await t.app.handle.db.updateTable('enrolments').set({ status: 'withdrawn' }).where('id', '=', c.dewi.id).execute();
    const before = attendanceRows();
    expect(
      await t.fail('attendance.save', {
        sessionId: c.held[0],
        marks: [
          { enrolmentId: c.andi.id, mark: 'H' },
          { enrolmentId: other.trainees[0]?.id, mark: 'H' },
        ],
      }),
    ).toMatchObject({ code: 'NOT_IN_CLASS', params: { fullName: 'Eko' } });
    expect(
      await t.fail('attendance.save', { sessionId: c.held[0], marks: [{ enrolmentId: 9999, mark: 'H' }] }),
    ).toMatchObject({
      code: 'NOT_IN_CLASS',
    });
    expect(
      await t.fail('attendance.save', { sessionId: c.held[0], marks: [{ enrolmentId: c.dewi.id, mark: 'H' }] }),
    ).toMatchObject({
      code: 'NOT_IN_CLASS',
      params: { fullName: 'Dewi' },
    });
    expect(attendanceRows()).toBe(before);
  });

  it('refuses a session before the trainee joined, naming the day they joined', async () => {
    t = await createSetUpApp();
    const c = await classWithSessions();
    await setJoinedOn(t, [c.citra.id], '2026-11-04');
    expect(
      await t.fail('attendance.save', {
        sessionId: c.held[0],
        marks: [
          { enrolmentId: c.andi.id, mark: 'H' },
          { enrolmentId: c.citra.id, mark: 'H' },
        ],
      }),
    ).toMatchObject({ code: 'ATTENDANCE_BEFORE_JOINING', params: { fullName: 'Citra', joinedOn: '2026-11-04' } });
    expect(attendanceRows()).toBe(0);
  });

  it('keeps a closed class as it is', async () => {
    t = await createSetUpApp();
    const c = await classWithSessions();
    for (const status of ['finished', 'closed'] as const) await t.call('classes.setStatus', { id: c.klass.id, status });
    expect(
      await t.fail('attendance.save', { sessionId: c.held[0], marks: [{ enrolmentId: c.andi.id, mark: 'H' }] }),
    ).toMatchObject({ code: 'CLASS_CLOSED' });
    expect((await t.call('attendance.grid', { classId: c.klass.id })).editable).toBe(false);
    expect(attendanceRows()).toBe(0);
  });

  it('lists JP taught per instructor for a month: held sessions in full for each instructor', async () => {
    t = await createSetUpApp();
    const c = await runningClass(t, ['Andi']);
    const budi = await instructorNamed(t, 'Budi Hartono');
    const ani = await instructorNamed(t, 'Ani Lestari', 'PT Kideco Jaya Agung');
    const enrolmentId = c.trainees[0]?.id ?? 0;
    const held = [
      await addSession(t, c.klass.id, '2026-11-02', 8, [budi.id]),
      await addSession(t, c.klass.id, '2026-11-03', 6, [budi.id, ani.id]),
    ];
    await addSession(t, c.klass.id, '2026-11-20', 4, [budi.id]); // not recorded
    await addSession(t, c.klass.id, '2026-11-26', 8, [ani.id]); // planned
    await addSession(t, c.klass.id, '2026-10-30', 8, [budi.id]); // another month
    for (const sessionId of held) await t.call('attendance.save', { sessionId, marks: [{ enrolmentId, mark: 'A' }] });

    const log = await t.call('attendance.teachingLog', { month: '2026-11' });
    expect(log).toEqual([
      {
        instructorId: ani.id,
        fullName: 'Ani Lestari',
        employerName: 'PT Kideco Jaya Agung',
        sessionsTaught: 1,
        jpTaught: 6,
        jpNotRecorded: 8,
        classes: [{ classId: c.klass.id, className: c.klass.name, sessions: 1, jp: 6 }],
      },
      {
        instructorId: budi.id,
        fullName: 'Budi Hartono',
        employerName: '',
        sessionsTaught: 2,
        jpTaught: 14,
        jpNotRecorded: 4,
        classes: [{ classId: c.klass.id, className: c.klass.name, sessions: 2, jp: 14 }],
      },
    ]);
    expect(await t.call('attendance.teachingLog', { month: '2026-12' })).toEqual([]);
    expect(await t.fail('attendance.teachingLog', { month: '2026-13' })).toMatchObject({ fields: { month: 'month' } });
  });
});

describe('transfer', () => {
  it('starts attendance over in the new class: only its sessions from the day of the move count', async () => {
    t = await createSetUpApp();
    const from = await runningClass(t, ['Andi']);
    const andi = from.trainees[0]?.id ?? 0;
    const to = await t.call('classes.create', {
      programId: from.program.id,
      name: 'OPK Angkatan 2 2026',
      startDate: '2026-11-02',
      endDate: '2026-12-30',
      status: 'running',
    });
    const old = await addSession(t, from.klass.id, '2026-11-02', 8);
    await t.call('attendance.save', { sessionId: old, marks: [{ enrolmentId: andi, mark: 'A' }] });
    const before = await addSession(t, to.id, '2026-11-20', 8);
    const after = await addSession(t, to.id, '2026-11-23', 4);
    await t.call('enrolments.transfer', { enrolmentId: andi, toClassId: to.id, reason: 'Pindah jadwal' });
    expect(
      await t.fail('attendance.save', { sessionId: before, marks: [{ enrolmentId: andi, mark: 'H' }] }),
    ).toMatchObject({ code: 'ATTENDANCE_BEFORE_JOINING', params: { joinedOn: '2026-11-23' } });
    expect(await t.call('attendance.save', { sessionId: after, marks: [{ enrolmentId: andi, mark: 'H' }] })).toEqual([
      expect.objectContaining({ attendedJp: 4, recordedJp: 4, attendancePct: 100, counts: { H: 1, S: 0, I: 0, A: 0 } }),
    ]);
    // The old class's sheet no longer lists him.
    expect((await t.call('attendance.grid', { classId: from.klass.id })).trainees).toEqual([]);
  });
});

describe('joining day', () => {
  it('is the day a reserve is offered a freed seat', async () => {
    t = await createSetUpApp();
    const program = await t.call('programs.create', {
      code: 'OPK',
      name: 'Operator Komputer',
      trade: 'TI',
      totalJp: 40,
      rules: {},
    });
    const klass = await t.call('classes.create', {
      programId: program.id,
      name: 'OPK 1',
      quota: 1,
      startDate: '2026-12-01',
      endDate: '2026-12-30',
    });
    const andi = await t.call('participants.create', person({ fullName: 'Andi' }));
    const bayu = await t.call('participants.create', person({ fullName: 'Bayu' }));
    const seat = await t.call('enrolments.enroll', { participantId: andi.id, classId: klass.id });
    const reserve = await t.call('enrolments.enroll', { participantId: bayu.id, classId: klass.id });
    t.clock.now = new Date('2026-11-27T02:00:00.000Z');
    await t.call('enrolments.setStatus', { enrolmentId: seat.id, status: 'withdrawn', note: 'Diterima kerja' });
    expect(t.app.handle.sqlite.prepare('SELECT joined_on FROM enrolments WHERE id = ?').pluck().get(reserve.id)).toBe(
      '2026-11-27',
    );
  });

  it('is today (WITA) on enrolment and on transfer to another class', async () => {
    t = await createSetUpApp();
    // 23 November 2026, 23:30 WITA is still the 23rd at the BLK, though not everywhere.
    t.clock.now = new Date('2026-11-23T15:30:00.000Z');
    const program = await t.call('programs.create', {
      code: 'OPK',
      name: 'Operator Komputer',
      trade: 'TI',
      totalJp: 40,
      rules: {},
    });
    const first = await t.call('classes.create', {
      programId: program.id,
      name: 'OPK 1',
      startDate: '2026-12-01',
      endDate: '2026-12-30',
    });
    const second = await t.call('classes.create', {
      programId: program.id,
      name: 'OPK 2',
      startDate: '2026-12-01',
      endDate: '2026-12-30',
    });
    const budi = await t.call('participants.create', person());
    const enrolment = await t.call('enrolments.enroll', { participantId: budi.id, classId: first.id });
    const joinedOn = () =>
      t.app.handle.sqlite.prepare('SELECT joined_on FROM enrolments WHERE id = ?').pluck().get(enrolment.id) as string;
    expect(joinedOn()).toBe('2026-11-23');
    t.clock.now = new Date('2026-11-24T01:00:00.000Z');
    await t.call('enrolments.transfer', {
      enrolmentId: enrolment.id,
      toClassId: second.id,
      reason: 'Jadwal bentrok kerja',
    });
    expect(joinedOn()).toBe('2026-11-24');
  });
});
