import { type Kysely, sql } from 'kysely';
import {
  ACTIVITIES,
  CLASS_STATUSES,
  EDUCATION_LEVELS,
  ELIGIBILITY_RULES,
  ENROLMENT_STATUSES,
  ROLES,
  SEAT_HOLDING_STATUSES,
} from '@shared/domain';

/** SQL list literal of a closed vocabulary, for CHECK constraints (constants, never user input). */
const list = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '));
const digits = (column: string, count: number) =>
  sql.raw(`(length(${column}) = ${count} AND ${column} NOT GLOB '*[^0-9]*')`);
const isoDate = (column: string) => sql.raw(`(date(${column}) IS ${column})`);
const flag = (column: string) => sql.raw(`${column} INTEGER NOT NULL DEFAULT 0 CHECK (${column} IN (0, 1))`);

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      blk_name TEXT NOT NULL CHECK (length(trim(blk_name)) BETWEEN 1 AND 200),
      address TEXT NOT NULL DEFAULT '',
      regency_code TEXT NOT NULL CHECK ${digits('regency_code', 4)},
      head_name TEXT NOT NULL CHECK (length(trim(head_name)) BETWEEN 1 AND 200),
      head_nip TEXT NOT NULL DEFAULT '' CHECK (head_nip = '' OR ${digits('head_nip', 18)}),
      timezone TEXT NOT NULL DEFAULT 'Asia/Makassar',
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE operators (
      id INTEGER PRIMARY KEY,
      username TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 3 AND 32 AND username = lower(username)),
      full_name TEXT NOT NULL CHECK (length(trim(full_name)) BETWEEN 1 AND 200),
      role TEXT NOT NULL CHECK (role IN (${list(ROLES)})),
      password_hash TEXT NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      failed_logins INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
      locked_until TEXT,
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE participants (
      id INTEGER PRIMARY KEY,
      nik TEXT NOT NULL UNIQUE CHECK ${digits('nik', 16)},
      full_name TEXT NOT NULL CHECK (length(trim(full_name)) BETWEEN 1 AND 150),
      birth_place TEXT NOT NULL CHECK (length(birth_place) <= 100),
      birth_date TEXT NOT NULL CHECK ${isoDate('birth_date')},
      sex TEXT NOT NULL CHECK (sex IN ('L', 'P')),
      street TEXT NOT NULL DEFAULT '',
      village TEXT NOT NULL DEFAULT '',
      district TEXT NOT NULL DEFAULT '',
      regency_code TEXT NOT NULL DEFAULT '' CHECK (regency_code = '' OR ${digits('regency_code', 4)}),
      phone TEXT NOT NULL CHECK (length(phone) BETWEEN 9 AND 16),
      email TEXT NOT NULL DEFAULT '',
      education TEXT NOT NULL CHECK (education IN (${list(EDUCATION_LEVELS)})),
      activity TEXT NOT NULL CHECK (activity IN (${list(ACTIVITIES)})),
      disability TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX participants_phone ON participants (phone)`,
    sql`CREATE INDEX participants_name ON participants (full_name COLLATE NOCASE)`,
    // Trigram FTS over names only (NIK and phone are searched by prefix on their own indexes);
    // kept in step by triggers (external content).
    sql`CREATE VIRTUAL TABLE participants_fts USING fts5(
      full_name, content = 'participants', content_rowid = 'id', tokenize = 'trigram'
    )`,
    sql`CREATE TRIGGER participants_fts_insert AFTER INSERT ON participants BEGIN
      INSERT INTO participants_fts (rowid, full_name) VALUES (new.id, new.full_name);
    END`,
    sql`CREATE TRIGGER participants_fts_delete AFTER DELETE ON participants BEGIN
      INSERT INTO participants_fts (participants_fts, rowid, full_name) VALUES ('delete', old.id, old.full_name);
    END`,
    sql`CREATE TRIGGER participants_fts_update AFTER UPDATE OF full_name ON participants BEGIN
      INSERT INTO participants_fts (participants_fts, rowid, full_name) VALUES ('delete', old.id, old.full_name);
      INSERT INTO participants_fts (rowid, full_name) VALUES (new.id, new.full_name);
    END`,
    sql`CREATE TABLE programs (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 12 AND code = upper(code)),
      name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 150),
      trade TEXT NOT NULL CHECK (length(trim(trade)) BETWEEN 1 AND 100),
      total_jp INTEGER NOT NULL CHECK (total_jp BETWEEN 1 AND 5000),
      description TEXT NOT NULL DEFAULT '',
      min_age INTEGER CHECK (min_age IS NULL OR min_age BETWEEN 10 AND 100),
      max_age INTEGER CHECK (max_age IS NULL OR max_age BETWEEN 10 AND 100),
      min_education TEXT CHECK (min_education IS NULL OR min_education IN (${list(EDUCATION_LEVELS)})),
      domicile_regency_code TEXT CHECK (domicile_regency_code IS NULL OR ${digits('domicile_regency_code', 4)}),
      ${flag('not_in_school')},
      ${flag('not_working')},
      ${flag('no_overlap')},
      ${flag('once_per_year')},
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age)
    ) STRICT`,
    sql`CREATE TABLE classes (
      id INTEGER PRIMARY KEY,
      program_id INTEGER NOT NULL REFERENCES programs (id),
      name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 150),
      quota INTEGER NOT NULL DEFAULT 16 CHECK (quota BETWEEN 1 AND 500),
      start_date TEXT NOT NULL CHECK ${isoDate('start_date')},
      end_date TEXT NOT NULL CHECK ${isoDate('end_date')},
      status TEXT NOT NULL CHECK (status IN (${list(CLASS_STATUSES)})),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (end_date >= start_date)
    ) STRICT`,
    sql`CREATE INDEX classes_program ON classes (program_id)`,
    sql`CREATE TABLE enrolments (
      id INTEGER PRIMARY KEY,
      registration_no TEXT NOT NULL UNIQUE,
      participant_id INTEGER NOT NULL REFERENCES participants (id),
      class_id INTEGER NOT NULL REFERENCES classes (id),
      status TEXT NOT NULL CHECK (status IN (${list(ENROLMENT_STATUSES)})),
      reserve_position INTEGER CHECK (reserve_position > 0),
      offered_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (participant_id, class_id),
      CHECK ((status = 'reserve') = (reserve_position IS NOT NULL))
    ) STRICT`,
    sql`CREATE INDEX enrolments_class_status ON enrolments (class_id, status)`,
    sql`CREATE UNIQUE INDEX enrolments_reserve_order ON enrolments (class_id, reserve_position)
      WHERE reserve_position IS NOT NULL`,
    // A class can never hold more seat-holding enrolments than its quota, whatever the caller does.
    sql`CREATE TRIGGER enrolments_quota_insert BEFORE INSERT ON enrolments
      WHEN new.status IN (${list(SEAT_HOLDING_STATUSES)})
        AND (SELECT count(*) FROM enrolments WHERE class_id = new.class_id AND status IN (${list(SEAT_HOLDING_STATUSES)}))
          >= (SELECT quota FROM classes WHERE id = new.class_id)
      BEGIN SELECT RAISE(ABORT, 'CLASS_FULL'); END`,
    sql`CREATE TRIGGER enrolments_quota_update BEFORE UPDATE OF status ON enrolments
      WHEN new.status IN (${list(SEAT_HOLDING_STATUSES)}) AND old.status NOT IN (${list(SEAT_HOLDING_STATUSES)})
        AND (SELECT count(*) FROM enrolments WHERE class_id = new.class_id AND status IN (${list(SEAT_HOLDING_STATUSES)}))
          >= (SELECT quota FROM classes WHERE id = new.class_id)
      BEGIN SELECT RAISE(ABORT, 'CLASS_FULL'); END`,
    sql`CREATE TABLE eligibility_overrides (
      id INTEGER PRIMARY KEY,
      enrolment_id INTEGER NOT NULL REFERENCES enrolments (id),
      rule TEXT NOT NULL CHECK (rule IN (${list(ELIGIBILITY_RULES)})),
      reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 500),
      operator_id INTEGER NOT NULL REFERENCES operators (id),
      created_at TEXT NOT NULL,
      UNIQUE (enrolment_id, rule)
    ) STRICT`,
    sql`CREATE TABLE sequences (
      name TEXT NOT NULL,
      year INTEGER NOT NULL,
      last_value INTEGER NOT NULL CHECK (last_value >= 0),
      PRIMARY KEY (name, year)
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      operator_id INTEGER REFERENCES operators (id),
      method TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id INTEGER,
      before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
      after_json TEXT CHECK (after_json IS NULL OR json_valid(after_json))
    ) STRICT`,
    sql`CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)`,
    sql`CREATE INDEX audit_log_at ON audit_log (at)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
