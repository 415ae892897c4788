/**
 * Follow-up results (hasil penelusuran alumni): one row per graduate whose class ended in the
 * period, with their latest follow-up and its facts (or "Belum ditelusuri"), and two summary
 * sheets with the count per outcome and the placement rate, per programme and per funding source. Placement rate as on the
 * dashboard: (employed + self-employed) / reached; unreachable and never-followed-up graduates
 * are counted in their own columns but in neither number.
 */
import type { Kysely } from 'kysely';
import { FUNDING_SOURCES } from '@shared/domain';
import { FOLLOW_UP_OUTCOMES, type FollowUpOutcome, PLACED_OUTCOMES, REACHED_OUTCOMES, rateOf } from '@shared/graduates';
import { dictionaries } from '@shared/i18n';
import type { Database } from '../../db/schema';
import type { ReportMeta, ReportPlan, SmallSheet } from './plan';
import {
  type CellValue,
  type Column,
  DATE_FORMAT,
  INTEGER_FORMAT,
  PERCENT_FORMAT,
  dateOrEmpty,
  excelDate,
  periodText,
  rateCells,
} from './xlsx';

const words = dictionaries.id;
const vocab = words.graduates;

export interface FollowUpFilters {
  from: string;
  to: string;
  programId: number | null;
  classId: number | null;
}

export const FOLLOW_UP_COLUMNS: readonly Column[] = [
  { heading: 'No', width: 7 },
  { heading: 'NIK', width: 20 },
  { heading: 'Nama Lengkap', width: 28 },
  { heading: 'Jenis Kelamin', width: 12 },
  { heading: 'No. HP', width: 16 },
  { heading: 'Program Pelatihan', width: 28 },
  { heading: 'Kelas', width: 28 },
  { heading: 'Sumber Dana', width: 18 },
  { heading: 'Tanggal Lulus', width: 13, format: DATE_FORMAT },
  { heading: 'Status Terakhir', width: 20 },
  { heading: 'Tanggal Penelusuran', width: 13, format: DATE_FORMAT },
  { heading: 'Cara Penelusuran', width: 14 },
  { heading: 'Putaran (bulan)', width: 10 },
  { heading: 'Tempat Kerja', width: 26 },
  { heading: 'Sektor', width: 26 },
  { heading: 'Jabatan', width: 20 },
  { heading: 'Formal/Informal', width: 12 },
  { heading: 'Jenis Usaha', width: 20 },
  { heading: 'Penghasilan per Bulan', width: 24 },
];

/** The summary sheets: the same counts grouped by programme, then by funding source. */
const GROUPINGS = {
  program: { sheet: 'Per Program', title: 'RINGKASAN PENELUSURAN ALUMNI PER PROGRAM', heading: 'Program Pelatihan' },
  fundingSource: {
    sheet: 'Per Sumber Dana',
    title: 'RINGKASAN PENELUSURAN ALUMNI PER SUMBER DANA',
    heading: 'Sumber Dana',
  },
} as const;
type Grouping = keyof typeof GROUPINGS;

function summaryColumns(grouping: Grouping): readonly Column[] {
  return [
    { heading: 'No', width: 6 },
    { heading: GROUPINGS[grouping].heading, width: 32 },
    { heading: 'Jumlah Alumni', width: 11, format: INTEGER_FORMAT },
    ...FOLLOW_UP_OUTCOMES.map((outcome) => ({ heading: vocab.outcome[outcome], width: 12, format: INTEGER_FORMAT })),
    { heading: vocab.unknownStatus, width: 12, format: INTEGER_FORMAT },
    { heading: 'Bekerja + Wirausaha', width: 12, format: INTEGER_FORMAT },
    { heading: 'Alumni Terhubungi', width: 12, format: INTEGER_FORMAT },
    { heading: 'Tingkat Penempatan', width: 12, format: PERCENT_FORMAT },
  ];
}

/** Graduates of classes that ended in the period, narrowed to a programme or a class. */
function graduatesIn(db: Kysely<Database>, filters: FollowUpFilters) {
  let query = db
    .selectFrom('graduates as g')
    .where('g.graduatedOn', '>=', filters.from)
    .where('g.graduatedOn', '<=', filters.to);
  if (filters.programId !== null) query = query.where('g.programId', '=', filters.programId);
  if (filters.classId !== null) query = query.where('g.classId', '=', filters.classId);
  return query;
}

interface OutcomeCounts {
  graduates: number;
  never: number;
  outcomes: Record<FollowUpOutcome, number>;
}

interface SummaryRow extends OutcomeCounts {
  name: string;
}

const noCounts = (): OutcomeCounts => ({
  graduates: 0,
  never: 0,
  outcomes: Object.fromEntries(FOLLOW_UP_OUTCOMES.map((outcome) => [outcome, 0])) as Record<FollowUpOutcome, number>,
});

function addCount(counts: OutcomeCounts, outcome: FollowUpOutcome | null, n: number): void {
  counts.graduates += n;
  if (outcome === null) counts.never += n;
  else counts.outcomes[outcome] += n;
}

