/**
 * The rate charts: graduation per programme, and placement per programme, funding source and
 * graduation year. Every rate comes from `rateOf`, so its denominator travels with it and the
 * rate is null when nobody is in the denominator.
 *
 * Graduation = graduated / (graduated + not yet competent + dropped out) of the classes that
 * ended in the period. Placement = (employed + self-employed) / reached, over graduates whose
 * class ended in the period: reached means the latest follow-up (graduate_status) found them, so
 * "unreachable" and never-followed-up graduates are in neither number.
 */
import { type Kysely, sql } from 'kysely';
import type { Charts, RateRow } from '@shared/contract/dashboard';
import { FUNDING_SOURCES, type FundingSource, OUTCOME_STATUSES } from '@shared/domain';
import { PLACED_OUTCOMES, REACHED_OUTCOMES, rateOf } from '@shared/graduates';
import { dictionaries } from '@shared/i18n';
import type { Database } from '../../db/schema';
import { yearsOf } from './period';

type RateCharts = Pick<
  Charts,
  'graduationRateByProgram' | 'placementRateByProgram' | 'placementRateByFunding' | 'placementRateByYear'
>;

export async function rateCharts(db: Kysely<Database>, from: string, to: string): Promise<RateCharts> {
  const [graduationRateByProgram, placement] = await Promise.all([
    graduationByProgram(db, from, to),
    placementRates(db, from, to),
  ]);
  return { graduationRateByProgram, ...placement };
}

async function graduationByProgram(db: Kysely<Database>, from: string, to: string): Promise<RateRow[]> {
  const { rows } = await sql<{ programId: number; name: string; graduated: number; finished: number }>`
    SELECT c.program_id AS program_id, pr.name AS name,
      count(*) FILTER (WHERE e.status = 'graduated') AS graduated,
      count(e.id) AS finished
    FROM classes c
    JOIN programs pr ON pr.id = c.program_id
    LEFT JOIN enrolments e ON e.class_id = c.id AND e.status IN (${sql.join(OUTCOME_STATUSES)})
    WHERE c.end_date BETWEEN ${from} AND ${to}
    GROUP BY c.program_id
    ORDER BY pr.name, c.program_id`.execute(db);
  return rows.map((row) => ({
    key: String(row.programId),
    label: row.name,
    ...rateOf(Number(row.graduated), Number(row.finished)),
  }));
}

interface PlacementGroup {
  chart: 'program' | 'funding' | 'year';
  key: string;
  placed: number;
  reached: number;
}

/**
 * Counted per class first (its graduates' latest statuses, read through the enrolments index),
 * then the few hundred class rows grouped three ways: the graduates are read and never sorted.
 */
export async function placementRates(
  db: Kysely<Database>,
  from: string,
  to: string,
): Promise<Pick<Charts, 'placementRateByProgram' | 'placementRateByFunding' | 'placementRateByYear'>> {
  const { rows } = await sql<PlacementGroup>`
    WITH per_class AS MATERIALIZED (
      SELECT g.program_id, g.funding_source, substr(g.graduated_on, 1, 4) AS year,
        count(*) FILTER (WHERE s.outcome IN (${sql.join(PLACED_OUTCOMES)})) AS placed,
        count(*) FILTER (WHERE s.outcome IN (${sql.join(REACHED_OUTCOMES)})) AS reached
      FROM graduates g
      LEFT JOIN graduate_status s ON s.enrolment_id = g.enrolment_id
      WHERE g.graduated_on BETWEEN ${from} AND ${to}
      GROUP BY g.class_id
    )
    SELECT 'program' AS chart, CAST(program_id AS TEXT) AS key, sum(placed) AS placed, sum(reached) AS reached
      FROM per_class GROUP BY program_id
    UNION ALL SELECT 'funding', funding_source, sum(placed), sum(reached) FROM per_class GROUP BY funding_source
    UNION ALL SELECT 'year', year, sum(placed), sum(reached) FROM per_class GROUP BY year`.execute(db);
  const byChart = (chart: PlacementGroup['chart']) =>
    new Map(rows.filter((row) => row.chart === chart).map((row) => [row.key, row]));
  const rate = (row: PlacementGroup | undefined) => rateOf(Number(row?.placed ?? 0), Number(row?.reached ?? 0));

  const programs = byChart('program');
  const names = programs.size
    ? await db
        .selectFrom('programs')
        .select(['id', 'name'])
        .where(
          'id',
          'in',
          [...programs.keys()].map((key) => Number(key)),
        )
        .execute()
    : [];
  const funding = byChart('funding');
  const years = byChart('year');
  return {
    placementRateByProgram: names
      .map((program) => ({ key: String(program.id), label: program.name, ...rate(programs.get(String(program.id))) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'id') || Number(a.key) - Number(b.key)),
    placementRateByFunding: FUNDING_SOURCES.map((key): RateRow<FundingSource> => ({
      key,
      label: dictionaries.id.fundingSource[key],
      ...rate(funding.get(key)),
    })),
    placementRateByYear: yearsOf(from, to).map((key) => ({ key, label: key, ...rate(years.get(key)) })),
  };
}
