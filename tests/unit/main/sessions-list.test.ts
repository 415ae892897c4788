import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf, ScheduledSession } from '@shared/contract';
import { createSetUpApp, person, type TestApp } from '../helpers';
import {
  FIRST_UNIT,
  instructorNamed,
  nth,
  otherClass,
  scheduling,
  SECOND_UNIT,
  sessionInput,
  THIRD_UNIT,
} from './sessions-fixture';

let t: TestApp;
afterEach(async () => t?.close());

// Class "OPK Angkatan 1 2026": 1 December 2026 - 15 January 2027, Lab Komputer 1, Budi; 45-minute JP.

const listAll = (filter: Partial<InputOf<'sessions.list'>> = {}) =>
  t.call('sessions.list', { from: '2026-01-01', to: '2028-12-31', ...filter });

describe('deleting and listing', () => {
  it('refuses to delete a session whose attendance was taken', async () => {
    t = await createSetUpApp();
    const { klass } = await scheduling(t);
    const taken = await t.call('sessions.create', sessionInput(klass.id));
    const spare = await t.call('sessions.create', sessionInput(klass.id, { date: '2026-12-02' }));
    const trainee = await t.call('participants.create', person());
    const enrolment = await t.call('enrolments.enroll', { participantId: trainee.id, classId: klass.id });
    t.app.handle.sqlite
      .prepare(
        `INSERT INTO attendance (session_id, enrolment_id, mark, operator_id, updated_at) VALUES (?, ?, 'H', 1, 'x')`,
      )
      .run(taken.id, enrolment.id);
    expect(await t.fail('sessions.delete', { id: taken.id })).toMatchObject({ code: 'SESSION_HAS_ATTENDANCE' });
    expect(await t.call('sessions.delete', { id: spare.id })).toBeNull();
    expect(await listAll()).toEqual([expect.objectContaining({ id: taken.id, attendanceTaken: true })]);
    expect(await t.fail('sessions.delete', { id: spare.id })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists by inclusive dates, class, room, MTU site and instructor, by date and start', async () => {
    t = await createSetUpApp();
    const { klass, program, budi, room } = await scheduling(t);
    const other = await otherClass(t, program.id);
    const site = await t.call('mtuSites.create', { name: 'Balai Desa Lori', village: 'Lori', district: 'Kuaro' });
    const siti = await instructorNamed(t, 'Siti Aminah');
    const a = await t.call('sessions.create', sessionInput(klass.id, { date: '2026-12-03', instructorIds: [budi.id] }));
    const b = await t.call(
      'sessions.create',
      sessionInput(klass.id, { date: '2026-12-01', startTime: '10:00', endTime: '10:45' }),
    );
    const c = await t.call(
      'sessions.create',
      sessionInput(other.id, {
        date: '2026-12-01',
        place: { kind: 'mtu', mtuSiteId: site.id },
        instructorIds: [siti.id, budi.id],
      }),
    );
    const ids = (sessions: ScheduledSession[]) => sessions.map((session) => session.id);
    expect(ids(await listAll())).toEqual([c.id, b.id, a.id]);
    expect(ids(await t.call('sessions.list', { from: '2026-12-01', to: '2026-12-01' }))).toEqual([c.id, b.id]);
    expect(ids(await t.call('sessions.list', { from: '2026-12-03', to: '2026-12-03' }))).toEqual([a.id]);
    expect(ids(await listAll({ classId: klass.id }))).toEqual([b.id, a.id]);
    expect(ids(await listAll({ roomId: room.id }))).toEqual([b.id, a.id]);
    expect(ids(await listAll({ mtuSiteId: site.id }))).toEqual([c.id]);
    expect(ids(await listAll({ instructorId: budi.id }))).toEqual([c.id, a.id]);
    expect((await listAll({ mtuSiteId: site.id }))[0]?.instructors.map((instructor) => instructor.fullName)).toEqual([
      'Budi Hartono',
      'Siti Aminah',
    ]);
    expect(await t.fail('sessions.list', { from: '2026-12-02', to: '2026-12-01' })).toMatchObject({
      code: 'VALIDATION',
    });
  });
});

describe('what sessions hold on to', () => {
  it('keeps a competency unit that the timetable uses', async () => {
    t = await createSetUpApp();
    const { klass, program } = await scheduling(t);
    await t.call('sessions.create', sessionInput(klass.id, { units: [{ unitId: nth(program.units, 2).id, jp: 1 }] }));
    const { id, code, name, trade, rules } = program;
    expect(
      await t.fail('programs.update', { id, code, name, trade, rules, totalJp: 30, units: [FIRST_UNIT, SECOND_UNIT] }),
    ).toMatchObject({
      code: 'UNIT_IN_USE',
      params: { code: THIRD_UNIT.code },
    });
    // A unit a trainee was assessed on stays too.
    const trainee = await t.call('participants.create', person());
    const enrolment = await t.call('enrolments.enroll', { participantId: trainee.id, classId: klass.id });
    t.app.handle.sqlite
      .prepare(
        `INSERT INTO unit_results (enrolment_id, unit_id, result, assessed_on, assessor, operator_id, updated_at)
         VALUES (?, ?, 'competent', '2026-12-05', 'Budi Hartono', 1, 'x')`,
      )
      .run(enrolment.id, nth(program.units, 0).id);
    expect(
      await t.fail('programs.update', { id, code, name, trade, rules, totalJp: 24, units: [SECOND_UNIT, THIRD_UNIT] }),
    ).toMatchObject({ code: 'UNIT_IN_USE', params: { code: FIRST_UNIT.code } });
    // An unused unit may go.
    const withoutSecond = [FIRST_UNIT, THIRD_UNIT];
    expect(
      await t.call('programs.update', { id, code, name, trade, rules, totalJp: 26, units: withoutSecond }),
    ).toMatchObject({
      units: [{ code: FIRST_UNIT.code }, { code: THIRD_UNIT.code }],
    });
  });

  it('refuses class dates that would leave sessions outside the class', async () => {
    t = await createSetUpApp();
    const { klass, room, budi } = await scheduling(t);
    await t.call('sessions.create', sessionInput(klass.id, { date: '2027-01-10' }));
    const update = (startDate: string, endDate: string) => ({
      id: klass.id,
      programId: klass.programId,
      name: klass.name,
      startDate,
      endDate,
      place: { kind: 'room' as const, roomId: room.id },
      instructors: [{ instructorId: budi.id }],
    });
    expect(await t.fail('classes.update', update('2026-12-01', '2027-01-09'))).toMatchObject({
      code: 'SESSION_OUTSIDE_CLASS',
      fields: { endDate: 'invalid' },
      params: { start: '2026-12-01', end: '2027-01-09' },
    });
    expect(await t.fail('classes.update', update('2027-01-11', '2027-01-31'))).toMatchObject({
      code: 'SESSION_OUTSIDE_CLASS',
      fields: { startDate: 'invalid' },
    });
    expect(await t.call('classes.update', update('2027-01-10', '2027-01-10'))).toMatchObject({
      startDate: '2027-01-10',
    });
  });
});
