import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  KIB_HEADER_ROW,
  KIB_HEADINGS,
  type KibRow,
  STOCK_HEADER_ROW,
  STOCK_HEADINGS,
  type StockCard,
  writeAssetRegisterXlsx,
  writeStockCardXlsx,
} from '../../../src/main/features/equipment/registers';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pelita-registers-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function kibRow(overrides: Partial<KibRow> = {}): KibRow {
  return {
    goodsCode: '1.3.2.05.01.04.001',
    name: 'Mesin Las Listrik Inverter',
    tag: 'LAS-0001',
    brand: 'Lakoni',
    model: 'Falcon 120E',
    size: '200 A',
    material: 'Besi',
    acquiredOn: '2023-04-17',
    serialNumber: 'FC120-778812',
    source: 'ministry_grant',
    grantReference: 'BAST 027/Kemnaker/2023',
    valueRupiah: 12_500_000,
    bookValueRupiah: 8_333_333,
    condition: 'good',
    status: 'available',
    roomName: 'Bengkel Las',
    categoryName: 'Peralatan Las',
    notes: '',
    ...overrides,
  };
}

async function read(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function firstSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

/** No cell anywhere holds a formula, checked on exceljs's reading and on the raw sheet XML. */
function expectNoFormulas(workbook: ExcelJS.Workbook, path: string): void {
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toBeUndefined();
      });
    });
  });
  const xml = execFileSync('unzip', ['-p', path, 'xl/worksheets/*.xml']).toString('utf8');
  expect(xml).not.toMatch(/<f[ >]/);
}

