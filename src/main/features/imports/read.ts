/**
 * Reading the file the clerk chose: the size is checked before a byte is read, the format is
 * told by the content (a PNG renamed .csv is still a PNG), and the rows come out as text.
 */
import { readFile, stat } from 'node:fs/promises';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@shared/contract/imports';
import { DomainError } from '@shared/errors';
import { decodeCsvText, parseCsvRows } from './csv';
import { type Sheet, splitHeadings } from './sheet';
import { readXlsxRows } from './xlsx';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** A PDF may be plain ASCII from end to end; its signature settles it. */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, i) => bytes[i] === byte);

/** "12.4 MB": sizes for the clerk, rounded up so that a refused file never reads as the limit. */
export function humanSize(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) return `${Math.ceil(megabytes * 10) / 10} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

const notSpreadsheet = () =>
  new DomainError('FILE_NOT_SPREADSHEET', 'The file is neither CSV text nor an xlsx workbook');

/** Reads and parses the chosen file; FILE_TOO_LARGE, FILE_NOT_SPREADSHEET, IMPORT_EMPTY, IMPORT_TOO_MANY_ROWS. */
export async function readSpreadsheet(path: string): Promise<Sheet> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw notSpreadsheet();
  }
  if (size > MAX_IMPORT_BYTES) {
    throw new DomainError('FILE_TOO_LARGE', `The file has ${size} bytes`, {
      params: { size: humanSize(size), max: humanSize(MAX_IMPORT_BYTES) },
    });
  }
  const bytes = await readFile(path);
  let parsed: ReturnType<typeof splitHeadings> = null;
  if (startsWith(bytes, ZIP_MAGIC)) {
    const rows = await readXlsxRows(bytes);
    parsed = rows ? splitHeadings('xlsx', rows) : null;
  } else if (!startsWith(bytes, PDF_MAGIC)) {
    const text = decodeCsvText(bytes);
    parsed = text === null ? null : splitHeadings('csv', parseCsvRows(text));
  }
  if (!parsed) throw notSpreadsheet();
  if (parsed.rows.length === 0) throw new DomainError('IMPORT_EMPTY', 'No data rows below the headings');
  if (parsed.rows.length > MAX_IMPORT_ROWS) {
    throw new DomainError('IMPORT_TOO_MANY_ROWS', `The file has ${parsed.rows.length} rows`, {
      params: { rows: parsed.rows.length, max: MAX_IMPORT_ROWS },
    });
  }
  return parsed;
}
