/**
 * Display formats shared by the renderer and the PDFs, so a date on screen and on paper read
 * the same. Pure: no node:, no DOM.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';
import 'dayjs/locale/id.js';

dayjs.extend(utc);
dayjs.extend(timezone);

export type DisplayLocale = 'id' | 'en';

/** The BLK this app was built for is in Paser, East Kalimantan. */
export const DEFAULT_TIMEZONE = 'Asia/Makassar';

// Intl gives "GMT+8" for these zones; Indonesians read the official abbreviations.
const ZONE_ABBREVIATIONS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "2026-11-23" -> "23 November 2026" (the same words in both locales except the month names).
 * A full instant ("2026-11-23T15:30:00Z") is first moved into `timeZone`, because the calendar
 * day of an instant depends on where you stand. Throws RangeError on input that is not a date,
 * so a bad value fails loudly instead of printing "Invalid Date" on a certificate.
 */
export function formatDate(iso: string, locale: DisplayLocale, timeZone: string = DEFAULT_TIMEZONE): string {
  if (DATE_ONLY.test(iso)) {
    // utc mode: a calendar date has no zone, and local-time parsing could shift it by a day.
    const d = dayjs.utc(iso, 'YYYY-MM-DD');
    // dayjs rolls 2026-02-30 over to 2 March; refuse instead of printing the wrong day.
    if (!d.isValid() || d.format('YYYY-MM-DD') !== iso) throw new RangeError(`Not a calendar date: ${iso}`);
    return d.locale(locale).format('D MMMM YYYY');
  }
  return toZone(iso, timeZone).locale(locale).format('D MMMM YYYY');
}

/** "2026-11-23T06:05:00Z" -> "23 November 2026 14.05 WITA" (id) / "23 November 2026 14:05 WITA" (en). */
export function formatDateTime(isoInstant: string, locale: DisplayLocale, timeZone: string = DEFAULT_TIMEZONE): string {
  const d = toZone(isoInstant, timeZone).locale(locale);
  // Indonesian writes the time with a dot (EYD), English with a colon.
  const time = d.format(locale === 'id' ? 'HH.mm' : 'HH:mm');
  return `${d.format('D MMMM YYYY')} ${time} ${zoneLabel(d, timeZone)}`;
}

/** 1250000 -> "Rp 1.250.000"; money is integer rupiah, so fractions are rounded away. */
export function formatRupiah(amount: number): string {
  if (!Number.isFinite(amount)) throw new RangeError(`Not an amount: ${amount}`);
  const rounded = Math.round(amount);
  let rest = Math.abs(rounded).toString();
  const groups: string[] = [];
  while (rest.length > 3) {
    groups.unshift(rest.slice(-3));
    rest = rest.slice(0, -3);
  }
  groups.unshift(rest);
  return `${rounded < 0 ? '-' : ''}Rp ${groups.join('.')}`;
}

function toZone(isoInstant: string, timeZone: string): dayjs.Dayjs {
  // Without an explicit offset the string would be read in the machine's zone, which differs
  // between the front-desk PC and CI; demand the offset so the result is the same everywhere.
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(isoInstant)) throw new RangeError(`Instant without offset: ${isoInstant}`);
  const d = dayjs(isoInstant);
  if (!d.isValid()) throw new RangeError(`Not an instant: ${isoInstant}`);
  return d.tz(timeZone);
}

function zoneLabel(d: dayjs.Dayjs, timeZone: string): string {
  const known = ZONE_ABBREVIATIONS[timeZone];
  if (known) return known;
  const offset = d.format('Z');
  return offset === '+00:00' ? 'UTC' : `UTC${offset}`;
}