describe('asset register (KIB B) xlsx', () => {
  const rows: KibRow[] = [
    kibRow(),
    kibRow({
      tag: 'LAS-0002',
      name: '=1+1',
      brand: '+62 811',
      model: '',
      acquiredOn: '2019-01-02',
      source: 'apbd',
      grantReference: '',
      valueRupiah: 3_000_000,
      bookValueRupiah: 0,
      condition: 'minor_damage',
      status: 'checked_out',
      notes: '=HYPERLINK("http://evil.example","klik")',
    }),
    kibRow({
      tag: 'OTO-0007',
      name: 'Kompresor Udara 2 PK',
      source: 'company',
      grantReference: 'CSR PT Kideco Jaya Agung',
      valueRupiah: 7_250_000,
      bookValueRupiah: 6_000_500,
      condition: 'major_damage',
      status: 'lost',
      roomName: 'Bengkel Otomotif',
      notes: 'Dilaporkan 3 Nov 2026',
    }),
    kibRow({ tag: 'TIK-0001', source: 'blk_komunitas_grant', grantReference: '', status: 'disposed', valueRupiah: 1 }),
    kibRow({
      tag: 'TIK-0002',
      source: 'purchase',
      grantReference: '',
      status: 'in_repair',
      acquiredOn: '',
      valueRupiah: 0,
    }),
  ];

  it('writes the KIB B headings, one row per asset and a total computed in JS, with no formulas', async () => {
    const path = join(dir, 'kib.xlsx');
    await writeAssetRegisterXlsx(
      path,
      { blkName: 'UPTD Balai Latihan Kerja Kabupaten Paser', printedOn: '2026-11-23' },
      rows,
    );
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const workbook = await read(path);
    const sheet = firstSheet(workbook);
    expect(sheet.getCell('A1').value).toBe('KARTU INVENTARIS BARANG (KIB) B');
    expect(sheet.getCell('A2').value).toBe('PERALATAN DAN MESIN');
    expect(sheet.getCell('A3').value).toBe('UPTD BALAI LATIHAN KERJA KABUPATEN PASER');
    expect(sheet.getCell('A4').value).toBe('Tanggal cetak: 23 November 2026');
    const headings = KIB_HEADINGS.map((_, i) => sheet.getRow(KIB_HEADER_ROW).getCell(i + 1).value);
    expect(headings).toEqual([...KIB_HEADINGS]);
    expect(headings).toContain('Nomor Register');
    expect(headings).toContain('Asal Usul');

    const values = (rowNumber: number) => KIB_HEADINGS.map((_, i) => sheet.getRow(rowNumber).getCell(i + 1).value);
    const first = KIB_HEADER_ROW + 1;
    expect(values(first)).toEqual([
      1,
      '1.3.2.05.01.04.001',
      'Mesin Las Listrik Inverter',
      'LAS-0001',
      'Lakoni / Falcon 120E',
      '200 A',
      'Besi',
      2023,
      'FC120-778812',
      'Hibah Kementerian (BAST 027/Kemnaker/2023)',
      12_500_000,
      8_333_333,
      'B',
      'Bengkel Las',
      '',
    ]);
    expect(sheet.getRow(first).getCell(11).numFmt).toBe('#,##0');
    expect(sheet.getRow(first).getCell(12).numFmt).toBe('#,##0');

    // Text that looks like a formula or a number stays text.
    const second = values(first + 1);
    expect(second[2]).toBe('=1+1');
    expect(second[4]).toBe('+62 811');
    expect(second[9]).toBe('APBD');
    expect(second[12]).toBe('RR');
    expect(second[14]).toBe('Dipinjam; =HYPERLINK("http://evil.example","klik")');
    const third = values(first + 2);
    expect(third[9]).toBe('Perusahaan (CSR PT Kideco Jaya Agung)');
    expect(third[12]).toBe('RB');
    expect(third[14]).toBe('Hilang; Dilaporkan 3 Nov 2026');
    expect(values(first + 3)[9]).toBe('Hibah BLK Komunitas');
    expect(values(first + 3)[14]).toBe('Dihapuskan');
    expect(values(first + 4)[9]).toBe('Pembelian');
    expect(values(first + 4)[14]).toBe('Diperbaiki');
    expect(values(first + 4)[7]).toBe('');

    const total = sheet.getRow(first + rows.length);
    expect(String(total.getCell(1).value)).toContain('JUMLAH');
    expect(total.getCell(11).value).toBe(12_500_000 + 3_000_000 + 7_250_000 + 1 + 0);
    expect(total.getCell(12).value).toBe(8_333_333 * 3 + 0 + 6_000_500);
    expect(total.getCell(11).numFmt).toBe('#,##0');

    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: KIB_HEADER_ROW });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(25);
    expectNoFormulas(workbook, path);
  });

  it('writes an empty register with a zero total', async () => {
    const path = join(dir, 'kib-empty.xlsx');
    await writeAssetRegisterXlsx(path, { blkName: 'BLK & Mitra', printedOn: '2026-11-23' }, []);
    const sheet = firstSheet(await read(path));
    const total = sheet.getRow(KIB_HEADER_ROW + 1);
    expect(total.getCell(11).value).toBe(0);
    expect(total.getCell(12).value).toBe(0);
    expect(sheet.headerFooter.oddFooter).toContain('BLK && Mitra');
  });
});

