import { z } from 'zod';
import { ATTENDANCE_MARKS, LOCALES, type AttendanceMark, type EnrolmentStatus } from '../domain';
import type { WrittenFile } from './enrolments';
import { EVERYONE, STAFF, method } from './define';
import { id, isoDate } from './common';

/**
 * A trainee's attendance so far: JP marked Hadir over the JP of sessions recorded since they
 * joined. Null while no such session has been recorded.
 */
export interface AttendanceSummary {
  enrolmentId: number;
  attendedJp: number;
  recordedJp: number;
  attendancePct: number | null;
  /** Below the programme's minimum (flagged while the class runs, not only at the end). */
  belowMinimum: boolean;
  /** Even with Hadir at every session still to be recorded, the minimum can no longer be reached. */
  cannotReachMinimum: boolean;
  counts: Record<AttendanceMark, number>;
}

export interface AttendanceGridSession {
  id: number;
  date: string;
  startTime: string;
  endTime: string;
  jp: number;
  /** Some mark has been saved for this session. */
  taken: boolean;
}

export interface AttendanceGridTrainee extends AttendanceSummary {
  fullName: string;
  registrationNo: string;
  status: EnrolmentStatus;
  /** Sessions before this date do not count for this trainee (a late enrolment or a transfer). */
  joinedOn: string | null;
}

export interface AttendanceGrid {
  classId: number;
  minAttendancePct: number;
  /** False once the class is closed. */
  editable: boolean;
  sessions: AttendanceGridSession[];
  trainees: AttendanceGridTrainee[];
  /** Saved marks only; a cell without one shows Hadir until saved. */
  marks: { sessionId: number; enrolmentId: number; mark: AttendanceMark }[];
}

export interface TeachingLogRow {
  instructorId: number;
  fullName: string;
  employerName: string;
  /** Sessions of the month with attendance recorded, i.e. held. */
  sessionsTaught: number;
  jpTaught: number;
  /** Sessions of the month still without attendance (planned, or not yet recorded). */
  jpNotRecorded: number;
  classes: { classId: number; className: string; sessions: number; jp: number }[];
}

export const signInSheetScope = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('session'), sessionId: id }),
  z.strictObject({ kind: z.literal('week'), weekOf: isoDate }),
]);

export const attendanceContract = {
  'attendance.grid': method<AttendanceGrid>()({ input: z.object({ classId: id }), access: EVERYONE, writes: false }),
  /**
   * Saves marks of one session (a whole column or one cell). Refused, with nothing written, for a
   * session in the future, a trainee not in the session's class, or a session before they joined.
   */
  'attendance.save': method<AttendanceSummary[]>()({
    input: z.object({
      sessionId: id,
      marks: z
        .array(z.object({ enrolmentId: id, mark: z.enum(ATTENDANCE_MARKS) }))
        .min(1)
        .max(500),
    }),
    access: STAFF,
    writes: true,
  }),
  /** Daftar hadir with a signature column: for one session, or for the class's week containing `weekOf`. */
  'attendance.printSignInSheet': method<WrittenFile | null>()({
    input: z.object({ classId: id, scope: signInSheetScope, locale: z.enum(LOCALES).default('id') }),
    access: EVERYONE,
    writes: false,
  }),
  /** JP taught per instructor in a month (instructors are paid by JP). */
  'attendance.teachingLog': method<TeachingLogRow[]>()({
    input: z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month' }) }),
    access: EVERYONE,
    writes: false,
  }),
};
