import { type Kysely, sql } from 'kysely';
import type { AttendanceGrid, TeachingLogRow } from '@shared/contract';
import { TRAINEE_STATUSES } from '@shared/domain';
import type { Database } from '../../db/schema';
import { isFrozen, readClassFacts } from './guards';
import { attendanceSummaries } from './summary';

const byName = (a: { fullName: string }, b: { fullName: string }) =>
  a.fullName.localeCompare(b.fullName, 'id', { sensitivity: 'base' });

/** The trainees of a class (those in its room, see TRAINEE_STATUSES), by name. */
export async function traineesOf(db: Kysely<Database>, classId: number) {
  const rows = await db
    .selectFrom('enrolments as e')
    .innerJoin('participants as p', 'p.id', 'e.participantId')
    .select(['e.id as enrolmentId', 'p.fullName', 'p.nik', 'e.registrationNo', 'e.status', 'e.joinedOn'])
    .where('e.classId', '=', classId)
    .where('e.status', 'in', TRAINEE_STATUSES)
    .execute();
  return rows.sort((a, b) => byName(a, b) || a.enrolmentId - b.enrolmentId);
}

export async function sessionsOf(db: Kysely<Database>, classId: number) {
  return db
    .selectFrom('sessions as s')
    .select(['s.id', 's.date', 's.startTime', 's.endTime', 's.jp'])
    .select(sql<number>`EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id)`.as('taken'))
    .where('s.classId', '=', classId)
    .orderBy('s.date')
    .orderBy('s.startTime')
    .orderBy('s.id')
    .execute();
}

export async function readGrid(db: Kysely<Database>, classId: number): Promise<AttendanceGrid> {
  const klass = await readClassFacts(db, classId);
  const [sessions, trainees, summaries, marks] = await Promise.all([
    sessionsOf(db, classId),
    traineesOf(db, classId),
    attendanceSummaries(db, { classId }),
    db
      .selectFrom('attendance as a')
      .innerJoin('sessions as s', 's.id', 'a.sessionId')
      .innerJoin('enrolments as e', 'e.id', 'a.enrolmentId')
      .select(['a.sessionId', 'a.enrolmentId', 'a.mark'])
      .where('s.classId', '=', classId)
      .where('e.classId', '=', classId)
      .orderBy('a.sessionId')
      .orderBy('a.enrolmentId')
      .execute(),
  ]);
  const onGrid = new Set(trainees.map((trainee) => trainee.enrolmentId));
  return {
    classId,
    minAttendancePct: klass.minAttendancePct,
    editable: !isFrozen(klass.status),
    sessions: sessions.map((session) => ({ ...session, taken: Boolean(session.taken) })),
    trainees: trainees.map(({ nik: _nik, ...trainee }) => {
      const summary = summaries.get(trainee.enrolmentId);
      if (!summary) throw new Error(`No attendance summary for enrolment ${trainee.enrolmentId}`);
      return { ...summary, ...trainee };
    }),
    marks: marks.filter((mark) => onGrid.has(mark.enrolmentId)),
  };
}

interface TeachingRow {
  instructorId: number;
  fullName: string;
  employerName: string;
  classId: number;
  className: string;
  taken: number;
  sessions: number;
  jp: number;
}

/**
 * JP per instructor in a month, from one query grouped by instructor, class and whether the
 * session has attendance: a session with any mark was held, and each of its instructors is paid
 * its full JP (team teaching is paid per instructor).
 */
export async function teachingLog(db: Kysely<Database>, month: string): Promise<TeachingLogRow[]> {
  const { rows } = await sql<TeachingRow>`
    SELECT i.id AS instructor_id, i.full_name, i.employer_name, c.id AS class_id, c.name AS class_name,
      EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id) AS taken,
      count(*) AS sessions, sum(s.jp) AS jp
    FROM sessions s
    JOIN session_instructors si ON si.session_id = s.id
    JOIN instructors i ON i.id = si.instructor_id
    JOIN classes c ON c.id = s.class_id
    WHERE s.date >= ${`${month}-01`} AND s.date <= ${`${month}-31`}
    GROUP BY i.id, c.id, taken`.execute(db);
  const byInstructor = new Map<number, TeachingLogRow>();
  for (const row of rows) {
    let entry = byInstructor.get(row.instructorId);
    if (!entry) {
      entry = {
        instructorId: row.instructorId,
        fullName: row.fullName,
        employerName: row.employerName,
        sessionsTaught: 0,
        jpTaught: 0,
        jpNotRecorded: 0,
        classes: [],
      };
      byInstructor.set(row.instructorId, entry);
    }
    const sessions = Number(row.sessions);
    const jp = Number(row.jp);
    if (!row.taken) {
      entry.jpNotRecorded += jp;
      continue;
    }
    entry.sessionsTaught += sessions;
    entry.jpTaught += jp;
    entry.classes.push({ classId: row.classId, className: row.className, sessions, jp });
  }
  const result = [...byInstructor.values()];
  for (const entry of result) entry.classes.sort((a, b) => a.className.localeCompare(b.className, 'id'));
  return result.sort((a, b) => byName(a, b) || a.instructorId - b.instructorId);
}
