import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutputOf } from '@shared/contract';
import { createSetUpApp, type TestApp } from '../helpers';
import { reportChunk } from '../../../src/main/features/reports/jobs';
import { HEADER_ROW } from '../../../src/main/features/reports/xlsx';
import { SIAPKERJA_COLUMNS } from '../../../src/main/features/reports/siapkerja';
import { FOLLOW_UP_COLUMNS } from '../../../src/main/features/reports/follow-ups';
import { REALISATION_COLUMNS } from '../../../src/main/features/reports/realisation';
import { graduatesData } from './fixture';

let t: TestApp;
// Each test builds a BLK with finished classes through the router: seconds on a busy machine.
afterEach(async () => {
  reportChunk.rows = 5_000;
  await t?.close();
});

async function read(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as ExcelJS.CellValue[]).slice(1);

/** No cell holds a formula, on exceljs's reading and in the raw sheet XML. */
function expectNoFormulas(workbook: ExcelJS.Workbook, path: string): void {
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      }),
    ),
  );
  const xml = execFileSync('unzip', ['-p', path, 'xl/worksheets/*.xml']).toString('utf8');
  expect(xml).not.toMatch(/<f[ >]/);
}

/** Runs a job to the end; returns every state it went through. */
async function runJob(job: OutputOf<'reports.start'>) {
  if (!job) throw new Error('cancelled');
  const states = [job];
  let state = job;
  while (!state.finished) {
    state = await t.call('reports.continue', { jobId: job.jobId });
    states.push(state);
  }
  return states;
}

