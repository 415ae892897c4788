import { type Kysely, sql } from 'kysely';
import type { AttendanceSummary } from '@shared/contract';
import { ATTENDANCE_MARKS, type AttendanceMark } from '@shared/domain';
import type { Database } from '../../db/schema';

/**
 * Attendance percentages are shown with one decimal (87.5%), because with sessions of 2-8 JP an
 * integer would hide the difference between 79.6% and 80%. Comparisons with the programme's
 * minimum never use the rounded figure: they compare the JP counts exactly (see below).
 */
export function roundPct(attendedJp: number, recordedJp: number): number | null {
  if (recordedJp === 0) return null;
  return Math.round((attendedJp * 1000) / recordedJp) / 10;
}

/** attended / recorded < min%, in integers so that 79.96% never passes as 80%. */
export function isBelow(attendedJp: number, recordedJp: number, minPct: number): boolean {
  return recordedJp > 0 && attendedJp * 100 < minPct * recordedJp;
}

interface SummaryRow {
  enrolmentId: number;
  minAttendancePct: number;
  attendedJp: number | null;
  recordedJp: number | null;
  remainingJp: number | null;
  marksH: number | null;
  marksS: number | null;
  marksI: number | null;
  marksA: number | null;
}

/**
 * Attendance of the given enrolments (or of every enrolment of a class), in one query: the
 * sessions of each trainee's current class from the day they joined, with their saved marks.
 * `remainingJp` is the JP of those sessions not yet marked for them (past ones may still be).
 */
export async function attendanceSummaries(
  db: Kysely<Database>,
  scope: { classId: number } | { enrolmentIds: readonly number[] },
): Promise<Map<number, AttendanceSummary>> {
  const result = new Map<number, AttendanceSummary>();
  if ('enrolmentIds' in scope && scope.enrolmentIds.length === 0) return result;
  const filter =
    'classId' in scope
      ? sql`e.class_id = ${scope.classId}`
      : sql`e.id IN (${sql.join(scope.enrolmentIds)})`;
  const markCount = (mark: AttendanceMark) => sql.raw(`sum(CASE WHEN a.mark = '${mark}' THEN 1 ELSE 0 END)`);
  const { rows } = await sql<SummaryRow>`
    SELECT e.id AS enrolment_id, p.min_attendance_pct,
      sum(CASE WHEN a.mark = 'H' THEN s.jp ELSE 0 END) AS attended_jp,
      sum(CASE WHEN a.mark IS NOT NULL THEN s.jp ELSE 0 END) AS recorded_jp,
      sum(CASE WHEN s.id IS NOT NULL AND a.mark IS NULL THEN s.jp ELSE 0 END) AS remaining_jp,
      ${markCount('H')} AS marks_h, ${markCount('S')} AS marks_s,
      ${markCount('I')} AS marks_i, ${markCount('A')} AS marks_a
    FROM enrolments e
    JOIN classes c ON c.id = e.class_id
    JOIN programs p ON p.id = c.program_id
    LEFT JOIN sessions s ON s.class_id = e.class_id AND (e.joined_on IS NULL OR s.date >= e.joined_on)
    LEFT JOIN attendance a ON a.session_id = s.id AND a.enrolment_id = e.id
    WHERE ${filter}
    GROUP BY e.id`.execute(db);
  for (const row of rows) {
    const attendedJp = Number(row.attendedJp ?? 0);
    const recordedJp = Number(row.recordedJp ?? 0);
    const remainingJp = Number(row.remainingJp ?? 0);
    const min = row.minAttendancePct;
    const counts = { H: row.marksH, S: row.marksS, I: row.marksI, A: row.marksA };
    result.set(row.enrolmentId, {
      enrolmentId: row.enrolmentId,
      attendedJp,
      recordedJp,
      attendancePct: roundPct(attendedJp, recordedJp),
      belowMinimum: isBelow(attendedJp, recordedJp, min),
      cannotReachMinimum: isBelow(attendedJp + remainingJp, recordedJp + remainingJp, min),
      counts: Object.fromEntries(ATTENDANCE_MARKS.map((mark) => [mark, Number(counts[mark] ?? 0)])) as Record<
        AttendanceMark,
        number
      >,
    });
  }
  return result;
}
