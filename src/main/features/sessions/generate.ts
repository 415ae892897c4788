/**
 * Timetable generation as a pure function: which days, times and units the sessions a class still
 * needs would take. No database here; the handlers feed it what they read and check clashes after.
 */
import type { Holiday, PlannedSession, SessionUnit } from '@shared/contract';
import type { Weekday } from '@shared/domain';

const MINUTES_PER_DAY = 24 * 60;
/** Sessions lie within one day: the last possible end is 23:59. */
export const LAST_MINUTE_OF_DAY = MINUTES_PER_DAY - 1;

/** "07:30" -> 450. */
export function minutesOf(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** 450 -> "07:30"; the caller keeps the value within one day. */
export function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** ISO date plus whole days (UTC arithmetic: calendar dates have no zone). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** ISO weekday: Monday 1 .. Sunday 7. */
export function weekdayOf(isoDate: string): Weekday {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return (day === 0 ? 7 : day) as Weekday;
}

/** The Monday of the week (Monday to Sunday) holding `isoDate`. */
export function mondayOf(isoDate: string): string {
  return addDays(isoDate, 1 - weekdayOf(isoDate));
}

/**
 * How long a day of `jp` JP lasts: the JP themselves, plus the break once the day has two JP or
 * more (a break is taken between lessons, never before or after a single one).
 */
export function dayLengthMinutes(jp: number, jpMinutes: number, breakMinutes: number): number {
  return jp * jpMinutes + (jp >= 2 ? breakMinutes : 0);
}

/** A competency unit with the JP the timetable still owes it. */
export interface UnitToSchedule {
  unitId: number;
  code: string;
  title: string;
  remainingJp: number;
}

export interface PlanRequest {
  /** In teaching order; empty for a programme without units (then `unitlessJp` is planned). */
  units: UnitToSchedule[];
  unitlessJp: number;
  fromDate: string;
  weekdays: readonly Weekday[];
  startTime: string;
  jpPerDay: number;
  breakMinutes: number;
  jpMinutes: number;
  /** Holidays from `fromDate` on (others are ignored). */
  holidays: readonly Holiday[];
  /** Days the class already has a session: generation fills the other days and leaves these be. */
  busyDates: ReadonlySet<string>;
}

export interface PlanResult {
  sessions: PlannedSession[];
  /** Chosen weekdays passed over because they were holidays, in date order. */
  skippedHolidays: Holiday[];
}

/**
 * Days the timetable never gets to: every chosen day up to here is a holiday or busy. Ten years
 * of days is far beyond any class and stops a plan that could otherwise never finish.
 */
const MAX_DAYS_AHEAD = 3660;

/**
 * Fills the chosen weekdays from `fromDate`, `jpPerDay` JP a day (the last day may be shorter),
 * unit after unit in teaching order; a day may finish one unit and start the next. Holidays and
 * days the class already has a session are skipped. Throws RangeError when a full day would end
 * after 23:59 (callers check that first and report it as a field error).
 */
export function planSessions(request: PlanRequest): PlanResult {
  const start = minutesOf(request.startTime);
  if (start + dayLengthMinutes(request.jpPerDay, request.jpMinutes, request.breakMinutes) > LAST_MINUTE_OF_DAY) {
    throw new RangeError('A day of this many JP ends after midnight');
  }
  const owed = request.units.map((unit) => ({ ...unit }));
  let unitlessJp = request.units.length > 0 ? 0 : request.unitlessJp;
  const jpLeft = () => owed.reduce((sum, unit) => sum + unit.remainingJp, 0) + unitlessJp;
  const holidayOn = new Map(request.holidays.map((holiday) => [holiday.date, holiday]));
  const weekdays = new Set(request.weekdays);
  const sessions: PlannedSession[] = [];
  const skippedHolidays: Holiday[] = [];

  for (let offset = 0; jpLeft() > 0 && offset < MAX_DAYS_AHEAD; offset++) {
    const date = addDays(request.fromDate, offset);
    if (!weekdays.has(weekdayOf(date)) || request.busyDates.has(date)) continue;
    const holiday = holidayOn.get(date);
    if (holiday) {
      skippedHolidays.push(holiday);
      continue;
    }
    const jp = Math.min(request.jpPerDay, jpLeft());
    const units: SessionUnit[] = [];
    let room = jp;
    for (const unit of owed) {
      if (room === 0) break;
      const taken = Math.min(room, unit.remainingJp);
      if (taken === 0) continue;
      units.push({ unitId: unit.unitId, code: unit.code, title: unit.title, jp: taken });
      unit.remainingJp -= taken;
      room -= taken;
    }
    unitlessJp -= room;
    sessions.push({
      date,
      startTime: request.startTime,
      endTime: clockOf(start + dayLengthMinutes(jp, request.jpMinutes, request.breakMinutes)),
      jp,
      units,
    });
  }
  return { sessions, skippedHolidays };
}