/** Outcome counts per programme (by name) or per funding source (in the ministry's order). */
async function summaryRows(db: Kysely<Database>, filters: FollowUpFilters, grouping: Grouping): Promise<SummaryRow[]> {
  const graduates = graduatesIn(db, filters).leftJoin('graduateStatus as s', 's.enrolmentId', 'g.enrolmentId');
  const rows =
    grouping === 'program'
      ? await graduates
          .innerJoin('programs as pr', 'pr.id', 'g.programId')
          .select((eb) => ['g.programId as key', 'pr.name', 's.outcome', eb.fn.countAll<number>().as('n')])
          .groupBy(['g.programId', 's.outcome'])
          .orderBy('pr.name')
          .orderBy('g.programId')
          .execute()
      : (
          await graduates
            .select((eb) => ['g.fundingSource as key', 's.outcome', eb.fn.countAll<number>().as('n')])
            .groupBy(['g.fundingSource', 's.outcome'])
            .execute()
        )
          .map((row) => ({ ...row, name: words.fundingSource[row.key] }))
          .sort((a, b) => FUNDING_SOURCES.indexOf(a.key) - FUNDING_SOURCES.indexOf(b.key));
  const groups = new Map<string, SummaryRow>();
  for (const row of rows) {
    const key = String(row.key);
    const summary = groups.get(key) ?? { name: row.name, ...noCounts() };
    addCount(summary, row.outcome, Number(row.n));
    groups.set(key, summary);
  }
  return [...groups.values()];
}

function summaryCells(row: OutcomeCounts): CellValue[] {
  const count = (outcomes: readonly FollowUpOutcome[]) =>
    outcomes.reduce((sum, outcome) => sum + row.outcomes[outcome], 0);
  const placement = rateOf(count(PLACED_OUTCOMES), count(REACHED_OUTCOMES));
  return [
    row.graduates,
    ...FOLLOW_UP_OUTCOMES.map((outcome) => row.outcomes[outcome]),
    row.never,
    ...rateCells(placement),
  ];
}

export async function followUpsPlan(
  db: Kysely<Database>,
  filters: FollowUpFilters,
  meta: ReportMeta,
): Promise<ReportPlan> {
  const [ordered, byProgram, byFundingSource] = await Promise.all([
    graduatesIn(db, filters)
      .innerJoin('programs as pr', 'pr.id', 'g.programId')
      .innerJoin('classes as c', 'c.id', 'g.classId')
      .innerJoin('participants as p', 'p.id', 'g.participantId')
      .select('g.enrolmentId')
      .orderBy('pr.name')
      .orderBy('g.graduatedOn')
      .orderBy('c.name')
      .orderBy('p.fullName')
      .orderBy('g.enrolmentId')
      .execute(),
    summaryRows(db, filters, 'program'),
    summaryRows(db, filters, 'fundingSource'),
  ]);
  const subject = periodText(filters.from, filters.to);
  const total = noCounts();
  for (const row of byProgram) {
    total.graduates += row.graduates;
    total.never += row.never;
    for (const outcome of FOLLOW_UP_OUTCOMES) total.outcomes[outcome] += row.outcomes[outcome];
  }
  const summarySheet = (grouping: Grouping, rows: readonly SummaryRow[]): SmallSheet => ({
    name: GROUPINGS[grouping].sheet,
    head: { title: GROUPINGS[grouping].title, blkName: meta.blkName, subject, printedOn: meta.today },
    columns: summaryColumns(grouping),
    rows: rows.map((row, index) => [index + 1, row.name, ...summaryCells(row)]),
    totals: [['', 'Jumlah', ...summaryCells(total)]],
  });
  return {
    report: 'followUps',
    defaultFileName: `Penelusuran-Alumni-${filters.from}-sd-${filters.to}.xlsx`,
    body: {
      name: 'Alumni',
      head: { title: 'HASIL PENELUSURAN ALUMNI', blkName: meta.blkName, subject, printedOn: meta.today },
      columns: FOLLOW_UP_COLUMNS,
    },
    keys: ordered.map((row) => row.enrolmentId),
    totals: [],
    after: [summarySheet('program', byProgram), summarySheet('fundingSource', byFundingSource)],
    rows: followUpRows,
  };
}

async function followUpRows(
  db: Kysely<Database>,
  keys: readonly number[],
  firstNumber: number,
): Promise<CellValue[][]> {
  if (keys.length === 0) return [];
  const records = await db
    .selectFrom('enrolments as e')
    .innerJoin('participants as p', 'p.id', 'e.participantId')
    .innerJoin('classes as c', 'c.id', 'e.classId')
    .innerJoin('programs as pr', 'pr.id', 'c.programId')
    .leftJoin('graduateStatus as s', 's.enrolmentId', 'e.id')
    .leftJoin('followUps as f', 'f.id', 's.followUpId')
    .select([
      'e.id',
      'p.nik',
      'p.fullName',
      'p.sex',
      'p.phone',
      'pr.name as programName',
      'c.name as className',
      'c.fundingSource',
      'c.endDate',
      'f.outcome',
      'f.contactedOn',
      'f.channel',
      'f.roundMonths',
      'f.employer',
      'f.sector',
      'f.jobTitle',
      'f.employmentKind',
      'f.businessType',
      'f.incomeBand',
    ])
    .where('e.id', 'in', [...keys])
    .execute();
  const byId = new Map(records.map((record) => [record.id, record]));
  return keys.flatMap((key, index): CellValue[][] => {
    const r = byId.get(key);
    if (!r) return [];
    return [
      [
        firstNumber + index,
        r.nik,
        r.fullName,
        words.sex[r.sex],
        r.phone,
        r.programName,
        r.className,
        words.fundingSource[r.fundingSource],
        excelDate(r.endDate),
        r.outcome ? vocab.outcome[r.outcome] : vocab.unknownStatus,
        dateOrEmpty(r.contactedOn),
        r.channel ? vocab.channel[r.channel] : '',
        r.roundMonths,
        r.employer ?? '',
        r.sector ? vocab.sector[r.sector] : '',
        r.jobTitle ?? '',
        r.employmentKind ? vocab.employmentKind[r.employmentKind] : '',
        r.businessType ?? '',
        r.incomeBand ? vocab.incomeBand[r.incomeBand] : '',
      ],
    ];
  });
}
