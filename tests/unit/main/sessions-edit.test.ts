import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf, ScheduledSession } from '@shared/contract';
import { guardedByClashTriggers } from '../../../src/main/features/sessions/clashes';
import { createSetUpApp, type TestApp } from '../helpers';
import { FIRST_UNIT, instructorNamed, nth, otherClass, scheduling, sessionInput } from './sessions-fixture';

let t: TestApp;
afterEach(async () => t?.close());

// Class "OPK Angkatan 1 2026": 1 December 2026 - 15 January 2027, Lab Komputer 1, Budi; 45-minute JP.

const listAll = (filter: Partial<InputOf<'sessions.list'>> = {}) =>
  t.call('sessions.list', { from: '2026-01-01', to: '2028-12-31', ...filter });

/** sessions.update input that keeps the session as it is, with the changes given. */
function edit(
  session: ScheduledSession,
  changes: Partial<InputOf<'sessions.update'>> = {},
): InputOf<'sessions.update'> {
  return {
    id: session.id,
    classId: session.classId,
    date: session.date,
    startTime: session.startTime,
    endTime: session.endTime,
    jp: session.jp,
    place:
      session.place?.kind === 'room'
        ? { kind: 'room', roomId: session.place.roomId }
        : session.place?.kind === 'mtu'
          ? { kind: 'mtu', mtuSiteId: session.place.mtuSiteId }
          : null,
    instructorIds: session.instructors.map((instructor) => instructor.id),
    units: session.units.map((unit) => ({ unitId: unit.unitId, jp: unit.jp })),
    notes: session.notes,
    ...changes,
  };
}

describe('one session at a time', () => {
  it('creates a session in the class place with its instructors and units, and audits it', async () => {
    t = await createSetUpApp();
    const { klass, room, budi, program } = await scheduling(t);
    const created = await t.call(
      'sessions.create',
      sessionInput(klass.id, {
        startTime: '08:00',
        endTime: '09:30',
        jp: 2,
        instructorIds: [budi.id],
        units: [{ unitId: nth(program.units, 0).id, jp: 2 }],
        notes: 'Bawa flashdisk',
      }),
    );
    expect(created).toMatchObject({
      classId: klass.id,
      className: 'OPK Angkatan 1 2026',
      date: '2026-12-01',
      startTime: '08:00',
      endTime: '09:30',
      jp: 2,
      place: { kind: 'room', roomId: room.id, name: 'Lab Komputer 1' },
      instructors: [{ id: budi.id, fullName: 'Budi Hartono' }],
      units: [{ unitId: nth(program.units, 0).id, code: FIRST_UNIT.code, title: FIRST_UNIT.title, jp: 2 }],
      notes: 'Bawa flashdisk',
      attendanceTaken: false,
    });
    const audit = t.app.handle.sqlite
      .prepare(`SELECT entity, entity_id AS entityId FROM audit_log WHERE method = 'sessions.create'`)
      .all();
    expect(audit).toEqual([{ entity: 'session', entityId: created.id }]);
  });

  it('checks the period, the length for its JP, the units and the references', async () => {
    t = await createSetUpApp();
    const { klass, program } = await scheduling(t);
    expect(await t.fail('sessions.create', sessionInput(klass.id, { date: '2026-11-30' }))).toMatchObject({
      code: 'SESSION_OUTSIDE_CLASS',
      params: { start: '2026-12-01', end: '2027-01-15' },
    });
    expect(await t.fail('sessions.create', sessionInput(klass.id, { date: '2027-01-16' }))).toMatchObject({
      code: 'SESSION_OUTSIDE_CLASS',
    });
    expect(await t.call('sessions.create', sessionInput(klass.id, { date: '2027-01-15' }))).toMatchObject({
      date: '2027-01-15',
    });
    // 2 JP of 45 minutes do not fit in 89 minutes.
    expect(await t.fail('sessions.create', sessionInput(klass.id, { endTime: '09:29', jp: 2 }))).toMatchObject({
      code: 'VALIDATION',
      fields: { endTime: 'session_too_short' },
    });
    expect(
      await t.fail(
        'sessions.create',
        sessionInput(klass.id, { jp: 2, endTime: '09:30', units: [{ unitId: nth(program.units, 0).id, jp: 1 }] }),
      ),
    ).toMatchObject({ code: 'VALIDATION', fields: { units: 'unit_jp_mismatch' } });
    const otherProgram = await t.call('programs.create', {
      code: 'LAS',
      name: 'Las SMAW',
      trade: 'Las',
      totalJp: 10,
      rules: { minAge: 17 },
      units: [{ code: 'C.25.1', title: 'Mengelas', jp: 10 }],
    });
    expect(
      await t.fail(
        'sessions.create',
        sessionInput(klass.id, { units: [{ unitId: nth(otherProgram.units, 0).id, jp: 1 }] }),
      ),
    ).toMatchObject({ code: 'UNIT_NOT_IN_PROGRAM' });
    expect(await t.fail('sessions.create', sessionInput(klass.id, { instructorIds: [999] }))).toMatchObject({
      code: 'NOT_FOUND',
      params: { entity: 'instructor' },
    });
    expect(
      await t.fail('sessions.create', sessionInput(klass.id, { place: { kind: 'room', roomId: 999 } })),
    ).toMatchObject({
      code: 'NOT_FOUND',
      params: { entity: 'room' },
    });
    expect(
      await t.fail('sessions.create', sessionInput(klass.id, { place: { kind: 'mtu', mtuSiteId: 999 } })),
    ).toMatchObject({
      code: 'NOT_FOUND',
      params: { entity: 'mtuSite' },
    });
    expect(await t.fail('sessions.create', sessionInput(999))).toMatchObject({
      code: 'NOT_FOUND',
      params: { entity: 'class' },
    });
    expect(await listAll()).toHaveLength(1);
  });
});

