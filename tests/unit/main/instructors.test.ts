import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf } from '@shared/contract';
import { createSetUpApp, paserNik, type TestApp } from '../helpers';

let t: TestApp;
afterEach(async () => t?.close());

// The helpers' clock: 23 November 2026 (WITA).
const cert = (expiresOn: string, number = 'KOMP-001') => ({
  number,
  issuer: 'BNSP / LSP P1 BLK Paser',
  issuedOn: '2023-01-10',
  expiresOn,
});

function instructor(overrides: Partial<InputOf<'instructors.create'>> = {}): InputOf<'instructors.create'> {
  return {
    nik: paserNik('1985-06-15', 'L'),
    fullName: 'Rahmat Hidayat',
    phone: '0812 5555 1234',
    employerKind: 'blk',
    trades: ['Las', 'Fabrikasi Logam'],
    competency: cert('2028-01-10'),
    methodology: cert('2027-06-30', 'METO-7'),
    ...overrides,
  };
}

const audits = () =>
  t.app.handle.sqlite.prepare("SELECT count(*) FROM audit_log WHERE entity = 'instructor'").pluck().get() as number;

describe('instructors', () => {
  it('creates an instructor with trades and both certificates, audited', async () => {
    t = await createSetUpApp();
    const input = instructor();
    const created = await t.call('instructors.create', input);
    expect(created).toEqual({
      id: created.id,
      nik: input.nik,
      fullName: 'Rahmat Hidayat',
      phone: '081255551234',
      employerKind: 'blk',
      employerName: '',
      trades: ['Fabrikasi Logam', 'Las'],
      competency: { ...cert('2028-01-10'), state: 'valid', daysLeft: 413 },
      methodology: { ...cert('2027-06-30', 'METO-7'), state: 'valid', daysLeft: 219 },
      active: true,
    });
    expect(await t.call('instructors.get', { id: created.id })).toEqual(created);
    expect(audits()).toBe(1);
  });

  it('replaces trades and certificates on update (null = none on file)', async () => {
    t = await createSetUpApp();
    const input = instructor();
    const created = await t.call('instructors.create', input);
    const updated = await t.call('instructors.update', {
      ...input,
      id: created.id,
      employerKind: 'partner',
      employerName: 'PT Kideco Jaya Agung',
      trades: ['Otomotif', 'otomotif', 'Las'],
      competency: null,
      methodology: cert('2029-01-01', 'METO-8'),
    });
    expect(updated).toMatchObject({
      employerKind: 'partner',
      employerName: 'PT Kideco Jaya Agung',
      trades: ['Las', 'Otomotif'],
      competency: null,
      methodology: { number: 'METO-8', expiresOn: '2029-01-01', state: 'valid' },
    });
    const rows = t.app.handle.sqlite
      .prepare('SELECT kind FROM instructor_certificates WHERE instructor_id = ?')
      .pluck()
      .all(created.id);
    expect(rows).toEqual(['methodology']);
    expect(audits()).toBe(2);
    expect(await t.fail('instructors.update', { ...input, id: 999 })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a NIK another instructor holds, and a NIK that cannot be one', async () => {
    t = await createSetUpApp();
    const first = await t.call('instructors.create', instructor());
    const second = await t.call('instructors.create', instructor({ fullName: 'Siti Aminah' }));
    expect(await t.fail('instructors.create', instructor({ nik: first.nik }))).toMatchObject({
      code: 'INSTRUCTOR_NIK_TAKEN',
      fields: { nik: 'instructor_nik_taken' },
      params: { id: first.id, fullName: 'Rahmat Hidayat' },
    });
    expect(await t.fail('instructors.update', { ...instructor({ nik: first.nik }), id: second.id })).toMatchObject({
      code: 'INSTRUCTOR_NIK_TAKEN',
    });
    // Keeping one's own NIK is fine.
    await t.call('instructors.update', { ...instructor({ nik: first.nik }), id: first.id });
    expect(await t.fail('instructors.create', instructor({ nik: '6401053213850001' }))).toMatchObject({
      code: 'NIK_INVALID',
      fields: { nik: 'nik_date' },
    });
    expect(audits()).toBe(3);
  });

  it('requires the employer name of a partner company instructor', async () => {
    t = await createSetUpApp();
    expect(
      await t.fail('instructors.create', instructor({ employerKind: 'partner', employerName: '  ' })),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: { employerName: 'required' },
    });
    const created = await t.call('instructors.create', instructor({ employerName: 'Sisa isian' }));
    expect(created.employerName).toBe('');
  });

  it('refuses a certificate that expires before it was issued', async () => {
    t = await createSetUpApp();
    const error = await t.fail('instructors.create', instructor({ competency: { ...cert('2022-01-01') } }));
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { 'competency.expiresOn': 'cert_dates' } });
  });

  it.each([
    ['2026-11-23', 'expiring', 0],
    ['2026-11-22', 'expired', -1],
    ['2027-01-22', 'expiring', 60],
    ['2027-01-23', 'valid', 61],
  ] as const)('a certificate expiring on %s is %s with %i days left', async (expiresOn, state, daysLeft) => {
    t = await createSetUpApp();
    const created = await t.call('instructors.create', instructor({ competency: cert(expiresOn) }));
    expect(created.competency).toMatchObject({ state, daysLeft });
  });

  it('lists by name, active only unless asked', async () => {
    t = await createSetUpApp();
    await t.call('instructors.create', instructor({ fullName: 'yusuf' }));
    await t.call('instructors.create', instructor({ fullName: 'Andi Saputra' }));
    await t.call('instructors.create', instructor({ fullName: 'Mawar', active: false }));
    expect((await t.call('instructors.list', {})).map((row) => row.fullName)).toEqual(['Andi Saputra', 'yusuf']);
    expect((await t.call('instructors.list', { includeInactive: true })).map((row) => row.fullName)).toEqual([
      'Andi Saputra',
      'Mawar',
      'yusuf',
    ]);
  });

  it('warns about missing, lapsed and soon-lapsing certificates, most urgent first, active instructors only', async () => {
    t = await createSetUpApp();
    const good = await t.call('instructors.create', instructor({ fullName: 'Baik Semua' }));
    const lapsed = await t.call(
      'instructors.create',
      instructor({ fullName: 'Lewat', competency: cert('2026-10-01'), methodology: cert('2026-11-20') }),
    );
    const soon = await t.call(
      'instructors.create',
      instructor({ fullName: 'Segera', competency: cert('2026-12-01'), methodology: null }),
    );
    const today = await t.call(
      'instructors.create',
      instructor({ fullName: 'Hari Ini', methodology: cert('2026-11-23') }),
    );
    const none = await t.call(
      'instructors.create',
      instructor({ fullName: 'Belum Ada', competency: null, methodology: null }),
    );
    await t.call(
      'instructors.create',
      instructor({ fullName: 'Nonaktif', competency: cert('2026-01-01'), methodology: null, active: false }),
    );
    const warnings = await t.call('instructors.warnings', {});
    expect(warnings.map((w) => [w.fullName, w.kind, w.state, w.daysLeft, w.expiresOn])).toEqual([
      ['Lewat', 'competency', 'expired', -53, '2026-10-01'],
      ['Lewat', 'methodology', 'expired', -3, '2026-11-20'],
      ['Hari Ini', 'methodology', 'expiring', 0, '2026-11-23'],
      ['Segera', 'competency', 'expiring', 8, '2026-12-01'],
      ['Belum Ada', 'competency', 'missing', null, null],
      ['Belum Ada', 'methodology', 'missing', null, null],
      ['Segera', 'methodology', 'missing', null, null],
    ]);
    expect(warnings.some((w) => w.instructorId === good.id)).toBe(false);
    expect(new Set(warnings.map((w) => w.instructorId))).toEqual(new Set([lapsed.id, soon.id, today.id, none.id]));
    // Warnings follow the clock: a week later the 8-day one has 1 day left.
    t.clock.now = new Date('2026-11-30T02:00:00.000Z');
    expect((await t.call('instructors.warnings', {})).find((w) => w.instructorId === soon.id)).toMatchObject({
      daysLeft: 1,
    });
  });
});
