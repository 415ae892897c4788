/**
 * The due list as a contact list for the clerk's phone or WhatsApp session, in the format the
 * clerk picks in the save dialog: CSV as Indonesian Excel opens it (UTF-8 with a BOM so names
 * keep their letters, semicolons because the comma is the decimal separator there), or xlsx,
 * because Excel opening any CSV turns a NIK into 6,4E+15 and drops a phone number's leading 0.
 */
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { WrittenFile } from '@shared/contract/enrolments';
import { formatDate } from '@shared/format';
import type { HandlerContext } from '../../context';
import { withFileErrors, writeFileAtomically } from '../../files';
import { blkToday } from '../attendance/guards';
import { type GraduateFilters, listDueFollowUps } from './due';

export const CONTACT_HEADINGS = [
  'Nama',
  'NIK',
  'No. HP',
  'Kelas',
  'Program',
  'Tanggal lulus',
  'Penelusuran ke- (bulan)',
  'Jatuh tempo',
] as const;

const BOM = '\uFEFF';
const SEPARATOR = ';';

/**
 * A cell as text a spreadsheet shows and never runs: one starting with = + - @ (or a tab or
 * carriage return, which Excel skips before looking for those) gets an apostrophe first; a cell
 * with a separator, quote or line break is quoted.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function contactsCsv(rows: readonly (readonly (string | number)[])[]): string {
  const lines = [CONTACT_HEADINGS, ...rows].map((cells) => cells.map(csvCell).join(SEPARATOR));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The same rows as a sheet: every cell a string is a text cell, so NIK and phone keep their digits. */
export async function contactsXlsx(rows: readonly (readonly (string | number)[])[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pelita';
  const sheet = workbook.addWorksheet('Kontak', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = CONTACT_HEADINGS.map((header) => ({ header, width: Math.max(14, header.length + 4) }));
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 20;
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The whole filtered due list (not one page) into a file the clerk picks; null when cancelled. */
export async function exportDueContacts(ctx: HandlerContext, filters: GraduateFilters): Promise<WrittenFile | null> {
  const today = await blkToday(ctx.db, ctx.now);
  const path = await ctx.platform.chooseSavePath({
    defaultName: `Kontak-Penelusuran-Alumni-${today}.csv`,
    filters: [
      { name: 'CSV', extensions: ['csv'] },
      { name: 'Excel', extensions: ['xlsx'] },
    ],
  });
  if (path === null) return null;
  const due = await listDueFollowUps(ctx.db, today, filters, null);
  const rows = due.rows.map((row) => [
    row.fullName,
    row.nik,
    row.phone,
    row.className,
    row.programName,
    formatDate(row.graduatedOn, 'id'),
    row.roundMonths,
    formatDate(row.dueOn, 'id'),
  ]);
  const bytes =
    extname(path).toLowerCase() === '.xlsx' ? await contactsXlsx(rows) : new TextEncoder().encode(contactsCsv(rows));
  await withFileErrors(path, () => writeFileAtomically(path, bytes));
  return { fileName: basename(path), path };
}
