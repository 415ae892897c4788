import { type Kysely, sql } from 'kysely';
import {
  EMPLOYMENT_KINDS,
  FOLLOW_UP_CHANNELS,
  FOLLOW_UP_OUTCOMES,
  INCOME_BANDS,
  PARTNERSHIP_KINDS,
  SECTORS,
} from '@shared/graduates';

/*
 * Graduate tracking: follow-up rounds (months after graduation), partner companies and what they
 * do with the BLK, placements, and follow-ups. A graduate is an enrolment with status
 * 'graduated'; graduation is the class's end date. Follow-ups and placements are history: never
 * edited or deleted (a correction is a newer follow-up), only for graduates, never dated before
 * graduation. A placement is also a follow-up (outcome employed, channel placement), written in
 * the same transaction. `graduate_status` holds each graduate's latest follow-up, kept by a
 * trigger and checked against the history, so the dashboard reads it without a subquery.
 * Forward-only.
 */

const isoDate = (column: string) => sql.raw(`(date(${column}) IS ${column})`);
const text = (column: string, max: number) => sql.raw(`(length(trim(${column})) BETWEEN 1 AND ${max})`);
const upTo = (column: string, max: number) => sql.raw(`(length(${column}) <= ${max})`);
const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`(${column} IN (${values.map((value) => `'${value}'`).join(', ')}))`);
const nullOrOneOf = (column: string, values: readonly string[]) =>
  sql.raw(`(${column} IS NULL OR ${column} IN (${values.map((value) => `'${value}'`).join(', ')}))`);

const graduationOf = (enrolment: string) =>
  sql.raw(`(SELECT c.end_date FROM enrolments e JOIN classes c ON c.id = e.class_id WHERE e.id = ${enrolment})`);
const notGraduate = (enrolment: string) =>
  sql.raw(`(SELECT status FROM enrolments WHERE id = ${enrolment}) IS NOT 'graduated'`);
