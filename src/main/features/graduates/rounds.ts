/**
 * Follow-up rounds: months after graduation at which a graduate is due for a contact. Due dates
 * are calendar months with the day clamped to the month's end (31 August + 6 months = 28 or 29
 * February), the way a clerk counts them on a calendar.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

const DAY_MS = 86_400_000;

function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

const isoOf = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Days in a month (1-12) of a year. */
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `iso` plus `months` calendar months, the day clamped to the end of the target month. */
export function addMonths(iso: string, months: number): string {
  const { year, month, day } = parseIsoDate(iso);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return isoOf(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** The day before `iso`. */
function previousDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
}

/**
 * The latest graduation date whose round of `months` is due on or before `today`: graduates on
 * or before it are due for that round. Because addMonths never decreases as the graduation date
 * grows, the graduates due for a round are exactly a date range, which lets the due list filter
 * on the graduation date instead of computing a due date for every graduate.
 */
export function graduatedOnOrBeforeToBeDue(today: string, months: number): string {
  const { year, month } = parseIsoDate(today);
  const monthIndex = year * 12 + (month - 1) - months;
  const candidateYear = Math.floor(monthIndex / 12);
  const candidateMonth = (monthIndex % 12) + 1;
  // Start at the end of the month `months` back and step back over the few days (at most three)
  // whose clamped due date still lies after today.
  let candidate = isoOf(candidateYear, candidateMonth, daysInMonth(candidateYear, candidateMonth));
  while (addMonths(candidate, months) > today) candidate = previousDay(candidate);
  return candidate;
}

/**
 * The month after graduation at which the last round stops being due: as long after it as the
 * gap before it (12 after 6: until month 18; a lone round of 3: until month 6). Each earlier
 * round is due until the next one takes over; without an end the last one would stay due for
 * ever, and the list would open on graduates of years ago whom nobody will call any more.
 */
export function lastRoundClosesAt(rounds: readonly number[]): number | null {
  const last = rounds[rounds.length - 1];
  if (last === undefined) return null;
  const previous = rounds[rounds.length - 2] ?? 0;
  return last + (last - previous);
}

/** The configured rounds, ascending. */
export async function readRoundMonths(db: Kysely<Database>): Promise<number[]> {
  const rows = await db.selectFrom('followUpRounds').select('months').orderBy('months').execute();
  return rows.map((row) => row.months);
}

/** The latest round due on `date` for someone who graduated on `graduatedOn`, or null. */
export function latestRoundDue(rounds: readonly number[], graduatedOn: string, date: string): number | null {
  let latest: number | null = null;
  for (const months of rounds) if (addMonths(graduatedOn, months) <= date) latest = months;
  return latest;
}
