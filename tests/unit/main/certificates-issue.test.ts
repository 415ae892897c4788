import { afterEach, describe, expect, it } from 'vitest';
import { createSetUpApp, type TestApp } from '../helpers';
import { formatSerial } from '../../../src/main/features/certificates/serials';
import { finishedClass } from './certificates-fixture';

let t: TestApp;
afterEach(async () => t?.close());

const serials = (rows: { serial: string }[]) => rows.map((row) => row.serial);

describe('serial numbers', () => {
  it('formats the pattern with padding, year and programme code', () => {
    expect(formatSerial('{seq:4}/BLK-PSR/{programme}/{year}', { seq: 7, year: 2026, programme: 'OPK' })).toBe(
      '0007/BLK-PSR/OPK/2026',
    );
    expect(formatSerial('{year}.{seq:1}', { seq: 123, year: 2027, programme: 'X' })).toBe('2027.123');
    expect(formatSerial('S-{seq:6}-{year}-{programme}-{programme}', { seq: 42, year: 2026, programme: 'LAS' })).toBe(
      'S-000042-2026-LAS-LAS',
    );
  });

  it('issues in name order with the settings pattern, shows the next one as the example, and starts again each year', async () => {
    t = await createSetUpApp();
    const settings = await t.call('certificateSettings.get', {});
    await t.call('certificateSettings.save', { ...settings, serialPattern: '{seq:4}/BLK-PSR/{programme}/{year}' });
    const c = await finishedClass(t, ['Citra', 'Andi', 'Bayu'], { code: 'TKR' });
    const result = await t.call('certificates.issueForClass', { classId: c.klass.id });
    expect(result.issued.map((row) => [row.fullName, row.serial])).toEqual([
      ['Andi', '0001/BLK-PSR/TKR/2026'],
      ['Bayu', '0002/BLK-PSR/TKR/2026'],
      ['Citra', '0003/BLK-PSR/TKR/2026'],
    ]);
    expect((await t.call('certificateSettings.get', {})).serialExample).toBe('0004/BLK-PSR/OPK/2026');

    // New Year's Day in Paser (WITA) while it is still 31 December in UTC.
    t.clock.now = new Date('2026-12-31T16:30:00.000Z');
    expect((await t.call('certificateSettings.get', {})).serialExample).toBe('0001/BLK-PSR/OPK/2027');
    const next = await finishedClass(t, ['Dewi'], { code: 'LAS', className: 'Las Angkatan 1' });
    const issued = await t.call('certificates.issueForClass', { classId: next.klass.id });
    expect(issued.issued[0]).toMatchObject({ serial: '0001/BLK-PSR/LAS/2027', issuedOn: '2027-01-01' });
  });

  it('never gives two clerks issuing at once the same number', async () => {
    t = await createSetUpApp();
    const a = await finishedClass(t, ['A1', 'A2', 'A3', 'A4'], { code: 'AAA', className: 'Kelas A' });
    const b = await finishedClass(t, ['B1', 'B2', 'B3', 'B4'], { code: 'BBB', className: 'Kelas B' });
    const second = t.app.createRouter();
    await t.call('auth.login', { username: 'admin', password: 'rahasia123' }, second);
    const [ra, rb] = await Promise.all([
      t.call('certificates.issueForClass', { classId: a.klass.id }),
      t.call('certificates.issueForClass', { classId: b.klass.id }, second),
    ]);
    const all = [...serials(ra.issued), ...serials(rb.issued)];
    expect(new Set(all).size).toBe(8);
    const seqs = all.map((serial) => Number(serial.slice(0, 4))).sort((x, y) => x - y);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('issuing', () => {
  it('issues for graduates only, lists the rest, and is idempotent', async () => {
    t = await createSetUpApp();
    const c = await finishedClass(t, ['Andi', 'Bayu', 'Citra'], { failing: ['Bayu'] });
    const first = await t.call('certificates.issueForClass', { classId: c.klass.id });
    expect(first.issued.map((row) => row.fullName)).toEqual(['Andi', 'Citra']);
    expect(first.skipped).toEqual([{ enrolmentId: c.byName('Bayu'), fullName: 'Bayu', status: 'not_competent' }]);
    expect(first.alreadyIssued).toEqual([]);
    expect(first.issued[0]).toMatchObject({ programCode: 'OPK', className: c.klass.name, copies: 0, revoked: null });

    const again = await t.call('certificates.issueForClass', { classId: c.klass.id });
    expect(again.issued).toEqual([]);
    expect(serials(again.alreadyIssued)).toEqual(serials(first.issued));
    const one = await t.call('certificates.issue', { enrolmentId: c.byName('Andi') });
    expect(one).toMatchObject({ issued: [], alreadyIssued: [{ serial: first.issued[0]?.serial }] });

    expect(await t.fail('certificates.issue', { enrolmentId: c.byName('Bayu') })).toMatchObject({
      code: 'NOT_GRADUATED',
    });
    const candidates = await t.call('certificates.candidates', { classId: c.klass.id });
    expect(candidates.map((row) => [row.fullName, row.status, row.certificate?.serial ?? null])).toEqual([
      ['Andi', 'graduated', first.issued[0]?.serial],
      ['Bayu', 'not_competent', null],
      ['Citra', 'graduated', first.issued[1]?.serial],
    ]);
    const audit = t.app.handle.sqlite
      .prepare("SELECT count(*) FROM audit_log WHERE entity = 'certificate'")
      .pluck()
      .get() as number;
    expect(audit).toBe(2);
  });

  it('freezes what it certified: later edits of the trainee do not change the certificate', async () => {
    t = await createSetUpApp();
    const c = await finishedClass(t, ['Andi']);
    const [row] = (await t.call('certificates.issueForClass', { classId: c.klass.id })).issued;
    t.app.handle.sqlite.prepare("UPDATE participants SET full_name = 'Andi Baru' WHERE id = ?").run(row?.participantId);
    const payload = JSON.parse(
      t.app.handle.sqlite.prepare('SELECT payload_json FROM certificates WHERE id = ?').pluck().get(row?.id) as string,
    );
    expect(payload).toMatchObject({ fullName: 'Andi', programCode: 'OPK', totalJp: 40, startDate: '2026-11-02' });
    expect(payload.units).toHaveLength(3);
    expect(payload.units[0]).toMatchObject({ code: 'J.620100.001.01', jp: 16, result: 'competent' });
    const listed = await t.call('certificates.list', { search: 'andi' });
    expect(listed.rows[0]?.fullName).toBe('Andi');
  });

  it('refuses without the head of BLK name, consuming nothing', async () => {
    t = await createSetUpApp();
    const c = await finishedClass(t, ['Andi']);
    // The profile form requires the name; an older or hand-edited database may still lack it.
    t.app.handle.sqlite.pragma('ignore_check_constraints = ON');
    t.app.handle.sqlite.prepare("UPDATE settings SET head_name = ' '").run();
    t.app.handle.sqlite.pragma('ignore_check_constraints = OFF');
    expect(await t.fail('certificates.issueForClass', { classId: c.klass.id })).toMatchObject({
      code: 'HEAD_NAME_MISSING',
    });
    expect(
      t.app.handle.sqlite.prepare('SELECT count(*) FROM sequences WHERE name = ?').pluck().get('certificate'),
    ).toBe(0);
  });

  it('refuses a name the font cannot draw before taking a serial, so the next issue has no gap', async () => {
    t = await createSetUpApp();
    const c = await finishedClass(t, ['Andi', 'Bayu']);
    t.app.handle.sqlite.prepare("UPDATE participants SET full_name = 'Bayu 王' WHERE full_name = 'Bayu'").run();
    expect(await t.fail('certificates.issueForClass', { classId: c.klass.id })).toMatchObject({
      code: 'FONT_CANNOT_DRAW',
      params: { fullName: 'Bayu 王', characters: '王' },
    });
    expect(await t.fail('certificates.issue', { enrolmentId: c.byName('Bayu') })).toMatchObject({
      code: 'FONT_CANNOT_DRAW',
    });
    expect(t.app.handle.sqlite.prepare('SELECT count(*) FROM certificates').pluck().get()).toBe(0);
    const andi = await t.call('certificates.issue', { enrolmentId: c.byName('Andi') });
    expect(andi.issued[0]?.serial).toBe('0001/BLK/OPK/2026');
  });

  it('issues a new serial after a revocation, and refuses to revoke twice', async () => {
    t = await createSetUpApp();
    const c = await finishedClass(t, ['Andi']);
    const [first] = (await t.call('certificates.issue', { enrolmentId: c.byName('Andi') })).issued;
    expect(await t.fail('certificates.revoke', { certificateId: first?.id, reason: '  ' })).toMatchObject({
      code: 'VALIDATION',
    });
    const revoked = await t.call('certificates.revoke', { certificateId: first?.id ?? 0, reason: 'Salah ketik nama' });
    expect(revoked.revoked).toMatchObject({
      reason: 'Salah ketik nama',
      operatorName: 'Admin BLK',
      at: '2026-11-23T02:00:00.000Z',
    });
    expect(await t.fail('certificates.revoke', { certificateId: first?.id, reason: 'lagi' })).toMatchObject({
      code: 'CERTIFICATE_REVOKED',
      params: { serial: first?.serial },
    });
    const shownFor = async () =>
      (await t.call('certificates.candidates', { classId: c.klass.id }))[0]?.certificate ?? null;
    // The class list still says one was issued and revoked, until the replacement exists.
    expect(await shownFor()).toMatchObject({ serial: first?.serial, revoked: { reason: 'Salah ketik nama' } });
    const [second] = (await t.call('certificates.issue', { enrolmentId: c.byName('Andi') })).issued;
    expect(second?.serial).toBe('0002/BLK/OPK/2026');
    expect(await shownFor()).toMatchObject({ serial: '0002/BLK/OPK/2026', revoked: null });
    const list = await t.call('certificates.list', { search: '' });
    expect(list.rows.map((row) => [row.serial, row.revoked?.reason ?? null])).toEqual([
      ['0002/BLK/OPK/2026', null],
      ['0001/BLK/OPK/2026', 'Salah ketik nama'],
    ]);
  });
});
