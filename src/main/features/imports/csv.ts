/**
 * CSV as Indonesian Excel saves it: comma or semicolon (the decimal comma pushes Excel to ";"),
 * sometimes tab; UTF-8 with or without a BOM, or windows-1252 from older Excel. papaparse only
 * splits text: no type guessing, so "0812..." keeps its zero and "=1+1" stays text.
 */
import Papa from 'papaparse';
import { type SheetRow, textCell } from './sheet';

const UTF8_BOM = '\uFEFF';

/**
 * The file's text, or null when the bytes are not text: a NUL or another C0 control character
 * (other than tab, line feed, carriage return) appears in every binary format and in no CSV.
 */
export function decodeCsvText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: Excel before 2016 saved "CSV (Comma delimited)" in the Windows code page.
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  if (text.startsWith(UTF8_BOM)) text = text.slice(UTF8_BOM.length);
  // eslint-disable-next-line no-control-regex -- the point is to find control characters
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)) return null;
  return text.trim() === '' ? null : text;
}

/** Splits CSV text into rows of text cells; the delimiter is guessed among comma, semicolon and tab. */
export function parseCsvRows(text: string): SheetRow[] {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: '',
    delimitersToGuess: [';', ',', '\t'],
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  return parsed.data.map((cells, index) => ({ rowNumber: index + 1, cells: cells.map(textCell) }));
}
