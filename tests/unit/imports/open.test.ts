import { closeSync, openSync, ftruncateSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS } from '@shared/contract/imports';
import { createSetUpApp, type TestApp } from '../helpers';
import { csvText, HEADINGS, openFile, personRow, writeTemp } from './fixture';

let t: TestApp;
afterEach(async () => t?.close());

const SUGGESTED = {
  nik: 1,
  fullName: 2,
  birthPlace: 3,
  birthDate: 4,
  sex: 5,
  street: 6,
  phone: 7,
  education: 8,
  activity: 9,
};

describe('imports.open', () => {
  it('reads a semicolon CSV (as Indonesian Excel saves it) and suggests the mapping from the headings', async () => {
    t = await createSetUpApp();
    const rows = [personRow(1), personRow(2, { street: 'Jl. Mawar; RT 02' })];
    const file = await openFile(t, writeTemp(t, 'peserta.csv', csvText(rows, ';')));
    expect(file).toMatchObject({
      fileName: 'peserta.csv',
      format: 'csv',
      headers: [...HEADINGS],
      rowCount: 2,
      suggestedMapping: SUGGESTED,
    });
    expect(file.sample[1]?.[6]).toBe('Jl. Mawar; RT 02');
    expect(file.importId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reads a comma CSV and a tab-separated one the same way', async () => {
    t = await createSetUpApp();
    for (const delimiter of [',', '\t'] as const) {
      const file = await openFile(
        t,
        writeTemp(t, 'peserta.csv', csvText([personRow(1, { name: 'Budi, S.Kom' })], delimiter)),
      );
      expect(file).toMatchObject({ rowCount: 1, suggestedMapping: SUGGESTED });
      expect(file.sample[0]?.[2]).toBe('Budi, S.Kom');
    }
  });

  it('drops a UTF-8 BOM and reads an old Excel windows-1252 file', async () => {
    t = await createSetUpApp();
    const withBom = await openFile(
      t,
      writeTemp(t, 'bom.csv', `\uFEFF${csvText([personRow(1, { name: 'Ádi Ñoto' })])}`),
    );
    expect(withBom.headers[0]).toBe('No');
    expect(withBom.sample[0]?.[2]).toBe('Ádi Ñoto');
    const latin = Buffer.from(csvText([personRow(1, { name: 'José Ñoto' })]), 'latin1');
    const cp1252 = await openFile(t, writeTemp(t, 'lama.csv', latin));
    expect(cp1252.sample[0]?.[2]).toBe('José Ñoto');
  });

  it('reads an xlsx: dates as ISO, rich text as plain, a formula as a formula, never its result', async () => {
    t = await createSetUpApp();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Peserta');
    sheet.addRow(['NIK', 'Nama', 'Tanggal Lahir', 'Jenis Kelamin', 'No HP']);
    sheet.addRow([
      '6401051203010001',
      { richText: [{ text: 'Siti ' }, { text: 'Aminah', font: { bold: true } }] },
      new Date(Date.UTC(2001, 2, 12)),
      'P',
      { formula: 'HYPERLINK("http://x.test","0812")', result: '081234567890' },
    ]);
    const path = writeTemp(t, 'peserta.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    const file = await openFile(t, path);
    expect(file).toMatchObject({
      format: 'xlsx',
      rowCount: 1,
      sample: [['6401051203010001', 'Siti Aminah', '2001-03-12', 'P', '=HYPERLINK("http://x.test","0812")']],
      suggestedMapping: { nik: 0, fullName: 1, birthDate: 2, sex: 3, phone: 4 },
    });
  });

  it('refuses what is not a spreadsheet, whatever its name: a PNG, a PDF, random bytes, an empty file, one column of text', async () => {
    t = await createSetUpApp();
    const png = new PNG({ width: 8, height: 8 });
    const candidates = {
      'foto.csv': PNG.sync.write(png),
      'surat.csv': Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n'),
      'acak.xlsx': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      'zip-bukan-excel.xlsx': Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]),
      'kosong.csv': Buffer.alloc(0),
      'catatan.csv': Buffer.from('ini bukan daftar peserta\nhanya catatan\n'),
    };
    for (const [name, bytes] of Object.entries(candidates)) {
      t.platform.nextOpenPath = writeTemp(t, name, bytes);
      expect(await t.fail('imports.open', {}), name).toMatchObject({ code: 'FILE_NOT_SPREADSHEET' });
    }
  });

  it('refuses a 50 MB file before reading it, with both sizes in words', async () => {
    t = await createSetUpApp();
    const path = writeTemp(t, 'besar.csv', '');
    // Sparse: the size is on record, no 50 MB is written or read.
    const handle = openSync(path, 'r+');
    ftruncateSync(handle, 50 * 1024 * 1024);
    closeSync(handle);
    t.platform.nextOpenPath = path;
    expect(await t.fail('imports.open', {})).toMatchObject({
      code: 'FILE_TOO_LARGE',
      params: { size: '50 MB', max: '10 MB' },
    });
  });

  it('refuses more rows than one import takes, and a file with headings only', async () => {
    t = await createSetUpApp();
    const lines = ['NIK;Nama', ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `${i};Orang ${i}`)];
    t.platform.nextOpenPath = writeTemp(t, 'banyak.csv', lines.join('\n'));
    expect(await t.fail('imports.open', {})).toMatchObject({
      code: 'IMPORT_TOO_MANY_ROWS',
      params: { rows: MAX_IMPORT_ROWS + 1, max: MAX_IMPORT_ROWS },
    });
    t.platform.nextOpenPath = writeTemp(t, 'judul.csv', 'NIK;Nama;No HP\r\n;;\r\n');
    expect(await t.fail('imports.open', {})).toMatchObject({ code: 'IMPORT_EMPTY' });
  });

  it('answers null when the clerk cancels the dialog', async () => {
    t = await createSetUpApp();
    t.platform.nextOpenPath = null;
    expect(await t.call('imports.open', {})).toBeNull();
  });
});
