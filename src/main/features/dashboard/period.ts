/** Calendar steps over a chart period: every month and every year in it, so empty ones show as zero. */

/** 'YYYY-MM' of every month from `from` to `to` (ISO dates), both included. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** 'YYYY' of every year from `from` to `to`, both included. */
export function yearsOf(from: string, to: string): string[] {
  const years: string[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) years.push(String(year));
  return years;
}
