import type { idAttendance } from './id-attendance';

/** English for attendance, assessment, outcomes and BNSP tests; same keys as id-attendance.ts. */
export const enAttendance: typeof idAttendance = {
  attendance: { tab: 'Attendance' },
  assessment: { tab: 'Assessment & outcome' },
  teachingLog: { nav: 'Instructor JP log' },
};
