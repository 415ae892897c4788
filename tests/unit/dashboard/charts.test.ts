import { afterEach, describe, expect, it } from 'vitest';
import { ageBand, rateOf } from '@shared/graduates';
import { createSetUpApp, type TestApp } from '../helpers';
import { districtCounts } from '../../../src/main/features/dashboard/trainees';
import { monthsOf } from '../../../src/main/features/dashboard/period';
import { OPK_DROPPED, OPK_FAILING, graduatesData } from './fixture';

let t: TestApp;
// Each test builds a BLK with finished classes through the router: seconds on a busy machine.
afterEach(async () => t?.close());

describe('rates', () => {
  it('state their denominator, and have no rate when nobody is in it', () => {
    expect(rateOf(0, 0)).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(rateOf(2, 5)).toEqual({ numerator: 2, denominator: 5, rate: 0.4 });
    expect(rateOf(0, 3)).toEqual({ numerator: 0, denominator: 3, rate: 0 });
  });

  it('age bands at their edges', () => {
    expect([19, 20, 24, 25, 29, 30, 34, 35, 44, 45, 70].map(ageBand)).toEqual([
      'under_20',
      '20_24',
      '20_24',
      '25_29',
      '25_29',
      '30_34',
      '30_34',
      '35_44',
      '35_44',
      '45_plus',
      '45_plus',
    ]);
  });

  it('months of a period include the empty ones and cross years', () => {
    expect(monthsOf('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('dashboard.charts', { timeout: 30_000 }, () => {
  it('placement rate per programme, funding source and year: placed / reached, the unreachable and never-followed-up in neither', async () => {
    t = await createSetUpApp();
    const { opk, las } = await graduatesData(t);
    const charts = await t.call('dashboard.charts', { from: '2026-01-01', to: '2027-12-31' });
    // OPK: employed + self-employed placed; studying, not working and "found later" reached too;
    // unreachable, "lost later" and never followed up are in neither number.
    expect(charts.placementRateByProgram).toEqual([
      { key: String(las.program.id), label: las.program.name, numerator: 1, denominator: 1, rate: 1 },
      { key: String(opk.program.id), label: opk.program.name, numerator: 2, denominator: 5, rate: 0.4 },
    ]);
    expect(charts.placementRateByFunding).toEqual([
      { key: 'apbn', label: 'APBN', numerator: 2, denominator: 5, rate: 0.4 },
      { key: 'apbd', label: 'APBD', numerator: 1, denominator: 1, rate: 1 },
      { key: 'dana_desa', label: 'Dana Desa', numerator: 0, denominator: 0, rate: null },
      { key: 'company', label: 'Kemitraan perusahaan / CSR', numerator: 0, denominator: 0, rate: null },
      { key: 'blk_komunitas', label: 'BLK Komunitas', numerator: 0, denominator: 0, rate: null },
      { key: 'self_funded', label: 'Mandiri (biaya sendiri)', numerator: 0, denominator: 0, rate: null },
    ]);
    // Graduation year = the class's end year; 2027 has no graduates: no rate, not 0 %.
    expect(charts.placementRateByYear).toEqual([
      { key: '2026', label: '2026', numerator: 3, denominator: 6, rate: 0.5 },
      { key: '2027', label: '2027', numerator: 0, denominator: 0, rate: null },
    ]);
  });

  it('graduation rate per programme: graduated / (graduated + not yet competent + dropped out) of classes that ended in the period', async () => {
    t = await createSetUpApp();
    const { opk, las } = await graduatesData(t);
    const statuses = await t.app.handle.db
      .selectFrom('enrolments')
      .select('status')
      .where('id', 'in', [opk.byName(OPK_FAILING), opk.byName(OPK_DROPPED)])
      .orderBy('id')
      .execute();
    expect(statuses.map((row) => row.status)).toEqual(['not_competent', 'dropped_out']);
    const charts = await t.call('dashboard.charts', { from: '2026-11-30', to: '2026-11-30' });
    expect(charts.graduationRateByProgram).toEqual([
      { key: String(las.program.id), label: las.program.name, numerator: 2, denominator: 2, rate: 1 },
      { key: String(opk.program.id), label: opk.program.name, numerator: 8, denominator: 10, rate: 0.8 },
    ]);
    // A period in which no class ended: nothing to rate.
    const before = await t.call('dashboard.charts', { from: '2026-11-01', to: '2026-11-29' });
    expect(before.graduationRateByProgram).toEqual([]);
    expect(before.placementRateByYear).toEqual([
      { key: '2026', label: '2026', numerator: 0, denominator: 0, rate: null },
    ]);
  });

  it('counts trainees of classes that started in the period by month, sex, age at the start, education and district', async () => {
    t = await createSetUpApp();
    const { opk } = await graduatesData(t);
    const db = t.app.handle.db;
    const participantOf = async (name: string) =>
      (
        await db
          .selectFrom('enrolments')
          .select('participantId')
          .where('id', '=', opk.byName(name))
          .executeTakeFirstOrThrow()
      ).participantId;
    // The class starts 2 November 2026: 18 the day before the birthday, 20 on it.
    await db
      .updateTable('participants')
      .set({ birthDate: '2007-11-03', sex: 'P', education: 'SMA' })
      .where('id', '=', await participantOf('Ani Employed'))
      .execute();
    await db
      .updateTable('participants')
      .set({ birthDate: '2006-11-02' })
      .where('id', '=', await participantOf('Budi Selfemployed'))
      .execute();
    // Typed districts merge whatever their case; an empty one falls back to the NIK (6401 05 = Kuaro).
    await db
      .updateTable('participants')
      .set({ district: 'Tanah Grogot' })
      .where('id', 'in', [await participantOf('Citra Studying'), await participantOf('Dedi Notworking')])
      .execute();
    await db
      .updateTable('participants')
      .set({ district: 'TANAH GROGOT' })
      .where('id', '=', await participantOf('Eka Unreachable'))
      .execute();
    await db
      .updateTable('participants')
      .set({ nik: '9999994403060001' })
      .where('id', '=', await participantOf('Fajar Never'))
      .execute();

    const charts = await t.call('dashboard.charts', { from: '2026-01-01', to: '2026-12-31' });
    expect(charts.enrolmentsPerMonth).toHaveLength(12);
    expect(charts.enrolmentsPerMonth.find((month) => month.key === '2026-11')).toEqual({ key: '2026-11', count: 12 });
    expect(charts.enrolmentsPerMonth.filter((month) => month.count > 0)).toHaveLength(1);
    expect(charts.bySex).toEqual([
      { key: 'L', count: 11 },
      { key: 'P', count: 1 },
    ]);
    expect(charts.byAgeBand).toEqual([
      { key: 'under_20', count: 1 },
      { key: '20_24', count: 1 },
      { key: '25_29', count: 10 },
      { key: '30_34', count: 0 },
      { key: '35_44', count: 0 },
      { key: '45_plus', count: 0 },
    ]);
    expect(charts.byEducation.find((row) => row.key === 'SMA')).toEqual({ key: 'SMA', count: 1 });
    expect(charts.byEducation.find((row) => row.key === 'SMK')).toEqual({ key: 'SMK', count: 11 });
    expect(charts.byDistrict).toEqual([
      { key: 'Kuaro', count: 8 },
      { key: 'Tanah Grogot', count: 3 },
      { key: '', count: 1 },
    ]);
    // Classes that start later are not counted.
    const nextYear = await t.call('dashboard.charts', { from: '2027-01-01', to: '2027-03-31' });
    expect(nextYear.bySex).toEqual([
      { key: 'L', count: 0 },
      { key: 'P', count: 0 },
    ]);
    expect(nextYear.byDistrict).toEqual([]);
  });

  it('keeps the ten largest districts by name and sums the tail under Lainnya', async () => {
    const rows = [
      ...Array.from({ length: 12 }, (_, index) => ({ key: `Desa ${String(index).padStart(2, '0')}`, n: 20 - index })),
      { key: '#640105', n: 3 },
      { key: '#000000', n: 2 },
    ];
    const counts = await districtCounts(rows);
    expect(counts).toHaveLength(11);
    expect(counts[0]).toEqual({ key: 'Desa 00', count: 20 });
    expect(counts[9]).toEqual({ key: 'Desa 09', count: 11 });
    // Desa 10 (10), Desa 11 (9), Kuaro (3) and the undecodable NIK (2).
    expect(counts[10]).toEqual({ key: '', count: 24 });
  });

  it('refuses a period that ends before it starts', async () => {
    t = await createSetUpApp();
    expect(await t.fail('dashboard.charts', { from: '2026-02-01', to: '2026-01-01' })).toMatchObject({
      code: 'VALIDATION',
    });
  });
});
