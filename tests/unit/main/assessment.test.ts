import { afterEach, describe, expect, it } from 'vitest';
import type { UnitResult } from '@shared/domain';
import { createSetUpApp, type TestApp } from '../helpers';
import { addSession, runningClass } from './attendance-fixture';

let t: TestApp;
afterEach(async () => t?.close());

type Trainee = { id: number; fullName: string };

/**
 * Andi does everything right; Bayu is not yet competent in unit 2; Citra came to 1 of 4 days;
 * Dewi dropped out; Eko was never assessed. Four 8-JP sessions, all recorded.
 */
async function assessedClass() {
  const c = await runningClass(t, ['Andi', 'Bayu', 'Citra', 'Dewi', 'Eko']);
  const [andi, bayu, citra, dewi, eko] = c.trainees as [Trainee, Trainee, Trainee, Trainee, Trainee];
  await t.call('enrolments.setStatus', { enrolmentId: dewi.id, status: 'dropped_out', note: 'Diterima kerja' });
  for (const [day, date] of ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'].entries()) {
    const sessionId = await addSession(t, c.klass.id, date, 8);
    await t.call('attendance.save', {
      sessionId,
      marks: [andi, bayu, citra, eko].map((trainee) => ({
        enrolmentId: trainee.id,
        mark: trainee === citra && day > 0 ? ('A' as const) : ('H' as const),
      })),
    });
  }
  const [u1, u2, u3] = c.units as unknown as [{ id: number }, { id: number }, { id: number }];
  const verdict = (trainee: Trainee, unitId: number, result: UnitResult = 'competent') => ({
    enrolmentId: trainee.id,
    unitId,
    result,
  });
  const sheet = await t.call('assessment.record', {
    classId: c.klass.id,
    assessedOn: '2026-11-20',
    assessor: 'Budi Hartono (asesor LSP)',
    results: [
      ...[u1, u2, u3].flatMap((unit) => [verdict(andi, unit.id), verdict(citra, unit.id)]),
      verdict(bayu, u1.id),
      verdict(bayu, u2.id, 'not_yet_competent'),
      verdict(bayu, u3.id),
    ],
  });
  return { ...c, andi, bayu, citra, dewi, eko, u1, u2, u3, sheet };
}

const statusOf = (id: number) =>
  t.app.handle.sqlite.prepare('SELECT status FROM enrolments WHERE id = ?').pluck().get(id) as string;

