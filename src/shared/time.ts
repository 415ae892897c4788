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
