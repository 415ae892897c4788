import { DEFAULT_TIMEZONE } from './domain';

const isoDateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (ISO, YYYY-MM-DD) at this instant in the BLK's timezone (WITA for Paser). */
export function todayIn(now: Date, timezone: string = DEFAULT_TIMEZONE): string {
  let format = isoDateFormats.get(timezone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    isoDateFormats.set(timezone, format);
  }
  return format.format(now);
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** How far the wall clock in `timezone` is ahead of UTC at this instant, in milliseconds. */
function offsetAt(instant: number, timezone: string): number {
  let format = offsetFormats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormats.set(timezone, format);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(format.formatToParts(new Date(instant)).find((entry) => entry.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a BLK calendar day begins ("2026-11-23" in WITA -> 2026-11-22T16:00:00Z), so that a
 * day range can be compared with stored UTC instants. Asked twice because an offset can change
 * (DST elsewhere; WIB/WITA/WIT have none).
 */
export function dayStartIn(isoDate: string, timezone: string = DEFAULT_TIMEZONE): Date {
  const wallMidnight = Date.parse(`${isoDate}T00:00:00Z`);
  const first = wallMidnight - offsetAt(wallMidnight, timezone);
  return new Date(wallMidnight - offsetAt(first, timezone));
}

/** The ISO date after this one (calendar arithmetic, no timezone involved). */
export function nextIsoDate(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