describe('assessment sheet', () => {
  it('shows each trainee with results, attendance and what the rules would give, while the class runs', async () => {
    t = await createSetUpApp();
    const c = await assessedClass();
    const { sheet } = c;
    expect(sheet).toMatchObject({ classId: c.klass.id, classStatus: 'running', minAttendancePct: 80, editable: true });
    expect(sheet.units.map((unit) => unit.code)).toEqual(['J.620100.001.01', 'J.620100.002.01', 'J.620100.003.01']);
    const byName = Object.fromEntries(sheet.trainees.map((trainee) => [trainee.fullName, trainee]));
    expect(byName.Andi).toMatchObject({
      attendancePct: 100,
      computedOutcome: 'graduated',
      reasons: [],
      override: null,
    });
    expect(byName.Andi?.results[0]).toEqual({
      unitId: c.u1.id,
      result: 'competent',
      assessedOn: '2026-11-20',
      assessor: 'Budi Hartono (asesor LSP)',
    });
    expect(byName.Bayu).toMatchObject({
      computedOutcome: 'not_competent',
      reasons: [{ kind: 'units_not_competent', codes: ['J.620100.002.01'] }],
    });
    expect(byName.Citra).toMatchObject({
      attendancePct: 25,
      computedOutcome: 'not_competent',
      reasons: [{ kind: 'attendance_below', attendancePct: 25, minAttendancePct: 80 }],
    });
    expect(byName.Eko?.reasons).toEqual([{ kind: 'units_not_assessed', count: 3 }]);
    expect(byName.Dewi).toMatchObject({ status: 'dropped_out' });
    // Nothing final yet: they are all still in training.
    expect(statusOf(c.andi.id)).toBe('in_training');
  });

  it('refuses a unit of another programme, a trainee of another class and a closed class', async () => {
    t = await createSetUpApp();
    const c = await assessedClass();
    const other = await runningClass(t, ['Fajar'], { code: 'DGM', className: 'Desain Grafis 1' });
    const record = (enrolmentId: number, unitId: number) => ({
      classId: c.klass.id,
      assessedOn: '2026-11-21',
      assessor: 'Budi',
      results: [{ enrolmentId, unitId, result: 'not_yet_competent' }],
    });
    const before = t.app.handle.sqlite.prepare('SELECT count(*) FROM unit_results').pluck().get();
    expect(await t.fail('assessment.record', record(c.andi.id, other.units[0]?.id ?? 0))).toMatchObject({
      code: 'UNIT_NOT_IN_PROGRAM',
    });
    expect(await t.fail('assessment.record', record(other.trainees[0]?.id ?? 0, c.u1.id))).toMatchObject({
      code: 'NOT_IN_CLASS',
    });
    for (const status of ['finished', 'closed'] as const) await t.call('classes.setStatus', { id: c.klass.id, status });
    expect(await t.fail('assessment.record', record(c.andi.id, c.u1.id))).toMatchObject({ code: 'CLASS_CLOSED' });
    expect((await t.call('assessment.sheet', { classId: c.klass.id })).editable).toBe(false);
    expect(t.app.handle.sqlite.prepare('SELECT count(*) FROM unit_results').pluck().get()).toBe(before);
  });
});