const tempFilesIn = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('reports', { timeout: 30_000 }, () => {
  it('siapkerja: participants in the upload’s column order, text as text, dates as dates, a formula-looking name kept as text', async () => {
    t = await createSetUpApp();
    const { opk } = await graduatesData(t);
    const db = t.app.handle.db;
    const hadi = await db
      .selectFrom('enrolments')
      .select('participantId')
      .where('id', '=', opk.byName('Hadi Found'))
      .executeTakeFirstOrThrow();
    await db
      .updateTable('participants')
      .set({
        fullName: '=HYPERLINK("http://evil.example","klik")',
        district: 'Tanah Grogot',
        regencyCode: '6401',
        village: 'Tepian Batang',
      })
      .where('id', '=', hadi.participantId)
      .execute();

    const job = await t.call('reports.start', { report: 'siapkerja', classId: opk.klass.id });
    expect(job).toMatchObject({ report: 'siapkerja', total: 10, written: 0, finished: false, path: null });
    const states = await runJob(job);
    const done = states[states.length - 1];
    expect(done).toMatchObject({ finished: true, written: 10, cancelled: false });
    const path = done?.path ?? '';
    expect(existsSync(path)).toBe(true);
    expect(tempFilesIn(dirname(path))).toEqual([]);

    const workbook = await read(path);
    expectNoFormulas(workbook, path);
    const sheet = sheetNamed(workbook, 'Peserta');
    expect(sheet.getCell(1, 1).value).toBe('DATA PESERTA PELATIHAN (UNGGAH SIAPKERJA)');
    expect(sheet.getCell(2, 1).value).toBe('UPTD BLK Paser');
    expect(rowValues(sheet, HEADER_ROW)).toEqual(SIAPKERJA_COLUMNS.map((column) => column.heading));
    expect(SIAPKERJA_COLUMNS.map((column) => column.heading).slice(0, 7)).toEqual([
      'No',
      'NIK',
      'Nama Lengkap',
      'Jenis Kelamin',
      'Tempat Lahir',
      'Tanggal Lahir',
      'Pendidikan Terakhir',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(sheet.getColumn(3).width).toBe(30);
    // Sorted by name: the "=HYPERLINK" name sorts first and stays a plain string.
    const first = sheet.getRow(HEADER_ROW + 1);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(2).value).toMatch(/^640105\d{10}$/);
    expect(first.getCell(3).value).toBe('=HYPERLINK("http://evil.example","klik")');
    expect(first.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(4).value).toBe('Laki-laki');
    expect(first.getCell(6).value).toEqual(new Date('2000-03-12T00:00:00.000Z'));
    expect(first.getCell(6).numFmt).toBe('dd/mm/yyyy');
    expect(rowValues(sheet, HEADER_ROW + 1).slice(8, 11)).toEqual(['Tepian Batang', 'Tanah Grogot', 'Kabupaten Paser']);
    expect(first.getCell(12).value).toBe('081234567890');
    expect(first.getCell(16).value).toEqual(new Date('2026-11-02T00:00:00.000Z'));
    expect(first.getCell(18).value).toBe('APBN');
    expect(first.getCell(19).value).toBe('Lulus / Kompeten');
    const statuses = Array.from({ length: 10 }, (_, index) => sheet.getRow(HEADER_ROW + 1 + index).getCell(19).value);
    expect(statuses.filter((status) => status === 'Belum Kompeten')).toHaveLength(1);
    expect(statuses.filter((status) => status === 'Mengundurkan diri')).toHaveLength(1);

    await t.call('reports.open', { jobId: job?.jobId ?? '' });
    expect(t.opened).toEqual([path]);
    // Asking again after the end only repeats the answer.
    expect(await t.call('reports.continue', { jobId: job?.jobId ?? '' })).toEqual(done);
  });

  it('realisation: one row per funding source with rates and their denominators, and a total computed in code', async () => {
    t = await createSetUpApp();
    await graduatesData(t);
    const job = await t.call('reports.start', { report: 'realisation', from: '2026-01-01', to: '2026-12-31' });
    const states = await runJob(job);
    const path = states[states.length - 1]?.path ?? '';
    const workbook = await read(path);
    expectNoFormulas(workbook, path);
    const sheet = sheetNamed(workbook, 'Realisasi');
    expect(rowValues(sheet, HEADER_ROW)).toEqual(REALISATION_COLUMNS.map((column) => column.heading));
    // No, source, classes, JP, trainees, graduated, finished, graduation rate, placed, reached, placement rate.
    expect(rowValues(sheet, HEADER_ROW + 1)).toEqual([1, 'APBN', 1, 40, 10, 8, 10, 0.8, 2, 5, 0.4]);
    expect(rowValues(sheet, HEADER_ROW + 2)).toEqual([2, 'APBD', 1, 40, 2, 2, 2, 1, 1, 1, 1]);
    // A source without classes: zeros, and no rate rather than 0 %.
    const dana = sheet.getRow(HEADER_ROW + 3);
    expect(dana.getCell(2).value).toBe('Dana Desa');
    expect(dana.getCell(8).value).toBeNull();
    expect(dana.getCell(8).numFmt).toBe('0.0%');
    expect(rowValues(sheet, HEADER_ROW + 7)).toEqual([undefined, 'Jumlah', 2, 80, 12, 10, 12, 10 / 12, 3, 6, 0.5]);

    const apbdOnly = await t.call('reports.start', {
      report: 'realisation',
      from: '2026-01-01',
      to: '2026-12-31',
      fundingSource: 'apbd',
    });
    expect(apbdOnly?.total).toBe(1);
  });

  it('followUps: one row per graduate with the latest outcome and its facts, and summaries per programme and per funding source', async () => {
    t = await createSetUpApp();
    const { opk } = await graduatesData(t);
    reportChunk.rows = 3;
    const job = await t.call('reports.start', { report: 'followUps', from: '2026-11-01', to: '2026-11-30' });
    expect(job?.total).toBe(10);
    const states = await runJob(job);
    // 10 rows in chunks of 3: 3, 6, 9, then the last one commits.
    expect(states.map((state) => state.written)).toEqual([0, 3, 6, 9, 10]);
    const path = states[states.length - 1]?.path ?? '';
    const workbook = await read(path);
    expectNoFormulas(workbook, path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Alumni', 'Per Program', 'Per Sumber Dana']);
    const sheet = sheetNamed(workbook, 'Alumni');
    expect(rowValues(sheet, HEADER_ROW)).toEqual(FOLLOW_UP_COLUMNS.map((column) => column.heading));
    const rows = Array.from({ length: 10 }, (_, index) => sheet.getRow(HEADER_ROW + 1 + index));
    const ani = rows.find((row) => row.getCell(3).value === 'Ani Employed');
    expect(ani && (ani.values as ExcelJS.CellValue[]).slice(6)).toEqual([
      opk.program.name,
      'OPK Angkatan 1 2026',
      'APBN',
      new Date('2026-11-30T00:00:00.000Z'),
      'Bekerja',
      new Date('2027-03-05T00:00:00.000Z'),
      'Telepon',
      3,
      'PT Kideco Jaya Agung',
      'Pertambangan dan penggalian',
      'Operator =HYPERLINK("http://x")',
      'Formal',
      undefined, // no business type for an employee: an empty cell
      'Rp 3.000.000 – Rp 5.000.000',
    ]);
    expect(ani?.getCell(16).type).toBe(ExcelJS.ValueType.String);
    const fajar = rows.find((row) => row.getCell(3).value === 'Fajar Never');
    expect(fajar?.getCell(10).value).toBe('Belum ditelusuri');
    expect(fajar?.getCell(11).value).toBeNull();
    const budi = rows.find((row) => row.getCell(3).value === 'Budi Selfemployed');
    expect([budi?.getCell(10).value, budi?.getCell(18).value]).toEqual(['Wirausaha', 'Servis laptop']);

    const summary = sheetNamed(workbook, 'Per Program');
    expect(rowValues(summary, HEADER_ROW)).toEqual([
      'No',
      'Program Pelatihan',
      'Jumlah Alumni',
      'Bekerja',
      'Wirausaha',
      'Melanjutkan studi',
      'Belum bekerja',
      'Tidak dapat dihubungi',
      'Belum ditelusuri',
      'Bekerja + Wirausaha',
      'Alumni Terhubungi',
      'Tingkat Penempatan',
    ]);
    expect(rowValues(summary, HEADER_ROW + 1)).toEqual([
      1,
      expect.stringContaining('LAS'),
      2,
      1,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
    ]);
    expect(rowValues(summary, HEADER_ROW + 2)).toEqual([2, opk.program.name, 8, 1, 1, 1, 2, 2, 1, 2, 5, 0.4]);
    expect(rowValues(summary, HEADER_ROW + 3)).toEqual([undefined, 'Jumlah', 10, 2, 1, 1, 2, 2, 2, 3, 6, 0.5]);
    // The same graduates by funding source, in the ministry's order: OPK ran on APBN, LAS on APBD.
    const byFunding = sheetNamed(workbook, 'Per Sumber Dana');
    expect(rowValues(byFunding, HEADER_ROW)[1]).toBe('Sumber Dana');
    expect(rowValues(byFunding, HEADER_ROW + 1)).toEqual([1, 'APBN', 8, 1, 1, 1, 2, 2, 1, 2, 5, 0.4]);
    expect(rowValues(byFunding, HEADER_ROW + 2)).toEqual([2, 'APBD', 2, 1, 0, 0, 0, 0, 1, 1, 1, 1]);
    expect(rowValues(byFunding, HEADER_ROW + 3)).toEqual([undefined, 'Jumlah', 10, 2, 1, 1, 2, 2, 2, 3, 6, 0.5]);

    const oneClass = await t.call('reports.start', {
      report: 'followUps',
      from: '2026-11-01',
      to: '2026-11-30',
      classId: opk.klass.id,
    });
    expect(oneClass?.total).toBe(8);
  });

  it('cancel leaves no file; an unknown or cancelled job is gone; a cancelled dialog starts nothing', async () => {
    t = await createSetUpApp();
    await graduatesData(t);
    reportChunk.rows = 2;
    const job = await t.call('reports.start', { report: 'followUps', from: '2026-11-01', to: '2026-11-30' });
    if (!job) throw new Error('no job');
    const progress = await t.call('reports.continue', { jobId: job.jobId });
    expect(progress).toMatchObject({ written: 2, finished: false, path: null });
    // Not finished: nothing to open yet.
    expect(await t.fail('reports.open', { jobId: job.jobId })).toMatchObject({ code: 'EXPORT_JOB_GONE' });
    const cancelled = await t.call('reports.cancel', { jobId: job.jobId });
    expect(cancelled).toMatchObject({ cancelled: true, finished: false, path: null });
    const output = readdirSync(t.dataDir, { recursive: true }).map(String);
    expect(output.filter((name) => name.endsWith('.xlsx') || name.endsWith('.tmp'))).toEqual([]);

    expect(await t.fail('reports.continue', { jobId: job.jobId })).toMatchObject({ code: 'EXPORT_JOB_GONE' });
    expect(await t.fail('reports.continue', { jobId: 'no-such-job' })).toMatchObject({ code: 'EXPORT_JOB_GONE' });
    expect(await t.fail('reports.cancel', { jobId: 'no-such-job' })).toMatchObject({ code: 'EXPORT_JOB_GONE' });
    expect(await t.fail('reports.open', { jobId: 'no-such-job' })).toMatchObject({ code: 'EXPORT_JOB_GONE' });

    t.platform.chooseSavePath = async () => null;
    expect(await t.call('reports.start', { report: 'realisation', from: '2026-01-01', to: '2026-12-31' })).toBeNull();
    expect(await t.call('dashboard.exportChart', { chart: 'bySex', from: '2026-01-01', to: '2026-12-31' })).toBeNull();
  });

  it('a missing target folder is FILE_WRITE_FAILED, and nothing is left', async () => {
    t = await createSetUpApp();
    await graduatesData(t);
    t.platform.chooseSavePath = async () => `${t.dataDir}/no-such-folder/Laporan.xlsx`;
    expect(
      await t.fail('reports.start', { report: 'realisation', from: '2026-01-01', to: '2026-12-31' }),
    ).toMatchObject({
      code: 'FILE_WRITE_FAILED',
    });
  });

  it('a class that does not exist is NOT_FOUND', async () => {
    t = await createSetUpApp();
    expect(await t.fail('reports.start', { report: 'siapkerja', classId: 999 })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('dashboard.exportChart', { timeout: 30_000 }, () => {
  it('writes a rate chart as numerator, denominator and percentage, with a total', async () => {
    t = await createSetUpApp();
    await graduatesData(t);
    const written = await t.call('dashboard.exportChart', {
      chart: 'placementRateByFunding',
      from: '2026-01-01',
      to: '2027-12-31',
    });
    expect(written?.fileName).toBe('Penempatan-per-Sumber-Dana-2026-01-01-sd-2027-12-31.xlsx');
    const path = written?.path ?? '';
    const workbook = await read(path);
    expectNoFormulas(workbook, path);
    const sheet = sheetNamed(workbook, 'Data');
    expect(sheet.getCell(1, 1).value).toBe('Tingkat Penempatan per Sumber Dana');
    expect(sheet.getCell(3, 1).value).toBe('Periode 1 Januari 2026 – 31 Desember 2027');
    expect(rowValues(sheet, HEADER_ROW)).toEqual([
      'No',
      'Sumber Dana',
      'Bekerja + wirausaha',
      'Alumni terhubungi',
      'Persentase',
    ]);
    expect(rowValues(sheet, HEADER_ROW + 1)).toEqual([1, 'APBN', 2, 5, 0.4]);
    expect(sheet.getCell(HEADER_ROW + 1, 5).numFmt).toBe('0.0%');
    expect((sheet.getRow(HEADER_ROW + 3).values as ExcelJS.CellValue[]).slice(1, 5)).toEqual([3, 'Dana Desa', 0, 0]);
    expect(sheet.getCell(HEADER_ROW + 3, 5).value).toBeNull();
    expect(rowValues(sheet, HEADER_ROW + 7)).toEqual([undefined, 'Jumlah', 3, 6, 0.5]);
  });

  it('writes a count chart with Indonesian labels', async () => {
    t = await createSetUpApp();
    await graduatesData(t);
    const written = await t.call('dashboard.exportChart', { chart: 'bySex', from: '2026-01-01', to: '2026-12-31' });
    const sheet = sheetNamed(await read(written?.path ?? ''), 'Data');
    expect(rowValues(sheet, HEADER_ROW)).toEqual(['No', 'Jenis Kelamin', 'Jumlah Peserta']);
    expect(rowValues(sheet, HEADER_ROW + 1)).toEqual([1, 'Laki-laki', 12]);
    expect(rowValues(sheet, HEADER_ROW + 2)).toEqual([2, 'Perempuan', 0]);
    expect(rowValues(sheet, HEADER_ROW + 3)).toEqual([undefined, 'Jumlah', 12]);

    const months = await t.call('dashboard.exportChart', {
      chart: 'enrolmentsPerMonth',
      from: '2026-10-01',
      to: '2026-12-31',
    });
    const monthSheet = sheetNamed(await read(months?.path ?? ''), 'Data');
    expect([6, 7, 8, 9, 10].map((row) => rowValues(monthSheet, HEADER_ROW + row - 6).slice(1, 3))).toEqual([
      ['Bulan', 'Jumlah Peserta'],
      ['Oktober 2026', 0],
      ['November 2026', 12],
      ['Desember 2026', 0],
      ['Jumlah', 12],
    ]);
  });
});
