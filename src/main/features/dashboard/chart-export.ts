/**
 * One dashboard chart as a table the head of the BLK can paste into a letter: Indonesian
 * headings, counts as numbers, rates as numerator, denominator and percentage (empty when there
 * is no one to count), written atomically where the clerk chooses.
 */
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import type { WrittenFile } from '@shared/contract';
import type { ChartKey, Charts, Count, RateRow } from '@shared/contract/dashboard';
import { formatDate } from '@shared/format';
import { dictionaries } from '@shared/i18n';
import type { HandlerContext } from '../../context';
import { withFileErrors, writeFileAtomically } from '../../files';
import { blkSettings, blkToday } from '../equipment/queries';
import {
  type CellValue,
  type Column,
  INTEGER_FORMAT,
  PERCENT_FORMAT,
  addReportSheet,
  columnStyles,
  periodText,
  rateCells,
  writeHead,
  writeRow,
} from '../reports/xlsx';
import { readCharts } from './charts';

const words = dictionaries.id;

interface ChartTable {
  title: string;
  /** File name part, without spaces. */
  slug: string;
  keyHeading: string;
  /** The key as a reader says it. */
  label(key: string): string;
  /** What the numerator and denominator count, for rate charts. */
  rate?: { numerator: string; denominator: string };
}

const count = (title: string, slug: string, keyHeading: string, label: (key: string) => string): ChartTable => ({
  title,
  slug,
  keyHeading,
  label,
});

const lookup = (table: Readonly<Record<string, string>>) => (key: string) => table[key] ?? key;

const GRADUATION = { numerator: 'Lulus', denominator: 'Peserta selesai (lulus + belum kompeten + mengundurkan diri)' };
const PLACEMENT = { numerator: 'Bekerja + wirausaha', denominator: 'Alumni terhubungi' };

export const CHART_TABLES: Readonly<Record<ChartKey, ChartTable>> = {
  enrolmentsPerMonth: count('Peserta per Bulan', 'Peserta-per-Bulan', 'Bulan', (key) => {
    // "1 Januari 2026" without its day: the month as the shared date format names it.
    return formatDate(`${key}-01`, 'id').replace(/^1 /, '');
  }),
  bySex: count('Peserta menurut Jenis Kelamin', 'Peserta-Jenis-Kelamin', 'Jenis Kelamin', lookup(words.sex)),
  byAgeBand: count('Peserta menurut Kelompok Umur', 'Peserta-Kelompok-Umur', 'Kelompok Umur', (key) =>
    key in words.graduates.ageBand ? `${lookup(words.graduates.ageBand)(key)} tahun` : key,
  ),
  byEducation: count(
    'Peserta menurut Pendidikan',
    'Peserta-Pendidikan',
    'Pendidikan Terakhir',
    lookup(words.education),
  ),
  byDistrict: count('Peserta menurut Kecamatan', 'Peserta-Kecamatan', 'Kecamatan', (key) => key || 'Lainnya'),
  graduationRateByProgram: {
    title: 'Tingkat Kelulusan per Program Pelatihan',
    slug: 'Kelulusan-per-Program',
    keyHeading: 'Program Pelatihan',
    label: (key) => key,
    rate: GRADUATION,
  },
  placementRateByProgram: {
    title: 'Tingkat Penempatan per Program Pelatihan',
    slug: 'Penempatan-per-Program',
    keyHeading: 'Program Pelatihan',
    label: (key) => key,
    rate: PLACEMENT,
  },
  placementRateByFunding: {
    title: 'Tingkat Penempatan per Sumber Dana',
    slug: 'Penempatan-per-Sumber-Dana',
    keyHeading: 'Sumber Dana',
    label: lookup(words.fundingSource),
    rate: PLACEMENT,
  },
  placementRateByYear: {
    title: 'Tingkat Penempatan per Tahun Lulus',
    slug: 'Penempatan-per-Tahun',
    keyHeading: 'Tahun Lulus',
    label: (key) => key,
    rate: PLACEMENT,
  },
};

function isRateRow(row: Count | RateRow): row is RateRow {
  return 'denominator' in row;
}

/** The chart as a whole workbook (small: at most a few hundred rows for ten years of months). */
export function chartWorkbook(
  chart: ChartKey,
  charts: Charts,
  meta: { blkName: string; printedOn: string },
): ExcelJS.Workbook {
  const table = CHART_TABLES[chart];
  const rows: (Count | RateRow)[] = charts[chart];
  const columns: Column[] = [
    { heading: 'No', width: 6 },
    { heading: table.keyHeading, width: 38 },
    ...(table.rate
      ? [
          { heading: table.rate.numerator, width: 18, format: INTEGER_FORMAT },
          { heading: table.rate.denominator, width: 26, format: INTEGER_FORMAT },
          { heading: 'Persentase', width: 13, format: PERCENT_FORMAT },
        ]
      : [{ heading: 'Jumlah Peserta', width: 16, format: INTEGER_FORMAT }]),
  ];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pelita';
  workbook.title = table.title;
  const sheet = addReportSheet(workbook, 'Data', columns);
  writeHead(
    sheet,
    {
      title: table.title,
      blkName: meta.blkName,
      subject: periodText(charts.period.from, charts.period.to),
      printedOn: meta.printedOn,
    },
    columns,
  );
  const styles = columnStyles(columns);
  let total = 0;
  let numerator = 0;
  let denominator = 0;
  rows.forEach((row, index) => {
    // Rate rows carry their own display name (a programme); count rows are codes to translate.
    const label = isRateRow(row) ? table.label(row.label) : table.label(row.key);
    const values: CellValue[] = isRateRow(row) ? rateCells(row) : [row.count];
    if (isRateRow(row)) {
      numerator += row.numerator;
      denominator += row.denominator;
    } else total += row.count;
    writeRow(sheet, [index + 1, label, ...values], styles);
  });
  const totals: CellValue[] = table.rate
    ? [numerator, denominator, denominator === 0 ? null : numerator / denominator]
    : [total];
  writeRow(sheet, ['', 'Jumlah', ...totals], columnStyles(columns, { bold: true }));
  return workbook;
}

export async function exportChart(
  ctx: HandlerContext,
  input: { chart: ChartKey; from: string; to: string },
): Promise<WrittenFile | null> {
  const table = CHART_TABLES[input.chart];
  const today = await blkToday(ctx.db, ctx.now);
  const path = await ctx.platform.chooseSavePath({
    defaultName: `${table.slug}-${input.from}-sd-${input.to}.xlsx`,
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  });
  if (path === null) return null;
  const [charts, settings] = await Promise.all([readCharts(ctx.db, input), blkSettings(ctx.db)]);
  const workbook = chartWorkbook(input.chart, charts, { blkName: settings.blkName, printedOn: today });
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  await withFileErrors(path, () => writeFileAtomically(path, bytes));
  return { fileName: basename(path), path };
}
