import { describe, expect, it } from 'vitest';
import type { AttendanceGrid, AttendanceGridSession, AttendanceGridTrainee } from '../../src/shared/contract';
import type { AttendanceMark } from '../../src/shared/domain';
import { moveInGrid } from '../../src/renderer/src/components/useRovingGrid';
import {
  cellAccess,
  defaultWeekIndex,
  keyToMark,
  marksToSave,
  markKey,
  mondayOf,
  nextMark,
  shownMark,
  weeksOf,
  withSaved,
} from '../../src/renderer/src/features/attendance/grid';

const session = (id: number, date: string, taken = false): AttendanceGridSession => ({
  id,
  date,
  startTime: '08:00',
  endTime: '12:00',
  jp: 4,
  taken,
});

const trainee = (
  enrolmentId: number,
  joinedOn: string | null = null,
  status: AttendanceGridTrainee['status'] = 'in_training',
): AttendanceGridTrainee => ({
  enrolmentId,
  fullName: `Peserta ${enrolmentId}`,
  registrationNo: `PND-2026-0000${enrolmentId}`,
  status,
  joinedOn,
  attendedJp: 0,
  recordedJp: 0,
  attendancePct: null,
  belowMinimum: false,
  cannotReachMinimum: false,
  counts: { H: 0, S: 0, I: 0, A: 0 },
});

function grid(overrides: Partial<AttendanceGrid> = {}): AttendanceGrid {
  return {
    classId: 1,
    minAttendancePct: 80,
    editable: true,
    sessions: [session(10, '2026-11-16'), session(11, '2026-11-17')],
    trainees: [trainee(1), trainee(2), trainee(3, '2026-11-17'), trainee(4, null, 'dropped_out')],
    marks: [],
    ...overrides,
  };
}

describe('attendance weeks', () => {
  it('finds the Monday of any day, across a month end', () => {
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-12-02')).toBe('2026-11-30');
  });

  it('groups sessions by week in date order', () => {
    const weeks = weeksOf([session(3, '2026-11-24'), session(1, '2026-11-16'), session(2, '2026-11-20')]);
    expect(weeks.map((week) => [week.monday, week.sunday, week.sessions.map((one) => one.id)])).toEqual([
      ['2026-11-16', '2026-11-22', [1, 2]],
      ['2026-11-23', '2026-11-29', [3]],
    ]);
  });

  it('opens on this week, else the last week begun, else the first', () => {
    const weeks = weeksOf([session(1, '2026-11-02'), session(2, '2026-11-09'), session(3, '2026-11-23')]);
    expect(defaultWeekIndex(weeks, '2026-11-25')).toBe(2);
    expect(defaultWeekIndex(weeks, '2026-11-18')).toBe(1);
    expect(defaultWeekIndex(weeks, '2027-01-05')).toBe(2);
    expect(defaultWeekIndex(weeks, '2026-10-01')).toBe(0);
  });
});

describe('attendance cells', () => {
  it('refuses sessions before joining and in the future, and everything when read-only', () => {
    const late = trainee(3, '2026-11-17');
    expect(cellAccess(late, { date: '2026-11-16' }, '2026-11-23', true)).toBe('before_joining');
    expect(cellAccess(late, { date: '2026-11-17' }, '2026-11-23', true)).toBe('open');
    expect(cellAccess(late, { date: '2026-11-24' }, '2026-11-23', true)).toBe('future');
    expect(cellAccess(late, { date: '2026-11-17' }, '2026-11-23', false)).toBe('read_only');
  });

  it('steps through the marks on a double click, starting from Hadir', () => {
    expect([null, 'H', 'S', 'I', 'A'].map((mark) => nextMark(mark as AttendanceMark | null))).toEqual([
      'H',
      'S',
      'I',
      'A',
      'H',
    ]);
  });

  it('reads marks from the keyboard in either case', () => {
    expect(['h', 'S', 'i', 'A', 'x', 'Enter'].map(keyToMark)).toEqual(['H', 'S', 'I', 'A', null, null]);
  });

  it('shows a mark on its way over the saved one, and a presumed Hadir where there is none', () => {
    const saved = new Map([[markKey(10, 1), 'A' as const]]);
    const sending = new Map([[markKey(10, 2), 'S' as const]]);
    expect(shownMark(markKey(10, 1), trainee(1), saved, sending)).toEqual({ mark: 'A', presumed: false });
    expect(shownMark(markKey(10, 2), trainee(2), saved, sending)).toEqual({ mark: 'S', presumed: false });
    expect(shownMark(markKey(11, 1), trainee(1), saved, sending)).toEqual({ mark: 'H', presumed: true });
    expect(shownMark(markKey(11, 4), trainee(4, null, 'dropped_out'), saved, sending)).toEqual({
      mark: null,
      presumed: true,
    });
  });
});

