/**
 * The equipment registers as xlsx (exceljs): the asset register in the shape of the government's
 * KIB B (Kartu Inventaris Barang, peralatan dan mesin) and the consumables stock card (kartu
 * stok). Cells are written as values, never formulas, so text from the register is never run.
 *
 * exceljs writes a formula only for a `{ formula }` object; every cell here gets a string, a
 * number or a Date, so a name typed as "=HYPERLINK(...)" or "+1" stays text. Totals are summed
 * here for the same reason, and so that the file reads right in viewers that do not calculate.
 */
import ExcelJS from 'exceljs';
import type { AssetCondition, AssetStatus, ConsumableUnit, MovementKind } from '@shared/equipment';
import { KIB_CONDITION_CODES } from '@shared/equipment';
import { formatDate } from '@shared/format';
import { writeFileAtomically } from '../../files';

export interface KibRow {
  goodsCode: string;
  name: string;
  /** The asset tag: the register number of the KIB. */
  tag: string;
  brand: string;
  model: string;
  size: string;
  material: string;
  acquiredOn: string;
  serialNumber: string;
  source: 'ministry_grant' | 'apbd' | 'company' | 'blk_komunitas_grant' | 'purchase';
  grantReference: string;
  valueRupiah: number;
  bookValueRupiah: number;
  condition: AssetCondition;
  status: AssetStatus;
  roomName: string;
  categoryName: string;
  notes: string;
}

export interface StockCard {
  blkName: string;
  name: string;
  unit: ConsumableUnit;
  roomName: string | null;
  lines: {
    movedOn: string;
    kind: MovementKind;
    /** Signed quantity in units: + in, - out. */
    quantity: number;
    balance: number;
    reason: string;
    className: string | null;
    operatorName: string;
  }[];
}

export const KIB_SHEET = 'KIB B';
export const KIB_TITLE = 'KARTU INVENTARIS BARANG (KIB) B';
export const KIB_SUBTITLE = 'PERALATAN DAN MESIN';
export const KIB_HEADINGS = [
  'No',
  'Kode Barang',
  'Nama/Jenis Barang',
  'Nomor Register',
  'Merk/Type',
  'Ukuran/CC',
  'Bahan',
  'Tahun Pembelian',
  'Nomor Pabrik/Seri',
  'Asal Usul',
  'Harga (Rp)',
  'Nilai Buku (Rp)',
  'Kondisi',
  'Lokasi',
  'Keterangan',
] as const;
const KIB_WIDTHS = [5, 17, 32, 15, 24, 11, 12, 10, 20, 28, 16, 16, 8, 22, 30];
/** The row the column headings are on (1-based): four title rows and a blank one above. */
export const KIB_HEADER_ROW = 6;

export const SOURCE_WORDS: Readonly<Record<KibRow['source'], string>> = {
  ministry_grant: 'Hibah Kementerian',
  apbd: 'APBD',
  company: 'Perusahaan',
  blk_komunitas_grant: 'Hibah BLK Komunitas',
  purchase: 'Pembelian',
};

/** Only the statuses that say the asset is not on its shelf; `available` says nothing. */
export const STATUS_WORDS: Readonly<Record<AssetStatus, string>> = {
  available: '',
  checked_out: 'Dipinjam',
  in_repair: 'Diperbaiki',
  lost: 'Hilang',
  disposed: 'Dihapuskan',
};

export const STOCK_SHEET = 'Kartu Stok';
export const STOCK_HEADINGS = ['No', 'Tanggal', 'Uraian', 'Masuk', 'Keluar', 'Sisa', 'Petugas'] as const;
const STOCK_WIDTHS = [5, 13, 48, 11, 11, 11, 22];
/** The row the stock card's column headings are on (1-based). */
export const STOCK_HEADER_ROW = 8;

export const MOVEMENT_WORDS: Readonly<Record<MovementKind, string>> = {
  received: 'Diterima',
  used: 'Dipakai',
  adjusted: 'Penyesuaian',
};

const RUPIAH_FORMAT = '#,##0';
const DATE_FORMAT = 'dd/mm/yyyy';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF808080' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export async function writeAssetRegisterXlsx(
  path: string,
  meta: { blkName: string; printedOn: string },
  rows: KibRow[],
): Promise<void> {
  await writeWorkbook(path, assetRegisterWorkbook(meta, rows));
}

export async function writeStockCardXlsx(path: string, card: StockCard): Promise<void> {
  await writeWorkbook(path, stockCardWorkbook(card));
}