const latestFollowUp = (enrolment: string) =>
  sql.raw(`(SELECT id FROM follow_ups WHERE enrolment_id = ${enrolment} ORDER BY contacted_on DESC, id DESC LIMIT 1)`);

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE follow_up_rounds (
      months INTEGER PRIMARY KEY CHECK (months BETWEEN 1 AND 60)
    ) STRICT`,
    sql`INSERT INTO follow_up_rounds (months) VALUES (3), (6), (12)`,

    sql`CREATE TABLE companies (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK ${text('name', 150)},
      sector TEXT NOT NULL CHECK ${oneOf('sector', SECTORS)},
      address TEXT NOT NULL DEFAULT '' CHECK ${upTo('address', 300)},
      contact_name TEXT NOT NULL DEFAULT '' CHECK ${upTo('contact_name', 150)},
      phone TEXT NOT NULL DEFAULT '' CHECK ${upTo('phone', 20)},
      email TEXT NOT NULL DEFAULT '' CHECK ${upTo('email', 200)},
      notes TEXT NOT NULL DEFAULT '' CHECK ${upTo('notes', 2000)},
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE company_partnerships (
      company_id INTEGER NOT NULL REFERENCES companies (id),
      kind TEXT NOT NULL CHECK ${oneOf('kind', PARTNERSHIP_KINDS)},
      PRIMARY KEY (company_id, kind)
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE INDEX company_partnerships_kind ON company_partnerships (kind, company_id)`,

    sql`CREATE TABLE placements (
      id INTEGER PRIMARY KEY,
      enrolment_id INTEGER NOT NULL REFERENCES enrolments (id),
      company_id INTEGER NOT NULL REFERENCES companies (id),
      position TEXT NOT NULL CHECK ${text('position', 150)},
      started_on TEXT NOT NULL CHECK ${isoDate('started_on')},
      employment_kind TEXT NOT NULL CHECK ${oneOf('employment_kind', EMPLOYMENT_KINDS)},
      income_band TEXT NOT NULL CHECK ${oneOf('income_band', INCOME_BANDS)},
      notes TEXT NOT NULL DEFAULT '' CHECK ${upTo('notes', 1000)},
      operator_id INTEGER NOT NULL REFERENCES operators (id),
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX placements_company ON placements (company_id, started_on)`,
    sql`CREATE INDEX placements_enrolment ON placements (enrolment_id)`,
    sql`CREATE TRIGGER placements_graduates_only BEFORE INSERT ON placements
      WHEN ${notGraduate('new.enrolment_id')}
      BEGIN SELECT RAISE(ABORT, 'NOT_GRADUATED'); END`,
    sql`CREATE TRIGGER placements_after_graduation BEFORE INSERT ON placements
      WHEN new.started_on < ${graduationOf('new.enrolment_id')}
      BEGIN SELECT RAISE(ABORT, 'FOLLOW_UP_BEFORE_GRADUATION'); END`,
    sql`CREATE TRIGGER placements_kept BEFORE UPDATE ON placements
      BEGIN SELECT RAISE(ABORT, 'FOLLOW_UP_KEPT'); END`,
    sql`CREATE TRIGGER placements_kept_delete BEFORE DELETE ON placements
      BEGIN SELECT RAISE(ABORT, 'FOLLOW_UP_KEPT'); END`,

    sql`CREATE TABLE follow_ups (
      id INTEGER PRIMARY KEY,
      enrolment_id INTEGER NOT NULL REFERENCES enrolments (id),
      -- The round (months after graduation) this contact answers; null for a contact between rounds.
      round_months INTEGER CHECK (round_months IS NULL OR round_months BETWEEN 1 AND 60),
      contacted_on TEXT NOT NULL CHECK ${isoDate('contacted_on')},
      channel TEXT NOT NULL CHECK ${oneOf('channel', FOLLOW_UP_CHANNELS)},
      outcome TEXT NOT NULL CHECK ${oneOf('outcome', FOLLOW_UP_OUTCOMES)},
      employer TEXT NOT NULL DEFAULT '' CHECK ${upTo('employer', 150)},
      company_id INTEGER REFERENCES companies (id),
      sector TEXT CHECK ${nullOrOneOf('sector', SECTORS)},
      job_title TEXT NOT NULL DEFAULT '' CHECK ${upTo('job_title', 150)},
      employment_kind TEXT CHECK ${nullOrOneOf('employment_kind', EMPLOYMENT_KINDS)},
      business_type TEXT NOT NULL DEFAULT '' CHECK ${upTo('business_type', 150)},
      income_band TEXT CHECK ${nullOrOneOf('income_band', INCOME_BANDS)},
      notes TEXT NOT NULL DEFAULT '' CHECK ${upTo('notes', 1000)},
      placement_id INTEGER UNIQUE REFERENCES placements (id),
      operator_id INTEGER NOT NULL REFERENCES operators (id),
      created_at TEXT NOT NULL,
      -- Each outcome carries its own facts and no others.
      CHECK (CASE outcome
        WHEN 'employed' THEN length(trim(employer)) >= 1 AND employment_kind IS NOT NULL
          AND income_band IS NOT NULL AND business_type = ''
        WHEN 'self_employed' THEN length(trim(business_type)) >= 1 AND income_band IS NOT NULL
          AND employer = '' AND company_id IS NULL AND job_title = '' AND employment_kind IS NULL
        ELSE employer = '' AND company_id IS NULL AND sector IS NULL AND job_title = ''
          AND employment_kind IS NULL AND business_type = '' AND income_band IS NULL
      END),
      CHECK ((channel = 'placement') = (placement_id IS NOT NULL)),
      CHECK (placement_id IS NULL OR outcome = 'employed')
    ) STRICT`,
    sql`CREATE INDEX follow_ups_latest ON follow_ups (enrolment_id, contacted_on, id)`,
    sql`CREATE INDEX follow_ups_contacted ON follow_ups (contacted_on)`,
    sql`CREATE TRIGGER follow_ups_graduates_only BEFORE INSERT ON follow_ups
      WHEN ${notGraduate('new.enrolment_id')}
      BEGIN SELECT RAISE(ABORT, 'NOT_GRADUATED'); END`,
    sql`CREATE TRIGGER follow_ups_after_graduation BEFORE INSERT ON follow_ups
      WHEN new.contacted_on < ${graduationOf('new.enrolment_id')}
      BEGIN SELECT RAISE(ABORT, 'FOLLOW_UP_BEFORE_GRADUATION'); END`,
    sql`CREATE TRIGGER follow_ups_kept BEFORE UPDATE ON follow_ups
      BEGIN SELECT RAISE(ABORT, 'FOLLOW_UP_KEPT'); END`,
    sql`CREATE TRIGGER follow_ups_kept_delete BEFORE DELETE ON follow_ups
      BEGIN SELECT RAISE(ABORT, 'FOLLOW_UP_KEPT'); END`,

    // Each graduate's current status: the latest follow-up (by date, then by entry).
    sql`CREATE TABLE graduate_status (
      enrolment_id INTEGER PRIMARY KEY REFERENCES enrolments (id),
      follow_up_id INTEGER NOT NULL REFERENCES follow_ups (id),
      outcome TEXT NOT NULL CHECK ${oneOf('outcome', FOLLOW_UP_OUTCOMES)},
      contacted_on TEXT NOT NULL
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE INDEX graduate_status_outcome ON graduate_status (outcome)`,
    sql`CREATE TRIGGER follow_ups_status AFTER INSERT ON follow_ups BEGIN
      INSERT INTO graduate_status (enrolment_id, follow_up_id, outcome, contacted_on)
        VALUES (new.enrolment_id, new.id, new.outcome, new.contacted_on)
        ON CONFLICT (enrolment_id) DO UPDATE
          SET follow_up_id = excluded.follow_up_id, outcome = excluded.outcome, contacted_on = excluded.contacted_on
          WHERE excluded.contacted_on >= graduate_status.contacted_on;
    END`,
    // An upsert fires the insert triggers even when it becomes an update; that update is checked below.
    sql`CREATE TRIGGER graduate_status_is_latest_insert BEFORE INSERT ON graduate_status
      WHEN NOT EXISTS (SELECT 1 FROM graduate_status WHERE enrolment_id = new.enrolment_id)
        AND (new.follow_up_id IS NOT ${latestFollowUp('new.enrolment_id')}
        OR new.outcome IS NOT (SELECT outcome FROM follow_ups WHERE id = new.follow_up_id))
      BEGIN SELECT RAISE(ABORT, 'FOLLOW_UP_KEPT'); END`,
    sql`CREATE TRIGGER graduate_status_is_latest_update BEFORE UPDATE ON graduate_status
      WHEN new.follow_up_id IS NOT ${latestFollowUp('new.enrolment_id')}
        OR new.outcome IS NOT (SELECT outcome FROM follow_ups WHERE id = new.follow_up_id)
      BEGIN SELECT RAISE(ABORT, 'FOLLOW_UP_KEPT'); END`,
    sql`CREATE TRIGGER graduate_status_kept BEFORE DELETE ON graduate_status
      BEGIN SELECT RAISE(ABORT, 'FOLLOW_UP_KEPT'); END`,

    // Graduates with what the reports group them by; graduation is the class's end date.
    sql`CREATE VIEW graduates AS
      SELECT e.id AS enrolment_id, e.participant_id, e.class_id, c.program_id, c.funding_source,
        c.end_date AS graduated_on
      FROM enrolments e JOIN classes c ON c.id = e.class_id
      WHERE e.status = 'graduated'`,
    // The dashboard and the reports take the classes that started, or ended, in a period.
    sql`CREATE INDEX classes_start_date ON classes (start_date)`,
    sql`CREATE INDEX classes_end_date ON classes (end_date)`,
    // The trainee charts go from a class's enrolments to the people: with the person in the
    // index they never read the enrolment rows themselves (a quarter of the charts' time).
    sql`DROP INDEX enrolments_class_status`,
    sql`CREATE INDEX enrolments_class_status ON enrolments (class_id, status, participant_id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
