/**
 * The due list as a contact list for the clerk's phone or WhatsApp session: CSV as Indonesian
 * Excel opens it (UTF-8 with a BOM so names keep their letters, semicolons because the comma is
 * the decimal separator there).
 */
import { basename } from 'node:path';
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

/** The whole filtered due list (not one page) into a file the clerk picks; null when cancelled. */
export async function exportDueContacts(ctx: HandlerContext, filters: GraduateFilters): Promise<WrittenFile | null> {
  const today = await blkToday(ctx.db, ctx.now);
  const path = await ctx.platform.chooseSavePath({
    defaultName: `Kontak-Penelusuran-Alumni-${today}.csv`,
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  });
  if (path === null) return null;
  const due = await listDueFollowUps(ctx.db, today, filters, null);
  const csv = contactsCsv(
    due.rows.map((row) => [
      row.fullName,
      row.nik,
      row.phone,
      row.className,
      row.programName,
      formatDate(row.graduatedOn, 'id'),
      row.roundMonths,
      formatDate(row.dueOn, 'id'),
    ]),
  );
  await withFileErrors(path, () => writeFileAtomically(path, new TextEncoder().encode(csv)));
  return { fileName: basename(path), path };
}