async function writeWorkbook(path: string, workbook: ExcelJS.Workbook): Promise<void> {
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  await writeFileAtomically(path, bytes);
}

export function assetRegisterWorkbook(meta: { blkName: string; printedOn: string }, rows: KibRow[]): ExcelJS.Workbook {
  const workbook = newWorkbook(KIB_TITLE);
  const columns = KIB_HEADINGS.length;
  const sheet = workbook.addWorksheet(KIB_SHEET, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: KIB_HEADER_ROW }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${KIB_HEADER_ROW}:${KIB_HEADER_ROW}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${footerText(`KIB B – ${meta.blkName}`)}&RHalaman &P dari &N` },
  });
  sheet.columns = KIB_WIDTHS.map((width) => ({ width }));
  titleRow(sheet, 1, KIB_TITLE, columns, 14);
  titleRow(sheet, 2, KIB_SUBTITLE, columns, 12);
  titleRow(sheet, 3, meta.blkName.toUpperCase(), columns, 11);
  const printed = sheet.getRow(4);
  printed.getCell(1).value = `Tanggal cetak: ${formatDate(calendarDay(meta.printedOn), 'id')}`;
  printed.getCell(1).font = { italic: true, size: 9, color: { argb: 'FF555555' } };
  headingRow(sheet, KIB_HEADER_ROW, KIB_HEADINGS);

  let totalValue = 0;
  let totalBook = 0;
  rows.forEach((row, index) => {
    totalValue += row.valueRupiah;
    totalBook += row.bookValueRupiah;
    const year = /^\d{4}/.exec(row.acquiredOn)?.[0];
    const source = SOURCE_WORDS[row.source];
    const remarks = [STATUS_WORDS[row.status], row.notes.trim()].filter(Boolean).join('; ');
    const line = sheet.addRow([
      index + 1,
      row.goodsCode,
      row.name,
      row.tag,
      [row.brand.trim(), row.model.trim()].filter(Boolean).join(' / '),
      row.size,
      row.material,
      year === undefined ? '' : Number(year),
      row.serialNumber,
      row.grantReference.trim() ? `${source} (${row.grantReference.trim()})` : source,
      row.valueRupiah,
      row.bookValueRupiah,
      KIB_CONDITION_CODES[row.condition],
      row.roomName,
      remarks,
    ]);
    styleBodyRow(line, columns);
    for (const col of [1, 8, 13]) line.getCell(col).alignment = { horizontal: 'center', vertical: 'top' };
    line.getCell(11).numFmt = RUPIAH_FORMAT;
    line.getCell(12).numFmt = RUPIAH_FORMAT;
  });

  const total = sheet.addRow([]);
  total.getCell(1).value = `JUMLAH (${rows.length} barang)`;
  sheet.mergeCells(total.number, 1, total.number, 10);
  total.getCell(1).alignment = { horizontal: 'right' };
  total.getCell(11).value = totalValue;
  total.getCell(12).value = totalBook;
  total.getCell(11).numFmt = RUPIAH_FORMAT;
  total.getCell(12).numFmt = RUPIAH_FORMAT;
  for (let col = 1; col <= columns; col++) {
    const cell = total.getCell(col);
    cell.font = { bold: true };
    cell.border = BOX;
    cell.fill = HEADER_FILL;
  }
  return workbook;
}

export function stockCardWorkbook(card: StockCard): ExcelJS.Workbook {
  const workbook = newWorkbook(`Kartu Stok – ${card.name}`);
  const columns = STOCK_HEADINGS.length;
  const sheet = workbook.addWorksheet(STOCK_SHEET, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: STOCK_HEADER_ROW }],
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${STOCK_HEADER_ROW}:${STOCK_HEADER_ROW}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${footerText(`Kartu Stok – ${card.name}`)}&RHalaman &P dari &N` },
  });
  sheet.columns = STOCK_WIDTHS.map((width) => ({ width }));
  titleRow(sheet, 1, 'KARTU STOK', columns, 14);
  const facts: [string, string][] = [
    ['Nama BLK', card.blkName],
    ['Nama Barang', card.name],
    ['Satuan', card.unit],
    ['Bengkel', card.roomName?.trim() || '–'],
  ];
  facts.forEach(([label, value], index) => {
    const row = sheet.getRow(3 + index);
    row.getCell(1).value = label;
    row.getCell(3).value = value;
    sheet.mergeCells(row.number, 1, row.number, 2);
    row.getCell(1).font = { color: { argb: 'FF555555' } };
    row.getCell(3).font = { bold: true };
  });
  headingRow(sheet, STOCK_HEADER_ROW, STOCK_HEADINGS);

  // A card that starts mid-way (a period, or stock carried over) opens with the balance before it.
  const first = card.lines[0];
  const opening = first ? roundQuantity(first.balance - first.quantity) : 0;
  if (first && opening !== 0) {
    const line = sheet.addRow(['', dateCell(first.movedOn), 'Saldo awal', null, null, opening, '']);
    styleBodyRow(line, columns);
    line.getCell(2).numFmt = DATE_FORMAT;
    line.getCell(3).font = { italic: true };
    line.getCell(6).numFmt = quantityFormat(opening);
  }
  let totalIn = 0;
  let totalOut = 0;
  card.lines.forEach((move, index) => {
    const quantity = roundQuantity(move.quantity);
    const inflow = quantity > 0 ? quantity : null;
    const outflow = quantity < 0 ? -quantity : null;
    totalIn += inflow ?? 0;
    totalOut += outflow ?? 0;
    const balance = roundQuantity(move.balance);
    const description = [
      MOVEMENT_WORDS[move.kind],
      move.reason.trim(),
      move.className?.trim() ? `Kelas ${move.className.trim()}` : '',
    ]
      .filter(Boolean)
      .join(' – ');
    const line = sheet.addRow([
      index + 1,
      dateCell(move.movedOn),
      description,
      inflow,
      outflow,
      balance,
      move.operatorName,
    ]);
    styleBodyRow(line, columns);
    line.getCell(1).alignment = { horizontal: 'center', vertical: 'top' };
    line.getCell(2).numFmt = DATE_FORMAT;
    line.getCell(2).alignment = { horizontal: 'center', vertical: 'top' };
    if (inflow !== null) line.getCell(4).numFmt = quantityFormat(inflow);
    if (outflow !== null) line.getCell(5).numFmt = quantityFormat(outflow);
    line.getCell(6).numFmt = quantityFormat(balance);
  });

  const last = card.lines[card.lines.length - 1];
  const closing = last ? roundQuantity(last.balance) : 0;
  const total = sheet.addRow(['', '', 'Jumlah', roundQuantity(totalIn), roundQuantity(totalOut), closing, '']);
  total.getCell(3).alignment = { horizontal: 'right' };
  total.getCell(4).numFmt = quantityFormat(roundQuantity(totalIn));
  total.getCell(5).numFmt = quantityFormat(roundQuantity(totalOut));
  total.getCell(6).numFmt = quantityFormat(closing);
  for (let col = 1; col <= columns; col++) {
    const cell = total.getCell(col);
    cell.font = { bold: true };
    cell.border = BOX;
    cell.fill = HEADER_FILL;
  }
  return workbook;
}

