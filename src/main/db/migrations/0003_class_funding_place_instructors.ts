import { type Kysely, sql } from 'kysely';

/*
 * Classes, step 2: funding source and sponsor, place (a workshop or an MTU site, never both), the
 * minimum to open, and the class's instructors. Existing classes become APBN-funded, without a
 * place or instructors, with a minimum of 10 (or their quota when smaller). Forward-only;
 * vocabularies are written out here (not imported) so that this migration means the same thing
 * for ever.
 */

const SEAT_HOLDING = sql.raw(`'registered', 'accepted', 'reregistered', 'in_training', 'graduated', 'not_competent'`);

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`ALTER TABLE classes ADD COLUMN funding_source TEXT NOT NULL DEFAULT 'apbn'
      CHECK (funding_source IN ('apbn', 'apbd', 'dana_desa', 'company', 'blk_komunitas', 'self_funded'))`,
    // The sponsoring village or company: required for those two sources.
    sql`ALTER TABLE classes ADD COLUMN sponsor_name TEXT NOT NULL DEFAULT ''
      CHECK (length(sponsor_name) <= 200
        AND (funding_source NOT IN ('dana_desa', 'company') OR length(trim(sponsor_name)) > 0))`,
    sql`ALTER TABLE classes ADD COLUMN room_id INTEGER REFERENCES rooms (id)`,
    sql`ALTER TABLE classes ADD COLUMN mtu_site_id INTEGER REFERENCES mtu_sites (id)
      CHECK (room_id IS NULL OR mtu_site_id IS NULL)`,
    // At most the quota: enforced by the service (SQLite cannot add this check to old rows cheaply).
    sql`ALTER TABLE classes ADD COLUMN min_to_open INTEGER NOT NULL DEFAULT 10 CHECK (min_to_open >= 1)`,
    sql`UPDATE classes SET min_to_open = min(min_to_open, quota)`,
    sql`CREATE INDEX classes_room ON classes (room_id) WHERE room_id IS NOT NULL`,
    sql`CREATE INDEX classes_mtu_site ON classes (mtu_site_id) WHERE mtu_site_id IS NOT NULL`,
    sql`CREATE TABLE class_instructors (
      class_id INTEGER NOT NULL REFERENCES classes (id),
      instructor_id INTEGER NOT NULL REFERENCES instructors (id),
      role TEXT NOT NULL CHECK (role IN ('lead', 'assistant')),
      PRIMARY KEY (class_id, instructor_id)
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE INDEX class_instructors_instructor ON class_instructors (instructor_id)`,
    // A transfer moves an enrolment to another class: the target's quota holds as for a new seat.
    sql`CREATE TRIGGER enrolments_quota_move BEFORE UPDATE OF class_id ON enrolments
      WHEN new.class_id IS NOT old.class_id AND new.status IN (${SEAT_HOLDING})
        AND (SELECT count(*) FROM enrolments WHERE class_id = new.class_id AND status IN (${SEAT_HOLDING}))
          >= (SELECT quota FROM classes WHERE id = new.class_id)
      BEGIN SELECT RAISE(ABORT, 'CLASS_FULL'); END`,
  ];
  for (const statement of statements) await statement.execute(db);
}