describe('clashes', () => {
  /** The existing session (10:00-12:00) and a newcomer that shares exactly one resource with it. */
  async function sharing(kind: 'class' | 'room' | 'mtu' | 'instructor') {
    const { klass, program, budi, room } = await scheduling(t);
    const site = await t.call('mtuSites.create', { name: 'Balai Desa Lori', village: 'Lori', district: 'Kuaro' });
    const other = await otherClass(t, program.id);
    const siti = await instructorNamed(t, 'Siti Aminah');
    const pesantren = await t.call('mtuSites.create', { name: 'Pesantren', village: 'Pasir', district: 'Kuaro' });
    const existing = await t.call(
      'sessions.create',
      sessionInput(klass.id, {
        startTime: '10:00',
        endTime: '12:00',
        jp: 2,
        instructorIds: [budi.id],
        ...(kind === 'mtu' ? { place: { kind: 'mtu', mtuSiteId: site.id } } : {}),
      }),
    );
    const newcomer = (startTime: string, endTime: string) =>
      sessionInput(kind === 'class' ? klass.id : other.id, {
        startTime,
        endTime,
        jp: 1,
        instructorIds: [kind === 'instructor' ? budi.id : siti.id],
        place:
          kind === 'room'
            ? { kind: 'room', roomId: room.id }
            : kind === 'mtu'
              ? { kind: 'mtu', mtuSiteId: site.id }
              : kind === 'class'
                ? { kind: 'mtu', mtuSiteId: pesantren.id }
                : null,
      });
    return { existing, newcomer };
  }

  const resourceOf = {
    class: 'OPK Angkatan 1 2026',
    room: 'Lab Komputer 1',
    mtu: 'Balai Desa Lori',
    instructor: 'Budi Hartono',
  };

  for (const kind of ['class', 'room', 'mtu', 'instructor'] as const) {
    it(`lets a ${kind} run back to back but refuses a one-minute overlap`, async () => {
      t = await createSetUpApp();
      const { newcomer } = await sharing(kind);
      expect(await t.fail('sessions.create', newcomer('11:59', '12:45'))).toMatchObject({
        code: 'SESSION_CLASH',
        params: {
          className: 'OPK Angkatan 1 2026',
          date: '2026-12-01',
          start: '10:00',
          end: '12:00',
          resource: resourceOf[kind],
          kind,
        },
      });
      expect(await t.fail('sessions.create', newcomer('09:16', '10:01'))).toMatchObject({ code: 'SESSION_CLASH' });
      await t.call('sessions.create', newcomer('12:00', '12:45'));
      await t.call('sessions.create', newcomer('09:15', '10:00'));
      expect(await listAll()).toHaveLength(3);
    });
  }

  it('checks moves and updates against everything but the session itself', async () => {
    t = await createSetUpApp();
    const { klass, program, budi, room } = await scheduling(t);
    const siti = await instructorNamed(t, 'Siti Aminah');
    const other = await otherClass(t, program.id);
    const mine = await t.call(
      'sessions.create',
      sessionInput(klass.id, { startTime: '08:00', endTime: '09:30', jp: 2, instructorIds: [budi.id] }),
    );
    const theirs = await t.call(
      'sessions.create',
      sessionInput(other.id, { startTime: '10:00', endTime: '11:30', jp: 2, instructorIds: [siti.id], place: null }),
    );
    // Overlapping its own old slot is fine.
    const moved = await t.call('sessions.move', {
      id: mine.id,
      date: '2026-12-01',
      startTime: '08:30',
      endTime: '10:00',
    });
    expect(moved).toMatchObject({ startTime: '08:30', endTime: '10:00', jp: 2, instructors: [{ id: budi.id }] });
    // Resizing below its JP is refused; moving out of the class period too.
    expect(
      await t.fail('sessions.move', { id: mine.id, date: '2026-12-01', startTime: '08:30', endTime: '09:00' }),
    ).toMatchObject({
      fields: { endTime: 'session_too_short' },
    });
    expect(
      await t.fail('sessions.move', { id: mine.id, date: '2027-02-01', startTime: '08:30', endTime: '10:00' }),
    ).toMatchObject({
      code: 'SESSION_OUTSIDE_CLASS',
    });
    // Reassigning Siti, who teaches the other class from 10:00: fine while the times touch...
    await t.call('sessions.update', edit(moved, { instructorIds: [siti.id] }));
    // ...refused once they overlap.
    expect(
      await t.fail('sessions.move', { id: mine.id, date: '2026-12-01', startTime: '09:00', endTime: '10:30' }),
    ).toMatchObject({
      code: 'SESSION_CLASH',
      params: { className: 'OPK Angkatan 2 2026', resource: 'Siti Aminah' },
    });
    // The other class moving into our room at our time: a room clash.
    expect(
      await t.fail(
        'sessions.update',
        edit(theirs, { startTime: '09:00', endTime: '10:30', place: { kind: 'room', roomId: room.id } }),
      ),
    ).toMatchObject({ code: 'SESSION_CLASH', params: { resource: 'Lab Komputer 1' } });
    // Replacing an instructor who is busy at the new time: the old link must not block the move.
    const swapped = await t.call(
      'sessions.update',
      edit(moved, { instructorIds: [budi.id], startTime: '10:00', endTime: '11:30' }),
    );
    expect(swapped).toMatchObject({ startTime: '10:00', instructors: [{ id: budi.id }] });
    expect(
      await t.fail('sessions.move', { id: 999, date: '2026-12-01', startTime: '08:00', endTime: '09:00' }),
    ).toMatchObject({
      code: 'NOT_FOUND',
      params: { entity: 'session' },
    });
  });

  it('lets only one of two concurrent moves into the same slot win', async () => {
    t = await createSetUpApp();
    const { klass, program, budi } = await scheduling(t);
    const other = await otherClass(t, program.id);
    const second = t.app.createRouter();
    await t.call('auth.login', { username: 'admin', password: 'rahasia123' }, second);
    for (const day of ['2026-12-02', '2026-12-03', '2026-12-04']) {
      const a = await t.call(
        'sessions.create',
        sessionInput(klass.id, { date: day, startTime: '07:00', endTime: '07:45', instructorIds: [budi.id] }),
      );
      const b = await t.call(
        'sessions.create',
        sessionInput(other.id, {
          date: day,
          startTime: '13:00',
          endTime: '13:45',
          instructorIds: [budi.id],
          place: null,
        }),
      );
      const results = await Promise.all([
        t.router.dispatch('sessions.move', { id: a.id, date: day, startTime: '10:00', endTime: '10:45' }),
        second.dispatch('sessions.move', { id: b.id, date: day, startTime: '10:30', endTime: '11:15' }),
      ]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.find((result) => !result.ok)).toMatchObject({ error: { code: 'SESSION_CLASH' } });
    }
  });

  it('keeps the database triggers as a backstop', async () => {
    t = await createSetUpApp();
    const { klass } = await scheduling(t);
    await t.call('sessions.create', sessionInput(klass.id));
    expect(() =>
      t.app.handle.sqlite
        .prepare(
          `INSERT INTO sessions (class_id, date, start_time, end_time, jp, created_at, updated_at)
           VALUES (?, '2026-12-01', '08:44', '09:30', 1, 'x', 'x')`,
        )
        .run(klass.id),
    ).toThrow('SESSION_CLASH');
    // Should the trigger ever fire under a service write, the clerk still gets the coded error.
    const slot = { date: '2026-12-01', startTime: '08:00', endTime: '08:45' };
    await expect(
      guardedByClashTriggers(slot, () => {
        throw new Error('SESSION_CLASH');
      }),
    ).rejects.toMatchObject({ code: 'SESSION_CLASH', params: { date: '2026-12-01', start: '08:00' } });
  });
});