describe('outcomes', () => {
  it('gives every trainee their final status when the class finishes, and follows later corrections', async () => {
    t = await createSetUpApp();
    const c = await assessedClass();
    await t.call('classes.setStatus', { id: c.klass.id, status: 'finished' });
    expect([c.andi, c.bayu, c.citra, c.dewi, c.eko].map((trainee) => statusOf(trainee.id))).toEqual([
      'graduated',
      'not_competent',
      'not_competent',
      'dropped_out',
      'not_competent',
    ]);
    const audit = t.app.handle.sqlite
      .prepare(
        "SELECT after_json FROM audit_log WHERE method = 'classes.setStatus' AND entity = 'enrolment' AND entity_id = ? AND after_json LIKE '%decidedBy%'",
      )
      .pluck()
      .all(c.bayu.id) as string[];
    expect(audit.map((row) => JSON.parse(row) as unknown)).toEqual([
      {
        status: 'not_competent',
        decidedBy: 'rules',
        reasons: [{ kind: 'units_not_competent', codes: ['J.620100.002.01'] }],
      },
    ]);

    // A re-assessment in the finished class changes the outcome at once.
    await t.call('assessment.record', {
      classId: c.klass.id,
      assessedOn: '2026-11-23',
      assessor: 'Budi',
      results: [{ enrolmentId: c.bayu.id, unitId: c.u2.id, result: 'competent' }],
    });
    expect(statusOf(c.bayu.id)).toBe('graduated');
    // So does a corrected attendance: Andi was in fact absent on two days (16 of 32 JP).
    const sessions = (await t.call('attendance.grid', { classId: c.klass.id })).sessions;
    for (const session of sessions.slice(0, 2)) {
      await t.call('attendance.save', { sessionId: session.id, marks: [{ enrolmentId: c.andi.id, mark: 'A' }] });
    }
    expect(statusOf(c.andi.id)).toBe('not_competent');
  });

  it('lets an admin override with a reason (audited), keeps it over the rules, and clears it', async () => {
    t = await createSetUpApp();
    const c = await assessedClass();
    expect(
      await t.fail('outcomes.override', {
        enrolmentId: c.citra.id,
        status: 'graduated',
        reason: 'Sakit, surat dokter',
      }),
    ).toMatchObject({
      code: 'CLASS_NOT_FINISHED',
    });
    await t.call('classes.setStatus', { id: c.klass.id, status: 'finished' });
    const reason = 'Dirawat di RSUD Panglima Sebaya, surat dokter; praktik susulan lulus';
    const sheet = await t.call('outcomes.override', { enrolmentId: c.citra.id, status: 'graduated', reason });
    const citra = sheet.trainees.find((trainee) => trainee.enrolmentId === c.citra.id);
    expect(citra).toMatchObject({
      status: 'graduated',
      computedOutcome: 'not_competent',
      override: { status: 'graduated', reason, operatorName: 'Admin BLK', at: '2026-11-23T02:00:00.000Z' },
    });
    const roster = (await t.call('classes.get', { id: c.klass.id })).roster;
    expect(roster.find((row) => row.enrolmentId === c.citra.id)?.outcomeOverride).toEqual({
      status: 'graduated',
      reason,
    });
    const audit = t.app.handle.sqlite
      .prepare("SELECT entity, before_json, after_json FROM audit_log WHERE method = 'outcomes.override'")
      .all() as { entity: string; before_json: string; after_json: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]?.before_json ?? '')).toEqual({ status: 'not_competent', override: null });
    expect(JSON.parse(audit[0]?.after_json ?? '')).toEqual({ status: 'graduated', reason });

    // The rules no longer decide for her: a new verdict leaves the override in place.
    await t.call('assessment.record', {
      classId: c.klass.id,
      assessedOn: '2026-11-23',
      assessor: 'Budi',
      results: [{ enrolmentId: c.citra.id, unitId: c.u1.id, result: 'not_yet_competent' }],
    });
    expect(statusOf(c.citra.id)).toBe('graduated');

    const cleared = await t.call('outcomes.clearOverride', { enrolmentId: c.citra.id });
    expect(cleared.trainees.find((trainee) => trainee.enrolmentId === c.citra.id)).toMatchObject({
      status: 'not_competent',
      override: null,
    });
    expect(t.app.handle.sqlite.prepare('SELECT count(*) FROM outcome_overrides').pluck().get()).toBe(0);
  });

  it('puts a dropout graduated by an override back to dropped out when the override is cleared, without offering the seat', async () => {
    t = await createSetUpApp();
    const c = await assessedClass();
    await t.call('classes.setStatus', { id: c.klass.id, status: 'finished' });
    await t.call('outcomes.override', {
      enrolmentId: c.dewi.id,
      status: 'graduated',
      reason: 'Keluar di hari terakhir',
    });
    expect(statusOf(c.dewi.id)).toBe('graduated');
    await t.call('outcomes.override', { enrolmentId: c.dewi.id, status: 'not_competent', reason: 'Koreksi' });
    await t.call('outcomes.clearOverride', { enrolmentId: c.dewi.id });
    expect(statusOf(c.dewi.id)).toBe('dropped_out');
    // Andi leaves after the end: his seat is not offered to anyone (the class is over).
    await t.call('outcomes.override', { enrolmentId: c.andi.id, status: 'dropped_out', reason: 'Ijazah ditolak' });
    expect(statusOf(c.andi.id)).toBe('dropped_out');
  });

  it('refuses to put a dropout back into a class whose seats are all taken, with a coded error', async () => {
    t = await createSetUpApp();
    const c = await assessedClass();
    await t.call('classes.setStatus', { id: c.klass.id, status: 'finished' });
    // The four who stayed hold every seat: Dewi's was taken while she was away.
    t.app.handle.sqlite.prepare('UPDATE classes SET quota = 4 WHERE id = ?').run(c.klass.id);
    expect(
      await t.fail('outcomes.override', { enrolmentId: c.dewi.id, status: 'graduated', reason: 'Ikut ujian akhir' }),
    ).toMatchObject({ code: 'CLASS_FULL' });
    expect(statusOf(c.dewi.id)).toBe('dropped_out');
    expect(t.app.handle.sqlite.prepare('SELECT count(*) FROM outcome_overrides').pluck().get()).toBe(0);
  });

  it('is for admins only', async () => {
    t = await createSetUpApp();
    const c = await assessedClass();
    await t.call('classes.setStatus', { id: c.klass.id, status: 'finished' });
    await t.call('operators.create', {
      username: 'loket',
      fullName: 'Petugas Loket',
      role: 'front_desk',
      password: 'loket12345',
    });
    const desk = t.app.createRouter();
    await t.call('auth.login', { username: 'loket', password: 'loket12345' }, desk);
    expect(
      await t.fail('outcomes.override', { enrolmentId: c.citra.id, status: 'graduated', reason: 'x' }, desk),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('BNSP competency test', () => {
  it('lists the graduates and records their test, valid three years from issue', async () => {
    t = await createSetUpApp();
    const c = await assessedClass();
    await t.call('classes.setStatus', { id: c.klass.id, status: 'finished' });
    const list = await t.call('bnsp.list', { classId: c.klass.id });
    expect(list.map((row) => [row.fullName, row.test])).toEqual([['Andi', null]]);
    expect(list[0]?.nik).toMatch(/^\d{16}$/);

    const leapDay = await t.call('bnsp.record', {
      enrolmentId: c.andi.id,
      testedOn: '2024-02-10',
      result: 'competent',
      lspName: 'LSP BLK Paser',
      certificateNo: 'TIK.123.00456.2024',
      issuedOn: '2024-02-29',
    });
    // SQLite's date('2024-02-29', '+3 years'), as the table's CHECK: 29 February 2027 does not exist.
    expect(leapDay.test).toEqual({
      testedOn: '2024-02-10',
      result: 'competent',
      lspName: 'LSP BLK Paser',
      certificateNo: 'TIK.123.00456.2024',
      issuedOn: '2024-02-29',
      expiresOn: '2027-03-01',
    });
    const corrected = await t.call('bnsp.record', {
      enrolmentId: c.andi.id,
      testedOn: '2026-11-20',
      result: 'competent',
      lspName: 'LSP BLK Paser',
      certificateNo: 'TIK.123.00456.2026',
      issuedOn: '2026-12-15',
    });
    expect(corrected.test).toMatchObject({ issuedOn: '2026-12-15', expiresOn: '2029-12-15' });
    const audit = t.app.handle.sqlite
      .prepare("SELECT entity, entity_id FROM audit_log WHERE method = 'bnsp.record'")
      .all();
    expect(audit).toEqual([
      { entity: 'bnsp_test', entity_id: c.andi.id },
      { entity: 'bnsp_test', entity_id: c.andi.id },
    ]);
    const failed = await t.call('bnsp.record', {
      enrolmentId: c.andi.id,
      testedOn: '2026-11-21',
      result: 'not_yet_competent',
      lspName: 'LSP BLK Paser',
    });
    expect(failed.test).toMatchObject({ certificateNo: '', issuedOn: null, expiresOn: null });
  });

  it('is only for graduates, and a competent result needs its certificate', async () => {
    t = await createSetUpApp();
    const c = await assessedClass();
    await t.call('classes.setStatus', { id: c.klass.id, status: 'finished' });
    const test = { testedOn: '2026-11-20', result: 'not_yet_competent', lspName: 'LSP BLK Paser' } as const;
    expect(await t.fail('bnsp.record', { enrolmentId: c.bayu.id, ...test })).toMatchObject({
      code: 'NOT_GRADUATED',
      params: { status: 'not_competent' },
    });
    expect(await t.fail('bnsp.record', { enrolmentId: c.andi.id, ...test, result: 'competent' })).toMatchObject({
      code: 'VALIDATION',
      fields: { certificateNo: 'certificate_required' },
    });
  });
});
