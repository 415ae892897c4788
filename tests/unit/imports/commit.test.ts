import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportFile } from '@shared/contract/imports';
import { createSetUpApp, person, type TestApp } from '../helpers';
import { csvText, openFile, personRow, writeTemp } from './fixture';

let t: TestApp;
afterEach(async () => t?.close());

const options = (file: ImportFile, merge = false) => ({
  importId: file.importId,
  mapping: file.suggestedMapping,
  merge,
});

async function peopleCount(): Promise<number> {
  return (await t.call('participants.search', {})).total;
}

async function auditRows(): Promise<number> {
  const row = t.app.handle.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'participant'").get() as {
    n: number;
  };
  return row.n;
}

describe('imports.preview and imports.commit', () => {
  it('lists the bad rows first with the enrolment form’s field errors, and imports the rest once', async () => {
    t = await createSetUpApp();
    const rows = [
      personRow(1),
      personRow(2, { nik: '640105120301' }),
      personRow(3),
      personRow(4, { birthDate: '31/02/2001' }),
      personRow(5, { phone: '12345', education: 'TK', sex: 'X' }),
      personRow(6, { name: '=HYPERLINK("http://evil.test","klik")' }),
      personRow(7, { nik: '6401053203000002' }),
    ];
    rows.push(personRow(8, { nik: rows[0]?.nik as string, name: 'Dobel' }));
    const file = await openFile(t, writeTemp(t, 'peserta.csv', csvText(rows)));
    const preview = await t.call('imports.preview', options(file));
    expect(preview.counts).toEqual({ new: 2, update: 0, unchanged: 0, exists: 0, invalid: 6 });
    expect(preview.rows.map((row) => [row.rowNumber, row.status, row.errors])).toEqual([
      [3, 'invalid', { nik: 'nik_format' }],
      [5, 'invalid', { birthDate: 'date' }],
      [6, 'invalid', { sex: 'value_unknown', phone: 'phone_format', education: 'value_unknown' }],
      [7, 'invalid', { fullName: 'formula_in_cell' }],
      [8, 'invalid', { nik: 'nik_date' }],
      [9, 'invalid', { nik: 'nik_duplicate_in_file' }],
      [2, 'new', {}],
      [4, 'new', {}],
    ]);
    expect(preview.rows[0]).toMatchObject({ nik: '640105120301', fullName: 'Peserta 2', existingId: null });
    // Beside each error, the cell as the file holds it, so the clerk can find it.
    expect(preview.rows[1]?.errorCells).toEqual({ birthDate: '31/02/2001' });
    expect(preview.rows[3]?.errorCells).toEqual({ fullName: '=HYPERLINK("http://evil.test","klik")' });
    // Nothing is written by a preview.
    expect(await peopleCount()).toBe(0);

    const result = await t.call('imports.commit', options(file));
    expect(result).toEqual({ created: 2, updated: 0, unchanged: 0, skippedExisting: 0, invalid: 6 });
    const created = await t.call('participants.search', { query: rows[0]?.nik as string });
    expect(created.rows[0]).toMatchObject({
      fullName: 'Peserta 1',
      phone: '081234567001',
      sex: 'P',
      birthDate: '2001-03-02',
    });
    expect(await auditRows()).toBe(2);

    // The same file again: nobody is created twice, everyone is "sudah terdaftar".
    const again = await openFile(t, writeTemp(t, 'peserta.csv', csvText(rows)));
    expect(await t.call('imports.commit', options(again))).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
      skippedExisting: 2,
      invalid: 6,
    });
    expect(await peopleCount()).toBe(2);
  });

  it('changes an existing person only when merging, only the mapped fields, never blanking one with an empty cell', async () => {
    t = await createSetUpApp();
    const existing = await t.call(
      'participants.create',
      person({ fullName: 'Budi', phone: '081200000001', email: 'budi@contoh.id', notes: 'Catatan lama' }),
    );
    const csv = [
      'NIK;Nama;Tempat Lahir;Tanggal Lahir;JK;HP;Pendidikan;Kegiatan;Email',
      `${existing.nik};Budi Santoso;Tanah Grogot;12/03/2000;L;0812-0000-0002;SMK;Tidak bekerja;`,
    ].join('\n');
    const file = await openFile(t, writeTemp(t, 'ubah.csv', csv));
    const keep = await t.call('imports.preview', options(file));
    expect(keep.counts).toMatchObject({ exists: 1, update: 0 });
    expect(keep.rows[0]).toMatchObject({ status: 'exists', existingId: existing.id });

    const merge = await t.call('imports.preview', options(file, true));
    expect(merge.rows[0]).toMatchObject({ status: 'update', changes: ['fullName', 'phone'], existingId: existing.id });
    expect(await t.call('imports.commit', options(file, true))).toMatchObject({ created: 0, updated: 1 });
    expect(await t.call('participants.get', { id: existing.id })).toMatchObject({
      fullName: 'Budi Santoso',
      phone: '081200000002',
      email: 'budi@contoh.id',
      notes: 'Catatan lama',
    });
    expect(await auditRows()).toBe(2);

    // Merging the same file again changes nothing.
    const again = await openFile(t, writeTemp(t, 'ubah.csv', csv));
    expect(await t.call('imports.commit', options(again, true))).toMatchObject({ updated: 0, unchanged: 1 });
    expect(await auditRows()).toBe(2);
  });

  it('refuses formula cells of an xlsx and reads its numbers and dates', async () => {
    t = await createSetUpApp();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(['NIK', 'Nama', 'Tempat Lahir', 'Tanggal Lahir', 'L/P', 'No HP', 'Pendidikan', 'Kegiatan']);
    sheet.addRow([
      6401051203010001,
      'Andi',
      'Paser',
      new Date(Date.UTC(2001, 2, 12)),
      'L',
      81234567890,
      'SMK',
      'Bekerja',
    ]);
    sheet.addRow([
      '6401054503010002',
      { formula: 'CONCATENATE("Si","ti")', result: 'Siti' },
      'Paser',
      '05/03/2001',
      'P',
      '081234567891',
      'SMA',
      'Bekerja',
    ]);
    const file = await openFile(t, writeTemp(t, 'data.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())));
    const preview = await t.call('imports.preview', options(file));
    expect(preview.rows.map((row) => [row.rowNumber, row.status, row.errors])).toEqual([
      [3, 'invalid', { fullName: 'formula_in_cell' }],
      [2, 'new', {}],
    ]);
    await t.call('imports.commit', options(file));
    expect((await t.call('participants.search', { query: '6401051203010001' })).rows[0]).toMatchObject({
      fullName: 'Andi',
      phone: '081234567890',
      birthDate: '2001-03-12',
    });
  });

  it('asks for every field the form requires and refuses a column used twice', async () => {
    t = await createSetUpApp();
    const file = await openFile(t, writeTemp(t, 'peserta.csv', csvText([personRow(1)])));
    const { phone: _phone, education: _education, ...partial } = file.suggestedMapping;
    expect(
      await t.fail('imports.preview', { importId: file.importId, mapping: { ...partial, notes: 2 } }),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: {
        'mapping.phone': 'mapping_required',
        'mapping.education': 'mapping_required',
        'mapping.notes': 'mapping_duplicate',
      },
    });
  });

  it('writes all of the file or none of it', async () => {
    t = await createSetUpApp();
    const rows = [personRow(1), personRow(2), personRow(3)];
    const file = await openFile(t, writeTemp(t, 'peserta.csv', csvText(rows)));
    // The third insert fails inside the transaction (as a full disk or a bug would).
    t.app.handle.sqlite.exec(
      `CREATE TRIGGER refuse_third BEFORE INSERT ON participants WHEN NEW.nik = '${rows[2]?.nik}'
       BEGIN SELECT RAISE(ABORT, 'test: refused'); END`,
    );
    expect(await t.fail('imports.commit', options(file))).toMatchObject({ code: 'INTERNAL' });
    expect(await peopleCount()).toBe(0);
    expect(await auditRows()).toBe(0);
    // The file is still there to try again once the problem is gone.
    t.app.handle.sqlite.exec('DROP TRIGGER refuse_third');
    expect(await t.call('imports.commit', options(file))).toMatchObject({ created: 3 });
    expect(await peopleCount()).toBe(3);
  });

  it('forgets the file after commit and discard: IMPORT_GONE', async () => {
    t = await createSetUpApp();
    const file = await openFile(t, writeTemp(t, 'peserta.csv', csvText([personRow(1)])));
    await t.call('imports.commit', options(file));
    expect(await t.fail('imports.preview', options(file))).toMatchObject({ code: 'IMPORT_GONE' });
    expect(await t.fail('imports.commit', options(file))).toMatchObject({ code: 'IMPORT_GONE' });
    const other = await openFile(t, writeTemp(t, 'lagi.csv', csvText([personRow(2)])));
    await t.call('imports.discard', { importId: other.importId });
    expect(await t.fail('imports.preview', options(other))).toMatchObject({ code: 'IMPORT_GONE' });
    expect(await peopleCount()).toBe(1);
  });
});
