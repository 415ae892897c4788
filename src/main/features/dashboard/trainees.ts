/**
 * The trainee charts of the dashboard: one count per enrolment of a class that started in the
 * period and that actually trained (in training, graduated, not yet competent, dropped out), by
 * start month, sex, age band at the class's start, education and district.
 *
 * Two statements, each one pass. Months are a class's fact: counted per class from the
 * enrolments index alone. The person's facts are grouped together (sex, education, age,
 * district) so SQLite reads and sorts ten years of trainees once rather than once per chart;
 * the few hundred groups are then folded into the four charts here. The district is the one the
 * trainee gave, or else the kecamatan their NIK was issued in (digits 1-6), decoded here from
 * the Kemendagri table because SQLite does not hold it.
 */
import { type Kysely, sql } from 'kysely';
import type { Charts, Count } from '@shared/contract/dashboard';
import { EDUCATION_LEVELS, type EducationLevel, SEXES, type Sex } from '@shared/domain';
import { AGE_BANDS, type AgeBand, ageBand } from '@shared/graduates';
import type { Database } from '../../db/schema';
import { regionTables } from '../regions/data';
import { monthsOf } from './period';

/** Enrolments that count as trainees: they started the class (whatever came of it). */
export const TRAINED_STATUSES = ['in_training', 'graduated', 'not_competent', 'dropped_out'] as const;

/** Districts shown by name; the rest are summed under '' (Lainnya). */
export const DISTRICTS_SHOWN = 10;

/** A district key that stands for "decode this NIK prefix"; typed names never start with it. */
const NIK_PREFIX_MARK = '#';

type TraineeCharts = Pick<Charts, 'enrolmentsPerMonth' | 'bySex' | 'byAgeBand' | 'byEducation' | 'byDistrict'>;

interface PersonGroup {
  sex: Sex;
  education: EducationLevel;
  age: number;
  district: string;
  n: number;
}

const add = <Key>(counts: Map<Key, number>, key: Key, n: number) => counts.set(key, (counts.get(key) ?? 0) + n);

export async function traineeCharts(db: Kysely<Database>, from: string, to: string): Promise<TraineeCharts> {
  const trained = sql.join(TRAINED_STATUSES);
  const [months, people] = await Promise.all([
    sql<{ month: string; n: number }>`
      SELECT substr(c.start_date, 1, 7) AS month,
        sum((SELECT count(*) FROM enrolments e WHERE e.class_id = c.id AND e.status IN (${trained}))) AS n
      FROM classes c
      WHERE c.start_date BETWEEN ${from} AND ${to}
      GROUP BY 1`.execute(db),
    sql<PersonGroup>`
      SELECT p.sex, p.education,
        CAST(substr(c.start_date, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER)
          - (substr(c.start_date, 6, 5) < substr(p.birth_date, 6, 5)) AS age,
        -- Stored trimmed (the contract trims it), so no trim() per row here.
        CASE WHEN p.district <> '' THEN p.district ELSE ${NIK_PREFIX_MARK} || substr(p.nik, 1, 6) END AS district,
        count(*) AS n
      FROM classes c
      JOIN enrolments e ON e.class_id = c.id
      JOIN participants p ON p.id = e.participant_id
      WHERE c.start_date BETWEEN ${from} AND ${to} AND e.status IN (${trained})
      GROUP BY 1, 2, 3, 4`.execute(db),
  ]);
  const perMonth = new Map(months.rows.map((row) => [row.month, Number(row.n)]));
  const sexes = new Map<Sex, number>();
  const education = new Map<EducationLevel, number>();
  const ages = new Map<AgeBand, number>();
  const districts = new Map<string, number>();
  for (const group of people.rows) {
    const n = Number(group.n);
    add(sexes, group.sex, n);
    add(education, group.education, n);
    add(ages, ageBand(Number(group.age)), n);
    add(districts, group.district, n);
  }
  return {
    enrolmentsPerMonth: monthsOf(from, to).map((key) => ({ key, count: perMonth.get(key) ?? 0 })),
    bySex: SEXES.map((key): Count<Sex> => ({ key, count: sexes.get(key) ?? 0 })),
    byAgeBand: AGE_BANDS.map((key): Count<AgeBand> => ({ key, count: ages.get(key) ?? 0 })),
    byEducation: EDUCATION_LEVELS.map((key): Count<EducationLevel> => ({ key, count: education.get(key) ?? 0 })),
    byDistrict: await districtCounts([...districts].map(([key, n]) => ({ key, n }))),
  };
}

/**
 * Typed names and decoded NIK districts merged without regard to case ("TANAH GROGOT" and
 * "Tanah Grogot" are one place), shown under the spelling most trainees used; largest first,
 * then the tail and anything undecodable summed under '' (Lainnya).
 */
export async function districtCounts(rows: readonly { key: string | null; n: number }[]): Promise<Count[]> {
  const tables = await regionTables();
  const places = new Map<string, { total: number; spellings: Map<string, number> }>();
  let other = 0;
  for (const row of rows) {
    const key = row.key ?? '';
    const n = Number(row.n);
    const name = key.startsWith(NIK_PREFIX_MARK) ? (tables.districts.get(key.slice(1))?.name ?? '') : key;
    if (name === '') {
      other += n;
      continue;
    }
    const folded = name.toLocaleLowerCase('id');
    const place = places.get(folded) ?? { total: 0, spellings: new Map<string, number>() };
    place.total += n;
    place.spellings.set(name, (place.spellings.get(name) ?? 0) + n);
    places.set(folded, place);
  }
  const ranked = [...places.values()]
    .map((place) => ({
      key: [...place.spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'id'))[0]?.[0] ?? '',
      count: place.total,
    }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key, 'id'));
  const shown = ranked.slice(0, DISTRICTS_SHOWN);
  other += ranked.slice(DISTRICTS_SHOWN).reduce((sum, place) => sum + place.count, 0);
  return other > 0 ? [...shown, { key: '', count: other }] : shown;
}