function newWorkbook(title: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pelita';
  workbook.title = title;
  return workbook;
}

function titleRow(sheet: ExcelJS.Worksheet, rowNumber: number, text: string, columns: number, size: number): void {
  sheet.mergeCells(rowNumber, 1, rowNumber, columns);
  const cell = sheet.getCell(rowNumber, 1);
  cell.value = text;
  cell.font = { bold: true, size };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
}

function headingRow(sheet: ExcelJS.Worksheet, rowNumber: number, headings: readonly string[]): void {
  const row = sheet.getRow(rowNumber);
  headings.forEach((heading, index) => {
    const cell = row.getCell(index + 1);
    cell.value = heading;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BOX;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  row.height = 30;
}

function styleBodyRow(row: ExcelJS.Row, columns: number): void {
  for (let col = 1; col <= columns; col++) {
    const cell = row.getCell(col);
    cell.border = BOX;
    cell.alignment = { vertical: 'top', wrapText: true };
  }
}

/** The quantity's format: thousands grouped, and up to three decimals only when it has any. */
function quantityFormat(value: number): string {
  return Number.isInteger(value) ? '#,##0' : '#,##0.###';
}

/** Quantities are thousandths added up: round away the float noise (0.1 + 0.2). */
function roundQuantity(value: number): number {
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** An ISO date, or an instant as it falls in Paser (WITA), as the calendar day. */
function calendarDay(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(new Date(iso));
}

/** A calendar date as the Excel date of that day (midnight UTC, which exceljs stores as is). */
function dateCell(iso: string): Date {
  return new Date(`${calendarDay(iso)}T00:00:00.000Z`);
}

/** Excel reads `&` in a header or footer as a code; `&&` prints one. */
function footerText(text: string): string {
  return text.replace(/&/g, '&&');
}