describe('what a change saves', () => {
  it('saves the whole column on its first change: everyone who can be marked as Hadir', () => {
    // Trainee 3 joined the next day and trainee 4 dropped out: neither is presumed present.
    expect(marksToSave(grid(), 10, { enrolmentId: 2, mark: 'A' })).toEqual([
      { enrolmentId: 1, mark: 'H' },
      { enrolmentId: 2, mark: 'A' },
    ]);
    expect(marksToSave(grid(), 11, { enrolmentId: 1, mark: 'S' })).toEqual([
      { enrolmentId: 1, mark: 'S' },
      { enrolmentId: 2, mark: 'H' },
      { enrolmentId: 3, mark: 'H' },
    ]);
  });

  it('carries marks typed but not yet saved into the column', () => {
    const sending = new Map([[markKey(10, 1), 'I' as const]]);
    expect(marksToSave(grid(), 10, { enrolmentId: 2, mark: 'A' }, sending)).toEqual([
      { enrolmentId: 1, mark: 'I' },
      { enrolmentId: 2, mark: 'A' },
    ]);
  });

  it('saves one cell once the column holds marks', () => {
    const taken = grid({ marks: [{ sessionId: 10, enrolmentId: 1, mark: 'H' }] });
    expect(marksToSave(taken, 10, { enrolmentId: 2, mark: 'S' })).toEqual([{ enrolmentId: 2, mark: 'S' }]);
    const flagged = grid({ sessions: [session(10, '2026-11-16', true)] });
    expect(marksToSave(flagged, 10, { enrolmentId: 2, mark: 'S' })).toEqual([{ enrolmentId: 2, mark: 'S' }]);
  });

  it('a dropped-out trainee marked by hand is saved with the column', () => {
    expect(marksToSave(grid(), 10, { enrolmentId: 4, mark: 'A' })).toEqual([
      { enrolmentId: 1, mark: 'H' },
      { enrolmentId: 2, mark: 'H' },
      { enrolmentId: 4, mark: 'A' },
    ]);
  });

  it('puts a save into the grid: marks replaced, column taken, figures updated', () => {
    const before = grid({ marks: [{ sessionId: 10, enrolmentId: 1, mark: 'H' }] });
    const figures = { ...trainee(1), attendedJp: 0, recordedJp: 4, attendancePct: 0, belowMinimum: true };
    const after = withSaved(before, 10, [{ enrolmentId: 1, mark: 'A' }], [figures]);
    expect(after.marks).toEqual([{ sessionId: 10, enrolmentId: 1, mark: 'A' }]);
    expect(after.sessions.find((one) => one.id === 10)?.taken).toBe(true);
    expect(after.trainees[0]).toMatchObject({ attendancePct: 0, belowMinimum: true });
    expect(after.trainees[1]).toEqual(before.trainees[1]);
  });
});

describe('grid moves', () => {
  it('moves with the arrows and stops at the edges', () => {
    expect(moveInGrid({ row: 0, col: 0 }, 'down', 3, 4)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid({ row: 2, col: 0 }, 'down', 3, 4)).toEqual({ row: 2, col: 0 });
    expect(moveInGrid({ row: 1, col: 0 }, 'left', 3, 4)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid({ row: 1, col: 1 }, 'rowEnd', 3, 4)).toEqual({ row: 1, col: 3 });
    expect(moveInGrid({ row: 1, col: 3 }, 'rowStart', 3, 4)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid({ row: 1, col: 2 }, 'bottom', 3, 4)).toEqual({ row: 2, col: 2 });
  });
});
