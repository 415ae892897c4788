/**
 * The look shared by every Pelita xlsx report and chart table: a title block, a bold heading row
 * frozen under it, column widths, real dates shown dd/mm/yyyy, rates as numerator, denominator
 * and percentage. Works on a whole workbook and on exceljs's streaming writer alike (rows are
 * committed as they are written, a no-op for a whole workbook).
 *
 * Cells only ever get strings, numbers, Dates or null: exceljs writes a formula only for a
 * `{ formula }` object, so a name typed as "=HYPERLINK(...)" stays text, and totals are summed
 * in code so the file reads right in viewers that do not calculate.
 */
import type ExcelJS from 'exceljs';
import type { Rate } from '@shared/graduates';
import { formatDate } from '@shared/format';

export const DATE_FORMAT = 'dd/mm/yyyy';
export const PERCENT_FORMAT = '0.0%';
export const INTEGER_FORMAT = '#,##0';
/** Title, BLK, subject, printed date, a blank row: the headings are on row 6 of every sheet. */
export const HEADER_ROW = 6;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF808080' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export type CellValue = string | number | Date | null;

export interface Column {
  heading: string;
  width: number;
  /** Number format for the column's body cells (dates, percentages, thousands). */
  format?: string;
}

export interface SheetHead {
  title: string;
  blkName: string;
  /** What the sheet is about: the class, or the period. */
  subject: string;
  /** The BLK's calendar day (ISO) the file was made. */
  printedOn: string;
}

/** A sheet whose headings stay in view while scrolling. */
export function addReportSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly Column[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map((column) => ({ width: column.width }));
  return sheet;
}

export type RowStyles = readonly Partial<ExcelJS.Style>[];

/**
 * One style object per column, shared by every body cell of that column. exceljs recognises a
 * style it has seen by the object itself; a fresh object per cell (what a column style gives)
 * makes it serialise and look up the style again for each of a report's million cells, which
 * doubled the time of a 50,000-row export. Never mutate these objects after they are made.
 */
export function columnStyles(columns: readonly Column[], options: { bold?: boolean } = {}): RowStyles {
  return columns.map((column) =>
    Object.freeze({
      ...(column.format ? { numFmt: column.format } : {}),
      ...(options.bold ? { font: { bold: true } } : {}),
    }),
  );
}

/** Writes the title block and the heading row (rows 1 to HEADER_ROW). */
export function writeHead(sheet: ExcelJS.Worksheet, head: SheetHead, columns: readonly Column[]): void {
  const lines: [string, Partial<ExcelJS.Font>][] = [
    [head.title, { bold: true, size: 14 }],
    [head.blkName, { bold: true, size: 11 }],
    [head.subject, { size: 11 }],
    [`Tanggal cetak: ${formatDate(head.printedOn, 'id')}`, { italic: true, size: 9, color: { argb: 'FF555555' } }],
  ];
  lines.forEach(([text, font], index) => {
    const row = sheet.getRow(index + 1);
    const cell = row.getCell(1);
    cell.value = text;
    cell.font = font;
    row.commit();
  });
  sheet.getRow(HEADER_ROW - 1).commit();
  const heading = sheet.getRow(HEADER_ROW);
  columns.forEach((column, index) => {
    const cell = heading.getCell(index + 1);
    cell.value = column.heading;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BOX;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  heading.height = 30;
  heading.commit();
}

/**
 * Appends a body row of plain values and commits it (streamed to disk by the writer). An empty
 * text is no cell at all, so a blank reads as blank in every viewer (and costs nothing).
 */
export function writeRow(sheet: ExcelJS.Worksheet, values: readonly CellValue[], styles: RowStyles): void {
  const row = sheet.addRow(values.map((value) => (value === '' ? null : value)));
  row.eachCell({ includeEmpty: true }, (cell, column) => {
    const style = styles[column - 1];
    if (style) cell.style = style;
  });
  row.commit();
}

/** A calendar date as the Excel date of that day (midnight UTC, which exceljs stores as is). */
export function excelDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** A date cell, or empty for a missing date. */
export function dateOrEmpty(iso: string | null | undefined): Date | null {
  return iso ? excelDate(iso) : null;
}

/** Numerator, denominator and the percentage (empty when the denominator is 0: no data, not 0 %). */
export function rateCells(rate: Rate): [number, number, number | null] {
  return [rate.numerator, rate.denominator, rate.rate];
}

/** "1 Januari 2026 – 31 Desember 2026". */
export function periodText(from: string, to: string): string {
  return `Periode ${formatDate(from, 'id')} – ${formatDate(to, 'id')}`;
}
