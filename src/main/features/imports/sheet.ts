/**
 * The neutral shape a chosen file is read into, whatever its format: a heading row and data rows
 * of cells as text. Nothing in a cell is ever evaluated; what a formula would compute is dropped.
 */
export interface SheetCell {
  /** The text a clerk would see typed in the cell (for a formula: the formula, "=..."). */
  text: string;
  /** An xlsx formula cell: refused whatever its cached result. */
  formula: boolean;
  /** An xlsx number cell's value: a NIK or a phone stored as a number needs care. */
  number: number | null;
}

export interface SheetRow {
  /** The row number as the spreadsheet shows it (the heading row is 1 when it is the first). */
  rowNumber: number;
  cells: SheetCell[];
}

export interface Sheet {
  format: 'csv' | 'xlsx';
  headers: string[];
  /** Data rows below the headings, blank rows left out. */
  rows: SheetRow[];
}

export const textCell = (text: string): SheetCell => ({ text, formula: false, number: null });

export const EMPTY_CELL: SheetCell = textCell('');

export function isBlankRow(cells: readonly SheetCell[]): boolean {
  return cells.every((cell) => !cell.formula && cell.text.trim() === '');
}

/**
 * The first non-blank row holds the headings; the rest, without blank rows, are data. Fewer than
 * two headings is not a list of people (a text file renamed .csv reads as one column).
 */
export function splitHeadings(
  format: Sheet['format'],
  rows: readonly SheetRow[],
): { format: Sheet['format']; headers: string[]; rows: SheetRow[] } | null {
  const headingIndex = rows.findIndex((row) => !isBlankRow(row.cells));
  if (headingIndex < 0) return null;
  const headers = (rows[headingIndex] as SheetRow).cells.map((cell) => cell.text.trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  if (headers.filter((heading) => heading !== '').length < 2) return null;
  const dataRows = rows.slice(headingIndex + 1).filter((row) => !isBlankRow(row.cells));
  return { format, headers, rows: dataRows };
}
