import dayjs from 'dayjs';

/** The Monday (ISO) of the week holding an ISO date: timetables run Monday to Sunday. */
export function mondayOf(iso: string): string {
  const day = dayjs(iso);
  return day.subtract((day.day() + 6) % 7, 'day').format('YYYY-MM-DD');
}

/** The distinct weeks (their Mondays, in order) that hold at least one of the dates. */
export function weeksOf(dates: readonly string[]): string[] {
  return [...new Set(dates.map(mondayOf))].sort();
}

/** The week to offer first: this week if it has sessions, else the next one that has, else the last. */
export function defaultWeek(weeks: readonly string[], today: string): string | null {
  const thisWeek = mondayOf(today);
  return weeks.find((week) => week >= thisWeek) ?? weeks.at(-1) ?? null;
}

/** The Sunday ending the week that starts on `monday`. */
export function sundayOf(monday: string): string {
  return dayjs(monday).add(6, 'day').format('YYYY-MM-DD');
}
