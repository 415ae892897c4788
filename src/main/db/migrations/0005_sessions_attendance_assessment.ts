import { type Kysely, sql } from 'kysely';

/*
 * Scheduling, steps 3-5: holidays, sessions (with their instructors and competency units),
 * attendance, unit results, outcome overrides and BNSP tests. Forward-only; vocabularies are
 * written out here (not imported) so that this migration means the same thing for ever.
 *
 * A session lies within one day, so two sessions overlap only on the same date: every clash
 * check reads one day through `sessions_date`. The triggers refuse any overlap of a class, room,
 * MTU site or instructor whatever writes; the services check first to name the other class.
 */

const isoDate = (column: string) => sql.raw(`(date(${column}) IS ${column})`);
const clock = (column: string) =>
  sql.raw(`(length(${column}) = 5 AND ${column} GLOB '[0-2][0-9]:[0-5][0-9]' AND ${column} <= '23:59')`);
const text = (column: string, max: number) => sql.raw(`(length(trim(${column})) BETWEEN 1 AND ${max})`);
const overlaps = (other: string, mine: string) =>
  sql.raw(
    `${other}.date = ${mine}.date AND ${other}.start_time < ${mine}.end_time AND ${mine}.start_time < ${other}.end_time`,
  );
const samePlaceOrClass = (other: string, mine: string) =>
  sql.raw(
    `(${other}.class_id = ${mine}.class_id OR ${other}.room_id = ${mine}.room_id OR ${other}.mtu_site_id = ${mine}.mtu_site_id)`,
  );

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE holidays (
      date TEXT PRIMARY KEY CHECK ${isoDate('date')},
      name TEXT NOT NULL CHECK ${text('name', 150)}
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE TABLE sessions (
      id INTEGER PRIMARY KEY,
      class_id INTEGER NOT NULL REFERENCES classes (id),
      date TEXT NOT NULL CHECK ${isoDate('date')},
      start_time TEXT NOT NULL CHECK ${clock('start_time')},
      end_time TEXT NOT NULL CHECK ${clock('end_time')},
      jp INTEGER NOT NULL CHECK (jp BETWEEN 1 AND 16),
      room_id INTEGER REFERENCES rooms (id),
      mtu_site_id INTEGER REFERENCES mtu_sites (id),
      notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 500),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (start_time < end_time),
      CHECK (room_id IS NULL OR mtu_site_id IS NULL)
    ) STRICT`,
    sql`CREATE INDEX sessions_date ON sessions (date, start_time)`,
    sql`CREATE INDEX sessions_class ON sessions (class_id, date)`,
    sql`CREATE TABLE session_instructors (
      session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
      instructor_id INTEGER NOT NULL REFERENCES instructors (id),
      PRIMARY KEY (session_id, instructor_id)
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE INDEX session_instructors_instructor ON session_instructors (instructor_id, session_id)`,
    sql`CREATE TABLE session_units (
      session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
      unit_id INTEGER NOT NULL REFERENCES competency_units (id),
      jp INTEGER NOT NULL CHECK (jp BETWEEN 1 AND 16),
      PRIMARY KEY (session_id, unit_id)
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE INDEX session_units_unit ON session_units (unit_id)`,
    sql`CREATE TRIGGER sessions_clash_insert BEFORE INSERT ON sessions
      WHEN EXISTS (SELECT 1 FROM sessions other WHERE ${overlaps('other', 'new')} AND ${samePlaceOrClass('other', 'new')})
      BEGIN SELECT RAISE(ABORT, 'SESSION_CLASH'); END`,
    sql`CREATE TRIGGER sessions_clash_update
      BEFORE UPDATE OF date, start_time, end_time, class_id, room_id, mtu_site_id ON sessions
      WHEN EXISTS (
        SELECT 1 FROM sessions other
        WHERE other.id <> new.id AND ${overlaps('other', 'new')} AND ${samePlaceOrClass('other', 'new')}
      ) OR EXISTS (
        SELECT 1 FROM session_instructors mine
        JOIN session_instructors theirs ON theirs.instructor_id = mine.instructor_id AND theirs.session_id <> mine.session_id
        JOIN sessions other ON other.id = theirs.session_id
        WHERE mine.session_id = new.id AND ${overlaps('other', 'new')}
      )
      BEGIN SELECT RAISE(ABORT, 'SESSION_CLASH'); END`,
    sql`CREATE TRIGGER session_instructors_clash BEFORE INSERT ON session_instructors
      WHEN EXISTS (
        SELECT 1 FROM sessions mine
        JOIN sessions other ON other.id <> mine.id AND ${overlaps('other', 'mine')}
        JOIN session_instructors theirs ON theirs.session_id = other.id AND theirs.instructor_id = new.instructor_id
        WHERE mine.id = new.session_id
      )
      BEGIN SELECT RAISE(ABORT, 'SESSION_CLASH'); END`,
    // Sessions before this date do not count towards a trainee's attendance (late enrolment, transfer).
    sql`ALTER TABLE enrolments ADD COLUMN joined_on TEXT CHECK (joined_on IS NULL OR ${isoDate('joined_on')})`,
    // created_at is UTC; the BLK's day is WITA (UTC+8), the only timezone in use so far.
    sql`UPDATE enrolments SET joined_on = date(created_at, '+8 hours')`,
    sql`CREATE TABLE attendance (
      session_id INTEGER NOT NULL REFERENCES sessions (id),
      enrolment_id INTEGER NOT NULL REFERENCES enrolments (id),
      mark TEXT NOT NULL CHECK (mark IN ('H', 'S', 'I', 'A')),
      operator_id INTEGER NOT NULL REFERENCES operators (id),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (session_id, enrolment_id)
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE INDEX attendance_enrolment ON attendance (enrolment_id)`,
    sql`CREATE TRIGGER attendance_same_class BEFORE INSERT ON attendance
      WHEN (SELECT class_id FROM sessions WHERE id = new.session_id)
        IS NOT (SELECT class_id FROM enrolments WHERE id = new.enrolment_id)
      BEGIN SELECT RAISE(ABORT, 'NOT_IN_CLASS'); END`,
    sql`CREATE TRIGGER attendance_same_class_update BEFORE UPDATE OF session_id, enrolment_id ON attendance
      WHEN (SELECT class_id FROM sessions WHERE id = new.session_id)
        IS NOT (SELECT class_id FROM enrolments WHERE id = new.enrolment_id)
      BEGIN SELECT RAISE(ABORT, 'NOT_IN_CLASS'); END`,
    sql`CREATE TABLE unit_results (
      enrolment_id INTEGER NOT NULL REFERENCES enrolments (id),
      unit_id INTEGER NOT NULL REFERENCES competency_units (id),
      result TEXT NOT NULL CHECK (result IN ('competent', 'not_yet_competent')),
      assessed_on TEXT NOT NULL CHECK ${isoDate('assessed_on')},
      assessor TEXT NOT NULL CHECK ${text('assessor', 150)},
      operator_id INTEGER NOT NULL REFERENCES operators (id),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (enrolment_id, unit_id)
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE INDEX unit_results_unit ON unit_results (unit_id)`,
    sql`CREATE TRIGGER unit_results_same_program BEFORE INSERT ON unit_results
      WHEN (SELECT program_id FROM competency_units WHERE id = new.unit_id) IS NOT
        (SELECT c.program_id FROM enrolments e JOIN classes c ON c.id = e.class_id WHERE e.id = new.enrolment_id)
      BEGIN SELECT RAISE(ABORT, 'UNIT_NOT_IN_PROGRAM'); END`,
    sql`CREATE TABLE outcome_overrides (
      enrolment_id INTEGER PRIMARY KEY REFERENCES enrolments (id),
      status TEXT NOT NULL CHECK (status IN ('graduated', 'not_competent', 'dropped_out')),
      -- The status before the first override: clearing it gives a dropout back their dropped_out.
      status_before TEXT NOT NULL CHECK (status_before IN ('in_training', 'graduated', 'not_competent', 'dropped_out')),
      reason TEXT NOT NULL CHECK ${text('reason', 500)},
      operator_id INTEGER NOT NULL REFERENCES operators (id),
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE bnsp_tests (
      enrolment_id INTEGER PRIMARY KEY REFERENCES enrolments (id),
      tested_on TEXT NOT NULL CHECK ${isoDate('tested_on')},
      result TEXT NOT NULL CHECK (result IN ('competent', 'not_yet_competent')),
      lsp_name TEXT NOT NULL CHECK ${text('lsp_name', 200)},
      certificate_no TEXT NOT NULL DEFAULT '' CHECK (length(certificate_no) <= 100),
      issued_on TEXT CHECK (issued_on IS NULL OR ${isoDate('issued_on')}),
      expires_on TEXT,
      operator_id INTEGER NOT NULL REFERENCES operators (id),
      updated_at TEXT NOT NULL,
      -- A certificate exactly when competent; valid three years from issue, never issued before the test.
      CHECK ((result = 'competent') = (length(trim(certificate_no)) > 0 AND issued_on IS NOT NULL)),
      CHECK (expires_on IS date(issued_on, '+3 years')),
      CHECK (issued_on IS NULL OR issued_on >= tested_on)
    ) STRICT`,
  ];
  for (const statement of statements) await statement.execute(db);
}
