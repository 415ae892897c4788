import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSetUpApp, person, programmeWithClass, type TestApp } from '../helpers';

let t: TestApp;
afterEach(async () => t?.close());

async function enrolNew(classId: number, overrides: Parameters<typeof person>[0] = {}) {
  const created = await t.call('participants.create', person(overrides));
  return t.call('enrolments.enroll', { participantId: created.id, classId });
}

describe('enrolment', () => {
  it('registers a walk-in with a per-year registration number', async () => {
    t = await createSetUpApp();
    const { klass } = await programmeWithClass(t);
    const first = await enrolNew(klass.id);
    const second = await enrolNew(klass.id);
    expect(first).toMatchObject({ registrationNo: 'PND-2026-00001', status: 'registered', reserveRank: null });
    expect(second.registrationNo).toBe('PND-2026-00002');
    expect(await t.call('classes.get', { id: klass.id })).toMatchObject({ seatsTaken: 2, reserveCount: 0 });
  });

  it('shows every rule with its reason and refuses a 16-year-old', async () => {
    t = await createSetUpApp();
    const { klass } = await programmeWithClass(t, {
      rules: { minAge: 17, maxAge: 35, minEducation: 'SMA', domicileRegencyCode: '6401' },
    });
    const teen = await t.call('participants.create', person({ birthDate: '2010-01-15', education: 'SMP' }));
    const report = await t.call('enrolments.check', { participantId: teen.id, classId: klass.id });
    expect(report.eligible).toBe(false);
    expect(report.outcomes).toEqual([
      { rule: 'min_age', passed: false, params: { age: 16, limit: 17 } },
      { rule: 'max_age', passed: true, params: { age: 16, limit: 35 } },
      { rule: 'min_education', passed: false, params: { education: 'SMP', limit: 'SMA' } },
      { rule: 'domicile', passed: true, params: { regency: '6401' } },
      { rule: 'no_overlap', passed: true, params: {} },
    ]);
    const error = await t.fail('enrolments.enroll', { participantId: teen.id, classId: klass.id });
    expect(error).toMatchObject({ code: 'NOT_ELIGIBLE', params: { rules: 'min_age,min_education' } });
    expect((await t.call('classes.get', { id: klass.id })).roster).toEqual([]);
  });

  it('lets only an admin override a failed rule, with the reason kept and audited', async () => {
    t = await createSetUpApp();
    const { klass } = await programmeWithClass(t);
    const teen = await t.call('participants.create', person({ birthDate: '2010-01-15' }));
    await t.call('operators.create', {
      username: 'loket',
      fullName: 'Petugas Loket',
      role: 'front_desk',
      password: 'loket12345',
    });
    const desk = t.app.createRouter();
    await t.call('auth.login', { username: 'loket', password: 'loket12345' }, desk);
    const overrides = [{ rule: 'min_age' as const, reason: 'Rekomendasi Disnakertrans, surat 12/2026' }];
    expect(
      await t.fail('enrolments.enroll', { participantId: teen.id, classId: klass.id, overrides }, desk),
    ).toMatchObject({
      code: 'OVERRIDE_NOT_ALLOWED',
    });
    expect(
      await t.fail('enrolments.enroll', {
        participantId: teen.id,
        classId: klass.id,
        overrides: [{ rule: 'min_age', reason: '  ' }],
      }),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: { 'overrides.0.reason': 'required' },
    });
    const enrolment = await t.call('enrolments.enroll', { participantId: teen.id, classId: klass.id, overrides });
    const roster = (await t.call('classes.get', { id: klass.id })).roster;
    expect(roster[0]).toMatchObject({
      enrolmentId: enrolment.id,
      overrides: [{ rule: 'min_age', reason: overrides[0]?.reason }],
    });
    const audit = t.app.handle.sqlite
      .prepare("SELECT after_json FROM audit_log WHERE method = 'enrolments.enroll'")
      .pluck()
      .get() as string;
    expect(JSON.parse(audit)).toMatchObject({ overrides: [{ rule: 'min_age' }] });
  });

  it('never enrols twice, even for two calls at once (a double click)', async () => {
    t = await createSetUpApp();
    const { klass } = await programmeWithClass(t);
    const budi = await t.call('participants.create', person());
    const results = await Promise.all([
      t.router.dispatch('enrolments.enroll', { participantId: budi.id, classId: klass.id }),
      t.router.dispatch('enrolments.enroll', { participantId: budi.id, classId: klass.id }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      error: { code: 'ALREADY_ENROLLED', params: { registrationNo: 'PND-2026-00001' } },
    });
    expect((await t.call('classes.get', { id: klass.id })).roster).toHaveLength(1);
  });

  it('puts the next person on the reserve list when the class is full, and offers a freed seat in order', async () => {
    t = await createSetUpApp();
    const { klass } = await programmeWithClass(t, { quota: 2 });
    const a = await enrolNew(klass.id, { fullName: 'Andi' });
    await enrolNew(klass.id, { fullName: 'Bayu' });
    const c = await enrolNew(klass.id, { fullName: 'Citra', sex: 'P' });
    const d = await enrolNew(klass.id, { fullName: 'Dewi', sex: 'P' });
    expect([c.status, c.reserveRank, d.reserveRank]).toEqual(['reserve', 1, 2]);
    expect(await t.call('enrolments.check', { participantId: c.participantId, classId: klass.id })).toMatchObject({
      alreadyEnrolled: true,
    });

    const change = await t.call('enrolments.setStatus', {
      enrolmentId: a.id,
      status: 'rejected',
      note: 'Dokumen tidak lengkap',
    });
    expect(change.promoted).toEqual({ enrolmentId: c.id, fullName: 'Citra' });
    const roster = (await t.call('classes.get', { id: klass.id })).roster;
    expect(roster.map((row) => [row.fullName, row.status])).toEqual([
      ['Bayu', 'registered'],
      ['Citra', 'registered'],
      ['Dewi', 'reserve'],
      ['Andi', 'rejected'],
    ]);
    expect(roster[1]?.offeredAt).toBe(t.clock.now.toISOString());
  });

  it('offers seats to the reserve list when the quota grows, and refuses a quota below the seats taken', async () => {
    t = await createSetUpApp();
    const { klass } = await programmeWithClass(t, { quota: 1 });
    await enrolNew(klass.id);
    const reserve = await enrolNew(klass.id);
    const update = {
      programId: klass.programId,
      name: klass.name,
      startDate: klass.startDate,
      endDate: klass.endDate,
      status: 'open' as const,
    };
    await t.call('classes.update', { ...update, id: klass.id, quota: 2 });
    expect(
      (await t.call('classes.get', { id: klass.id })).roster.find((row) => row.enrolmentId === reserve.id)?.status,
    ).toBe('registered');
    expect(await t.fail('classes.update', { ...update, id: klass.id, quota: 1 })).toMatchObject({
      code: 'QUOTA_BELOW_ENROLLED',
    });
  });

  it('walks the selection flow and refuses a jump', async () => {
    t = await createSetUpApp();
    const { klass } = await programmeWithClass(t);
    const enrolment = await enrolNew(klass.id);
    expect(await t.fail('enrolments.setStatus', { enrolmentId: enrolment.id, status: 'in_training' })).toMatchObject({
      code: 'STATUS_TRANSITION_INVALID',
      params: { from: 'registered', to: 'in_training' },
    });
    for (const status of ['accepted', 'reregistered', 'in_training'] as const) {
      await t.call('enrolments.setStatus', { enrolmentId: enrolment.id, status });
    }
    expect((await t.call('participants.get', { id: enrolment.participantId })).enrolments[0]?.status).toBe(
      'in_training',
    );
  });

  it('refuses an overlapping class and a closed class', async () => {
    t = await createSetUpApp();
    const first = await programmeWithClass(t, { code: 'OPK' });
    const second = await programmeWithClass(t, { code: 'LAS', startDate: '2027-01-10', endDate: '2027-02-20' });
    const enrolment = await enrolNew(first.klass.id);
    const report = await t.call('enrolments.check', {
      participantId: enrolment.participantId,
      classId: second.klass.id,
    });
    expect(report.outcomes.find((outcome) => outcome.rule === 'no_overlap')).toMatchObject({
      passed: false,
      params: { className: first.klass.name },
    });
    for (const status of ['running', 'finished', 'closed'] as const) {
      await t.call('classes.setStatus', { id: second.klass.id, status });
    }
    const other = await t.call('participants.create', person());
    expect(await t.fail('enrolments.enroll', { participantId: other.id, classId: second.klass.id })).toMatchObject({
      code: 'CLASS_NOT_OPEN',
    });
  });

  it('keeps a class from holding more seats than its quota, whatever writes to it', async () => {
    t = await createSetUpApp();
    const { klass } = await programmeWithClass(t, { quota: 1 });
    const taken = await enrolNew(klass.id);
    const reserve = await enrolNew(klass.id);
    const forceSeat = () =>
      t.app.handle.sqlite
        .prepare("UPDATE enrolments SET status = 'registered', reserve_position = NULL WHERE id = ?")
        .run(reserve.id);
    expect(forceSeat).toThrow(/CLASS_FULL/);
    expect(taken.status).toBe('registered');
  });

  it('writes the registration receipt with the person on it', async () => {
    t = await createSetUpApp();
    const { klass } = await programmeWithClass(t);
    const enrolment = await enrolNew(klass.id, { fullName: 'Siti Nurhaliza', sex: 'P', birthDate: '1999-01-05' });
    const file = await t.call('enrolments.printReceipt', { enrolmentId: enrolment.id, locale: 'id' });
    expect(file?.fileName).toBe('Tanda-Terima-PND-2026-00001.pdf');
    expect(t.opened).toEqual([file?.path]);
    const text = execFileSync('pdftotext', ['-layout', file?.path ?? '', '-'], { encoding: 'utf8' });
    expect(text).toContain('Siti Nurhaliza');
    expect(text).toContain('PND-2026-00001');
    expect(text).toContain(klass.name);
  });

  it('says so, with nothing half-written, when the receipt cannot be written', async () => {
    t = await createSetUpApp();
    const { klass } = await programmeWithClass(t);
    const enrolment = await enrolNew(klass.id);
    const output = join(t.dataDir, 'output');
    // A folder squatting on the file name makes the final rename fail.
    mkdirSync(join(output, 'Tanda-Terima-PND-2026-00001.pdf'), { recursive: true });
    const error = await t.fail('enrolments.printReceipt', { enrolmentId: enrolment.id });
    expect(error).toMatchObject({ code: 'FILE_WRITE_FAILED', params: { reason: expect.any(String) } });
    expect(readdirSync(output)).toEqual(['Tanda-Terima-PND-2026-00001.pdf']);
    expect(t.opened).toEqual([]);
  });
});
