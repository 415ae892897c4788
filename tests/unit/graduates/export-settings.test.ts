import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTACT_HEADINGS, csvCell } from '../../../src/main/features/graduates/contacts';
import { createSetUpApp, type TestApp } from '../helpers';
import { headDesk } from '../equipment/fixture';
import { graduatesApp, onDay } from './fixture';

let t: TestApp;
afterEach(async () => t?.close());

describe('the due contacts export', () => {
  it('writes the whole filtered due list as semicolon CSV with a BOM, formulas neutralised', async () => {
    const f = await graduatesApp(['Andi', 'Bayu', 'Citra']);
    t = f.t;
    // A name typed as a formula must reach the spreadsheet as text.
    await t.app.handle.db
      .updateTable('participants')
      .set({ fullName: '=HYPERLINK("http://x";"klik")' })
      .where('fullName', '=', 'Citra')
      .execute();
    t.clock.now = onDay('2027-03-01');
    const written = await t.call('followUps.exportContacts', {});
    expect(written?.fileName).toBe('Kontak-Penelusuran-Alumni-2027-03-01.csv');
    const bytes = readFileSync(written?.path ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Nama;NIK;No. HP;Kelas;Program;Tanggal lulus;Penelusuran ke- (bulan);Jatuh tempo');
    expect(lines).toHaveLength(4); // every due graduate, not one page
    const andi = await t.call('graduates.get', { enrolmentId: f.byName('Andi') });
    expect(lines).toContain(
      `Andi;${andi.nik};081234567890;${f.klass.name};${f.program.name};30 November 2026;3;28 Februari 2027`,
    );
    expect(lines.some((line) => line.startsWith(`"'=HYPERLINK(""http://x"";""klik"")";`))).toBe(true);

    const filtered = await t.call('followUps.exportContacts', { search: 'bayu' });
    expect(
      readFileSync(filtered?.path ?? '', 'utf8')
        .trimEnd()
        .split('\r\n'),
    ).toHaveLength(2);

    t.platform.chooseSavePath = async () => null;
    expect(await t.call('followUps.exportContacts', {})).toBeNull();
  });

  it('writes xlsx when the clerk picks Excel: NIK and phone stay text with every digit', async () => {
    const f = await graduatesApp(['Andi', 'Bayu']);
    t = f.t;
    await t.app.handle.db
      .updateTable('participants')
      .set({ fullName: '=HYPERLINK("http://x";"klik")' })
      .where('fullName', '=', 'Bayu')
      .execute();
    t.clock.now = onDay('2027-03-01');
    const target = join(t.platform.dataDir, 'Kontak.XLSX');
    t.platform.chooseSavePath = async () => target;
    const written = await t.call('followUps.exportContacts', {});
    expect(written).toEqual({ fileName: 'Kontak.XLSX', path: target });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    const sheet = workbook.getWorksheet('Kontak');
    expect(sheet?.getRow(1).values).toEqual([undefined, ...CONTACT_HEADINGS]);
    const andi = await t.call('graduates.get', { enrolmentId: f.byName('Andi') });
    const rows = [2, 3].map((index) => sheet?.getRow(index));
    const andiRow = rows.find((row) => row?.getCell(1).value === 'Andi');
    expect(andiRow?.getCell(2).value).toBe(andi.nik);
    expect(andiRow?.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(andiRow?.getCell(3).value).toBe('081234567890');
    expect(andiRow?.getCell(7).value).toBe(3);
    // A name typed as a formula is a text cell, never a formula.
    const bayuRow = rows.find((row) => row?.getCell(1).value !== 'Andi');
    expect(bayuRow?.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(bayuRow?.getCell(1).value).toBe('=HYPERLINK("http://x";"klik")');
  });

  it('neutralises every cell a spreadsheet would evaluate', () => {
    expect(['=1+1', '+62812', '-5', '@SUM(A1)', '\t=1'].map(csvCell)).toEqual([
      "'=1+1",
      "'+62812",
      "'-5",
      "'@SUM(A1)",
      "'\t=1",
    ]);
    expect(csvCell('Budi; Santoso')).toBe('"Budi; Santoso"');
    expect(csvCell('Siti Aminah')).toBe('Siti Aminah');
    expect(csvCell(12)).toBe('12');
  });
});

describe('follow-up rounds', () => {
  it('starts at 3, 6 and 12 months; an admin replaces the set, sorted; months must be distinct', async () => {
    t = await createSetUpApp();
    expect(await t.call('followUps.settings', {})).toEqual({ months: [3, 6, 12] });
    expect(await t.call('followUps.saveSettings', { months: [24, 1, 6] })).toEqual({ months: [1, 6, 24] });
    expect(await t.call('followUps.settings', {})).toEqual({ months: [1, 6, 24] });
    expect(await t.fail('followUps.saveSettings', { months: [6, 6] })).toMatchObject({
      code: 'VALIDATION',
      fields: { months: 'follow_up_months' },
    });
    expect(await t.fail('followUps.saveSettings', { months: [] })).toMatchObject({ code: 'VALIDATION' });
    expect(await t.fail('followUps.saveSettings', { months: [61] })).toMatchObject({ code: 'VALIDATION' });
    const head = await headDesk(t);
    expect(await t.fail('followUps.saveSettings', { months: [3] }, head)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.call('followUps.settings', {}, head)).toEqual({ months: [1, 6, 24] });
  });
});
