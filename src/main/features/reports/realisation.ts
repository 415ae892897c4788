/**
 * Realisation per funding source (laporan realisasi): for the classes that ran in the period
 * (started by its end and ended after its start; planned and open classes did not run yet), the
 * number of classes, their JP, trainees, graduates, the graduation rate with its denominator and
 * the placement rate with its denominator. The total row is summed here, not by a formula.
 */
import { type Kysely, sql } from 'kysely';
import { FUNDING_SOURCES, type FundingSource, OUTCOME_STATUSES } from '@shared/domain';
import { PLACED_OUTCOMES, REACHED_OUTCOMES, type Rate, rateOf } from '@shared/graduates';
import { dictionaries } from '@shared/i18n';
import type { Database } from '../../db/schema';
import { TRAINED_STATUSES } from '../dashboard/trainees';
import type { ReportMeta, ReportPlan } from './plan';
import { type CellValue, type Column, INTEGER_FORMAT, PERCENT_FORMAT, periodText, rateCells } from './xlsx';

export const REALISATION_COLUMNS: readonly Column[] = [
  { heading: 'No', width: 6 },
  { heading: 'Sumber Dana', width: 28 },
  { heading: 'Jumlah Kelas', width: 10, format: INTEGER_FORMAT },
  { heading: 'Jumlah JP', width: 11, format: INTEGER_FORMAT },
  { heading: 'Jumlah Peserta', width: 11, format: INTEGER_FORMAT },
  { heading: 'Lulus', width: 10, format: INTEGER_FORMAT },
  { heading: 'Peserta Selesai (lulus + belum kompeten + mengundurkan diri)', width: 22, format: INTEGER_FORMAT },
  { heading: 'Tingkat Kelulusan', width: 11, format: PERCENT_FORMAT },
  { heading: 'Bekerja + Wirausaha', width: 12, format: INTEGER_FORMAT },
  { heading: 'Alumni Terhubungi', width: 12, format: INTEGER_FORMAT },
  { heading: 'Tingkat Penempatan', width: 12, format: PERCENT_FORMAT },
];

export interface RealisationLine {
  fundingSource: FundingSource;
  classes: number;
  jp: number;
  trainees: number;
  graduation: Rate;
  placement: Rate;
}

const RAN_STATUSES = ['running', 'finished', 'closed'] as const;

export async function realisationLines(
  db: Kysely<Database>,
  input: { from: string; to: string; fundingSource: FundingSource | null },
): Promise<RealisationLine[]> {
  const enrolmentsOf = (statuses: readonly string[]) =>
    sql`(SELECT count(*) FROM enrolments e WHERE e.class_id = c.id AND e.status IN (${sql.join(statuses)}))`;
  const graduatesWith = (outcomes: readonly string[]) =>
    sql`(SELECT count(*) FROM enrolments e JOIN graduate_status s ON s.enrolment_id = e.id
      WHERE e.class_id = c.id AND e.status = 'graduated' AND s.outcome IN (${sql.join(outcomes)}))`;
  const { rows } = await sql<{
    fundingSource: FundingSource;
    classes: number;
    jp: number;
    trainees: number;
    graduated: number;
    finished: number;
    placed: number;
    reached: number;
  }>`
    SELECT c.funding_source AS funding_source, count(*) AS classes, sum(pr.total_jp) AS jp,
      sum(${enrolmentsOf(TRAINED_STATUSES)}) AS trainees,
      sum(${enrolmentsOf(['graduated'])}) AS graduated,
      sum(${enrolmentsOf(OUTCOME_STATUSES)}) AS finished,
      sum(${graduatesWith(PLACED_OUTCOMES)}) AS placed,
      sum(${graduatesWith(REACHED_OUTCOMES)}) AS reached
    FROM classes c JOIN programs pr ON pr.id = c.program_id
    WHERE c.start_date <= ${input.to} AND c.end_date >= ${input.from} AND c.status IN (${sql.join(RAN_STATUSES)})
      ${input.fundingSource ? sql`AND c.funding_source = ${input.fundingSource}` : sql``}
    GROUP BY c.funding_source`.execute(db);
  const bySource = new Map(rows.map((row) => [row.fundingSource, row]));
  const sources = input.fundingSource ? [input.fundingSource] : FUNDING_SOURCES;
  return sources.map((fundingSource) => {
    const row = bySource.get(fundingSource);
    return {
      fundingSource,
      classes: Number(row?.classes ?? 0),
      jp: Number(row?.jp ?? 0),
      trainees: Number(row?.trainees ?? 0),
      graduation: rateOf(Number(row?.graduated ?? 0), Number(row?.finished ?? 0)),
      placement: rateOf(Number(row?.placed ?? 0), Number(row?.reached ?? 0)),
    };
  });
}

const lineCells = (line: Omit<RealisationLine, 'fundingSource'>): CellValue[] => [
  line.classes,
  line.jp,
  line.trainees,
  ...rateCells(line.graduation),
  ...rateCells(line.placement),
];

export async function realisationPlan(
  db: Kysely<Database>,
  input: { from: string; to: string; fundingSource: FundingSource | null },
  meta: ReportMeta,
): Promise<ReportPlan> {
  const lines = await realisationLines(db, input);
  const sum = (pick: (line: RealisationLine) => number) => lines.reduce((total, line) => total + pick(line), 0);
  const total = {
    classes: sum((line) => line.classes),
    jp: sum((line) => line.jp),
    trainees: sum((line) => line.trainees),
    graduation: rateOf(
      sum((line) => line.graduation.numerator),
      sum((line) => line.graduation.denominator),
    ),
    placement: rateOf(
      sum((line) => line.placement.numerator),
      sum((line) => line.placement.denominator),
    ),
  };
  return {
    report: 'realisation',
    defaultFileName: `Realisasi-Pelatihan-${input.from}-sd-${input.to}.xlsx`,
    body: {
      name: 'Realisasi',
      head: {
        title: 'LAPORAN REALISASI PELATIHAN PER SUMBER DANA',
        blkName: meta.blkName,
        subject: periodText(input.from, input.to),
        printedOn: meta.today,
      },
      columns: REALISATION_COLUMNS,
    },
    keys: lines.map((_, index) => index),
    async rows(_db, keys, firstNumber) {
      return keys.flatMap((key, index) => {
        const line = lines[key];
        return line
          ? [[firstNumber + index, dictionaries.id.fundingSource[line.fundingSource], ...lineCells(line)]]
          : [];
      });
    },
    totals: [['', 'Jumlah', ...lineCells(total)]],
    after: [],
  };
}