describe('stock card xlsx', () => {
  const card: StockCard = {
    blkName: 'UPTD Balai Latihan Kerja Kabupaten Paser',
    name: 'Elektroda RB-26 2,6 mm',
    unit: 'kg',
    roomName: 'Bengkel Las',
    lines: [
      {
        movedOn: '2026-11-02',
        kind: 'received',
        quantity: 20,
        balance: 20,
        reason: 'Pengadaan 2026',
        className: null,
        operatorName: 'Siti',
      },
      {
        movedOn: '2026-11-05',
        kind: 'used',
        quantity: -2.5,
        balance: 17.5,
        reason: 'Praktik pengelasan',
        className: 'Las SMAW Angkatan II 2026',
        operatorName: 'Agus',
      },
      {
        movedOn: '2026-11-09',
        kind: 'used',
        quantity: -0.125,
        balance: 17.375,
        reason: '',
        className: null,
        operatorName: 'Agus',
      },
      {
        movedOn: '2026-11-20',
        kind: 'adjusted',
        quantity: -0.375,
        balance: 17,
        reason: 'Stok opname: lembap',
        className: null,
        operatorName: 'Siti',
      },
      {
        movedOn: '2026-11-21',
        kind: 'adjusted',
        quantity: 1000,
        balance: 1017,
        reason: '=1+1',
        className: null,
        operatorName: '+Siti',
      },
    ],
  };

  it('writes the header, one row per movement with real dates and exact quantities, and the totals', async () => {
    const path = join(dir, 'stock.xlsx');
    await writeStockCardXlsx(path, card);
    const workbook = await read(path);
    const sheet = firstSheet(workbook);
    expect(sheet.getCell('A1').value).toBe('KARTU STOK');
    const header = [3, 4, 5, 6].map((r) => [sheet.getRow(r).getCell(1).value, sheet.getRow(r).getCell(3).value]);
    expect(header).toEqual([
      ['Nama BLK', 'UPTD Balai Latihan Kerja Kabupaten Paser'],
      ['Nama Barang', 'Elektroda RB-26 2,6 mm'],
      ['Satuan', 'kg'],
      ['Bengkel', 'Bengkel Las'],
    ]);
    const headings = STOCK_HEADINGS.map((_, i) => sheet.getRow(STOCK_HEADER_ROW).getCell(i + 1).value);
    expect(headings).toEqual(['No', 'Tanggal', 'Uraian', 'Masuk', 'Keluar', 'Sisa', 'Petugas']);

    const row = (n: number) => sheet.getRow(STOCK_HEADER_ROW + n);
    const cells = (n: number) => STOCK_HEADINGS.map((_, i) => row(n).getCell(i + 1).value);
    expect(cells(1)).toEqual([1, new Date('2026-11-02T00:00:00Z'), 'Diterima – Pengadaan 2026', 20, null, 20, 'Siti']);
    expect(row(1).getCell(2).value).toBeInstanceOf(Date);
    expect(row(1).getCell(2).numFmt).toBe('dd/mm/yyyy');
    expect(cells(2)).toEqual([
      2,
      new Date('2026-11-05T00:00:00Z'),
      'Dipakai – Praktik pengelasan – Kelas Las SMAW Angkatan II 2026',
      null,
      2.5,
      17.5,
      'Agus',
    ]);
    expect(cells(3).slice(2, 6)).toEqual(['Dipakai', null, 0.125, 17.375]);
    expect(cells(4).slice(2, 6)).toEqual(['Penyesuaian – Stok opname: lembap', null, 0.375, 17]);
    expect(cells(5).slice(2, 7)).toEqual(['Penyesuaian – =1+1', 1000, null, 1017, '+Siti']);
    // Whole quantities without decimals, fractions with up to three and no trailing zeros.
    expect(row(1).getCell(4).numFmt).toBe('#,##0');
    expect(row(2).getCell(5).numFmt).toBe('#,##0.###');
    expect(row(3).getCell(6).numFmt).toBe('#,##0.###');
    expect(row(4).getCell(6).numFmt).toBe('#,##0');

    expect(cells(6).slice(2, 6)).toEqual(['Jumlah', 1020, 3, 1017]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: STOCK_HEADER_ROW });
    expectNoFormulas(workbook, path);
  });

  it('opens with the balance carried over when the card starts mid-way, and has no noise from float sums', async () => {
    const path = join(dir, 'stock-carried.xlsx');
    await writeStockCardXlsx(path, {
      ...card,
      roomName: null,
      lines: [
        {
          movedOn: '2026-12-01',
          kind: 'used',
          quantity: -0.1,
          balance: 4.9,
          reason: '',
          className: null,
          operatorName: 'A',
        },
        {
          movedOn: '2026-12-02',
          kind: 'used',
          quantity: -0.2,
          balance: 4.7,
          reason: '',
          className: null,
          operatorName: 'A',
        },
      ],
    });
    const sheet = firstSheet(await read(path));
    expect(sheet.getRow(6).getCell(3).value).toBe('–');
    const opening = sheet.getRow(STOCK_HEADER_ROW + 1);
    expect(opening.getCell(3).value).toBe('Saldo awal');
    expect(opening.getCell(6).value).toBe(5);
    expect(sheet.getRow(STOCK_HEADER_ROW + 2).getCell(1).value).toBe(1);
    const total = sheet.getRow(STOCK_HEADER_ROW + 4);
    expect(total.getCell(5).value).toBe(0.3);
    expect(total.getCell(6).value).toBe(4.7);
  });
});
