/**
 * xlsx through exceljs, values only. exceljs never calculates: a formula cell carries the formula
 * and the result Excel cached when it last saved, and that result could be anything the formula
 * author wanted to slip in, so a formula cell keeps only its formula and is refused later.
 */
import ExcelJS from 'exceljs';
import { type SheetCell, type SheetRow, EMPTY_CELL, textCell } from './sheet';

/** exceljs stores a date cell as midnight UTC of that calendar day. */
const isoDateOf = (date: Date): string => date.toISOString().slice(0, 10);

function cellOf(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'number') return { text: String(value), formula: false, number: value };
  if (typeof value === 'boolean') return textCell(value ? 'TRUE' : 'FALSE');
  if (value instanceof Date) return textCell(isoDateOf(value));
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'sharedFormula' in value ? value.sharedFormula : value.formula;
    return { text: `=${formula ?? ''}`, formula: true, number: null };
  }
  if ('richText' in value) return textCell(value.richText.map((run) => run.text).join(''));
  if ('hyperlink' in value) {
    // The link target is dropped: only the words shown in the cell are data.
    const shown: unknown = value.text;
    return typeof shown === 'string' ? textCell(shown) : cellOf(shown as ExcelJS.CellValue);
  }
  if ('error' in value) return textCell(value.error);
  return EMPTY_CELL;
}

/** The rows of the first worksheet that has any; null when the zip is not a workbook. */
export async function readXlsxRows(bytes: Buffer): Promise<SheetRow[] | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    // A .docx, a damaged download, a zip of photos: all "not a spreadsheet" to the clerk.
    return null;
  }
  const worksheet = workbook.worksheets.find((sheet) => sheet.actualRowCount > 0);
  if (!worksheet) return null;
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetCell[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) cells.push(cellOf(row.getCell(column).value));
    rows.push({ rowNumber, cells });
  });
  return rows;
}
