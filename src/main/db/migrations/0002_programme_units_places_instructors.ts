import { type Kysely, sql } from 'kysely';

/*
 * Scheduling, step 1: competency units and JP settings on programmes, workshops (rooms), MTU sites
 * and instructors with their trades and certificates. Forward-only; vocabularies are written out
 * here (not imported) so that this migration means the same thing for ever.
 */

const digits = (column: string, count: number) =>
  sql.raw(`(length(${column}) = ${count} AND ${column} NOT GLOB '*[^0-9]*')`);
const isoDate = (column: string) => sql.raw(`(date(${column}) IS ${column})`);
const text = (column: string, max: number) => sql.raw(`(length(trim(${column})) BETWEEN 1 AND ${max})`);
const optional = (column: string, max: number) =>
  sql.raw(`${column} TEXT NOT NULL DEFAULT '' CHECK (length(${column}) <= ${max})`);
const active = sql.raw(`active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))`);

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`ALTER TABLE programs ADD COLUMN min_attendance_pct INTEGER NOT NULL DEFAULT 80
      CHECK (min_attendance_pct BETWEEN 0 AND 100)`,
    sql`ALTER TABLE programs ADD COLUMN jp_minutes INTEGER NOT NULL DEFAULT 45 CHECK (jp_minutes BETWEEN 30 AND 60)`,
    sql`CREATE TABLE competency_units (
      id INTEGER PRIMARY KEY,
      program_id INTEGER NOT NULL REFERENCES programs (id),
      position INTEGER NOT NULL CHECK (position >= 1),
      code TEXT NOT NULL CHECK (length(code) BETWEEN 2 AND 40 AND code = upper(code)),
      title TEXT NOT NULL CHECK ${text('title', 300)},
      jp INTEGER NOT NULL CHECK (jp BETWEEN 1 AND 1000),
      UNIQUE (program_id, code),
      UNIQUE (program_id, position)
    ) STRICT`,
    sql`CREATE TABLE rooms (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK ${text('name', 100)},
      ${optional('trade', 100)},
      capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 500),
      ${active},
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE mtu_sites (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK ${text('name', 150)},
      village TEXT NOT NULL CHECK ${text('village', 100)},
      district TEXT NOT NULL CHECK ${text('district', 100)},
      ${optional('address', 300)},
      ${optional('contact_name', 150)},
      contact_phone TEXT NOT NULL DEFAULT '' CHECK (contact_phone = '' OR length(contact_phone) BETWEEN 9 AND 16),
      ${active},
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX mtu_sites_name ON mtu_sites (name COLLATE NOCASE)`,
    sql`CREATE TABLE instructors (
      id INTEGER PRIMARY KEY,
      nik TEXT NOT NULL UNIQUE CHECK ${digits('nik', 16)},
      full_name TEXT NOT NULL CHECK ${text('full_name', 150)},
      phone TEXT NOT NULL CHECK (length(phone) BETWEEN 9 AND 16),
      employer_kind TEXT NOT NULL CHECK (employer_kind IN ('blk', 'partner')),
      ${optional('employer_name', 200)},
      ${active},
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (employer_kind = 'blk' OR length(trim(employer_name)) > 0)
    ) STRICT`,
    sql`CREATE INDEX instructors_name ON instructors (full_name COLLATE NOCASE)`,
    sql`CREATE TABLE instructor_trades (
      instructor_id INTEGER NOT NULL REFERENCES instructors (id),
      trade TEXT NOT NULL CHECK ${text('trade', 100)},
      PRIMARY KEY (instructor_id, trade)
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE TABLE instructor_certificates (
      instructor_id INTEGER NOT NULL REFERENCES instructors (id),
      kind TEXT NOT NULL CHECK (kind IN ('competency', 'methodology')),
      number TEXT NOT NULL CHECK ${text('number', 100)},
      issuer TEXT NOT NULL CHECK ${text('issuer', 200)},
      issued_on TEXT NOT NULL CHECK ${isoDate('issued_on')},
      expires_on TEXT NOT NULL CHECK ${isoDate('expires_on')},
      PRIMARY KEY (instructor_id, kind),
      CHECK (expires_on > issued_on)
    ) STRICT`,
  ];
  for (const statement of statements) await statement.execute(db);
}
