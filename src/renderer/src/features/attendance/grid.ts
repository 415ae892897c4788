import type { AttendanceGrid, AttendanceGridSession, AttendanceGridTrainee, AttendanceSummary } from '@shared/contract';
import { ATTENDANCE_MARKS, type AttendanceMark } from '@shared/domain';

/** The rules of the attendance grid, free of React so they can be tested on their own. */

export interface GridWeek {
  /** Monday of the week, ISO. */
  monday: string;
  sunday: string;
  sessions: AttendanceGridSession[];
}

const DAY_MS = 86_400_000;

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Monday of the (Monday to Sunday) week holding an ISO date. */
export function mondayOf(iso: string): string {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return addDays(iso, -((weekday + 6) % 7));
}

/** The class's sessions, one entry per week that has any, in date order. */
export function weeksOf(sessions: readonly AttendanceGridSession[]): GridWeek[] {
  const weeks = new Map<string, AttendanceGridSession[]>();
  const ordered = [...sessions].sort((a, b) => `${a.date} ${a.startTime}`.localeCompare(`${b.date} ${b.startTime}`));
  for (const session of ordered) {
    const monday = mondayOf(session.date);
    weeks.set(monday, [...(weeks.get(monday) ?? []), session]);
  }
  return [...weeks].map(([monday, list]) => ({ monday, sunday: addDays(monday, 6), sessions: list }));
}

/**
 * The week to open on: this week when it has sessions, else the latest week already begun (a
 * finished class opens on its last week), else the first one (a class not started yet).
 */
export function defaultWeekIndex(weeks: readonly GridWeek[], today: string): number {
  const thisWeek = weeks.findIndex((week) => week.monday <= today && today <= week.sunday);
  if (thisWeek >= 0) return thisWeek;
  const begun = weeks.filter((week) => week.monday <= today).length;
  return begun > 0 ? begun - 1 : 0;
}

export type CellAccess = 'open' | 'future' | 'before_joining' | 'read_only';

/** Whether a cell takes a mark now, and if not, why (the cell then says so). */
export function cellAccess(
  trainee: Pick<AttendanceGridTrainee, 'joinedOn'>,
  session: Pick<AttendanceGridSession, 'date'>,
  today: string,
  canEdit: boolean,
): CellAccess {
  if (trainee.joinedOn !== null && session.date < trainee.joinedOn) return 'before_joining';
  if (session.date > today) return 'future';
  return canEdit ? 'open' : 'read_only';
}

/** A mark typed on the keyboard (h, S, ...), or null for any other key. */
export function keyToMark(key: string): AttendanceMark | null {
  const upper = key.toUpperCase();
  return (ATTENDANCE_MARKS as readonly string[]).includes(upper) ? (upper as AttendanceMark) : null;
}

/** A double click steps a cell through H, S, I, A (for a clerk more at ease with the mouse). */
export function nextMark(mark: AttendanceMark | null): AttendanceMark {
  const index = mark === null ? -1 : ATTENDANCE_MARKS.indexOf(mark);
  return ATTENDANCE_MARKS[(index + 1) % ATTENDANCE_MARKS.length] ?? 'H';
}

export const markKey = (sessionId: number, enrolmentId: number) => `${sessionId}:${enrolmentId}`;

/** Saved marks by cell. */
export function savedMarks(grid: Pick<AttendanceGrid, 'marks'>): Map<string, AttendanceMark> {
  return new Map(grid.marks.map((mark) => [markKey(mark.sessionId, mark.enrolmentId), mark.mark]));
}

/** A trainee who dropped out is not presumed present: their unmarked cells stay empty. */
export function presumedMark(trainee: Pick<AttendanceGridTrainee, 'status'>): AttendanceMark | null {
  return trainee.status === 'dropped_out' ? null : 'H';
}

export interface ShownMark {
  mark: AttendanceMark | null;
  /** Neither saved nor on its way: what the cell would get when its column is first saved. */
  presumed: boolean;
}

export function shownMark(
  key: string,
  trainee: Pick<AttendanceGridTrainee, 'status'>,
  saved: ReadonlyMap<string, AttendanceMark>,
  sending: ReadonlyMap<string, AttendanceMark>,
): ShownMark {
  const mark = sending.get(key) ?? saved.get(key);
  return mark ? { mark, presumed: false } : { mark: presumedMark(trainee), presumed: true };
}

/**
 * What saving one change sends. The first change in a session column saves the whole column:
 * everyone who can be marked and has no mark yet gets Hadir (or what is already on its way), so
 * a clerk marks only the absent. Once the column holds marks, a change saves only its cell.
 */
export function marksToSave(
  grid: Pick<AttendanceGrid, 'marks' | 'trainees' | 'sessions'>,
  sessionId: number,
  change: { enrolmentId: number; mark: AttendanceMark },
  sending: ReadonlyMap<string, AttendanceMark> = new Map(),
): { enrolmentId: number; mark: AttendanceMark }[] {
  const session = grid.sessions.find((candidate) => candidate.id === sessionId);
  const columnHasMarks = grid.marks.some((mark) => mark.sessionId === sessionId);
  if (!session || session.taken || columnHasMarks) return [change];
  const saved = savedMarks(grid);
  const column = grid.trainees.flatMap((trainee) => {
    if (trainee.enrolmentId === change.enrolmentId) return [change];
    const key = markKey(sessionId, trainee.enrolmentId);
    if (saved.has(key) || cellAccess(trainee, session, session.date, true) !== 'open') return [];
    const mark = sending.get(key) ?? presumedMark(trainee);
    return mark ? [{ enrolmentId: trainee.enrolmentId, mark }] : [];
  });
  return column.some((mark) => mark.enrolmentId === change.enrolmentId) ? column : [...column, change];
}

/** The grid as it is after a save: its marks in place, the column taken, the trainees' new figures. */
export function withSaved(
  grid: AttendanceGrid,
  sessionId: number,
  marks: readonly { enrolmentId: number; mark: AttendanceMark }[],
  summaries: readonly AttendanceSummary[],
): AttendanceGrid {
  const written = new Set(marks.map((mark) => mark.enrolmentId));
  const figures = new Map(summaries.map((summary) => [summary.enrolmentId, summary]));
  return {
    ...grid,
    sessions: grid.sessions.map((session) => (session.id === sessionId ? { ...session, taken: true } : session)),
    marks: [
      ...grid.marks.filter((mark) => mark.sessionId !== sessionId || !written.has(mark.enrolmentId)),
      ...marks.map((mark) => ({ sessionId, ...mark })),
    ],
    trainees: grid.trainees.map((trainee) => ({ ...trainee, ...figures.get(trainee.enrolmentId) })),
  };
}
