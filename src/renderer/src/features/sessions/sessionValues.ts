import type { ClassPlace, ClassSummary, ScheduledSession } from '@shared/contract';
import type { FieldErrors } from '@shared/errors';
import { parseTypedDate, toTypedDate } from '../../lib/dates';
import { addMinutes, parseTypedTime } from '../../lib/times';

/** A place as one select value: "room:3" or "mtu:7" (rooms and MTU sites share one list). */
export type PlaceKey = `room:${number}` | `mtu:${number}`;

export function placeKey(place: ClassPlace | null): PlaceKey | null {
  if (!place) return null;
  return place.kind === 'room' ? `room:${place.roomId}` : `mtu:${place.mtuSiteId}`;
}

export function placeFromKey(
  key: string | null,
): { kind: 'room'; roomId: number } | { kind: 'mtu'; mtuSiteId: number } | null {
  const match = key ? /^(room|mtu):(\d+)$/.exec(key) : null;
  if (!match) return null;
  const id = Number(match[2]);
  return match[1] === 'room' ? { kind: 'room', roomId: id } : { kind: 'mtu', mtuSiteId: id };
}

export interface UnitRowValues {
  unitId: string | null;
  jp: number | string;
}

export interface SessionValues extends Record<string, unknown> {
  date: string;
  startTime: string;
  endTime: string;
  jp: number | string;
  placeKey: string | null;
  instructorIds: string[];
  units: UnitRowValues[];
  notes: string;
}

const numberOrUndefined = (value: number | string) => (value === '' ? undefined : Number(value));

/** A new session of the class: its place and instructors; the date (and start) when already chosen. */
export function emptySession(klass: ClassSummary, date = '', startTime = '08:00'): SessionValues {
  return {
    date: date ? toTypedDate(date) : '',
    startTime,
    endTime: '',
    jp: '',
    placeKey: placeKey(klass.place),
    instructorIds: klass.instructors.map((instructor) => String(instructor.id)),
    units: [],
    notes: '',
  };
}

export function sessionValues(session: ScheduledSession): SessionValues {
  return {
    date: toTypedDate(session.date),
    startTime: session.startTime,
    endTime: session.endTime,
    jp: session.jp,
    placeKey: placeKey(session.place),
    instructorIds: session.instructors.map((instructor) => String(instructor.id)),
    units: session.units.map((unit) => ({ unitId: String(unit.unitId), jp: unit.jp })),
    notes: session.notes,
  };
}

/** What the form holds, in the shape `sessionFields` parses (typed text passed on as is when unreadable). */
export function sessionCandidate(values: SessionValues, classId: number) {
  return {
    classId,
    date: parseTypedDate(values.date) ?? values.date,
    startTime: parseTypedTime(values.startTime) ?? values.startTime,
    endTime: parseTypedTime(values.endTime) ?? values.endTime,
    jp: numberOrUndefined(values.jp),
    place: placeFromKey(values.placeKey),
    instructorIds: values.instructorIds.map(Number),
    units: values.units.map((unit) => ({
      unitId: unit.unitId === null ? undefined : Number(unit.unitId),
      jp: numberOrUndefined(unit.jp),
    })),
    notes: values.notes,
  };
}

/** The schema names the place `place.roomId`; the form shows it on the one place select. */
export function sessionFormErrors(errors: FieldErrors): FieldErrors {
  const renamed: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    renamed[path.startsWith('place') ? 'placeKey' : path] = message;
  }
  return renamed;
}

/** Start plus JP of teaching time: the end a session has when nothing else (a break) is in it. */
export function suggestedEnd(values: Pick<SessionValues, 'startTime' | 'jp'>, jpMinutes: number): string | null {
  const start = parseTypedTime(values.startTime);
  const jp = Number(values.jp);
  if (!start || values.jp === '' || !Number.isInteger(jp) || jp < 1) return null;
  return addMinutes(start, jp * jpMinutes);
}

/**
 * The end to fill in after the start or JP changed: it follows them while it is empty or still
 * the one suggested, and stays once the clerk typed an end of their own. Null: leave it.
 */
export function followingEnd(values: SessionValues, previous: SessionValues, jpMinutes: number): string | null {
  if (values.startTime === previous.startTime && values.jp === previous.jp) return null;
  if (previous.endTime !== '' && previous.endTime !== suggestedEnd(previous, jpMinutes)) return null;
  const end = suggestedEnd(values, jpMinutes);
  return end && end !== values.endTime ? end : null;
}

export interface GenerateValues extends Record<string, unknown> {
  /** ISO weekday numbers as text (checkbox values): "1" = Monday ... "7" = Sunday. */
  weekdays: string[];
  startTime: string;
  jpPerDay: number | string;
  breakMinutes: number | string;
  fromDate: string;
  placeKey: string | null;
  instructorIds: string[];
}

/** Monday to Friday from 08:00, 8 JP with an hour's lunch, in the class's place with its instructors. */
export function generateDefaults(klass: ClassSummary): GenerateValues {
  return {
    weekdays: ['1', '2', '3', '4', '5'],
    startTime: '08:00',
    jpPerDay: 8,
    breakMinutes: 60,
    fromDate: toTypedDate(klass.startDate),
    placeKey: placeKey(klass.place),
    instructorIds: klass.instructors.map((instructor) => String(instructor.id)),
  };
}

export function generateCandidate(values: GenerateValues, classId: number) {
  const place = placeFromKey(values.placeKey);
  return {
    classId,
    weekdays: values.weekdays.map(Number).sort((a, b) => a - b),
    startTime: parseTypedTime(values.startTime) ?? values.startTime,
    jpPerDay: numberOrUndefined(values.jpPerDay),
    breakMinutes: numberOrUndefined(values.breakMinutes),
    fromDate: values.fromDate.trim() === '' ? undefined : (parseTypedDate(values.fromDate) ?? values.fromDate),
    // Omitted place: main takes the class's; an explicit choice is sent as is.
    ...(place ? { place } : {}),
    instructorIds: values.instructorIds.map(Number),
  };
}

/** JP of each competency unit the sessions teach, by unit id. */
export function scheduledJpByUnit(sessions: readonly ScheduledSession[]): Map<number, number> {
  const byUnit = new Map<number, number>();
  for (const session of sessions) {
    for (const unit of session.units) byUnit.set(unit.unitId, (byUnit.get(unit.unitId) ?? 0) + unit.jp);
  }
  return byUnit;
}
