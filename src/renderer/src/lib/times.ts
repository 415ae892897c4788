/**
 * What a clerk types as a time of day, to 24-hour "HH:MM": "08:00", "8:00", "8.00", "0800",
 * "800" or just "8". Null when it is not a time of day.
 */
export function parseTypedTime(text: string): string | null {
  // One separator at most, between hours and minutes: "8:00" and "800" read the same.
  const digits = text.trim().replace(/^(\d{1,2})[:.\s](\d{2})$/, '$1$2');
  if (!/^\d{1,4}$/.test(digits)) return null;
  const hours = Number(digits.length <= 2 ? digits : digits.slice(0, -2));
  const minutes = Number(digits.length <= 2 ? '0' : digits.slice(-2));
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** "08:00" plus 90 minutes is "09:30"; null past midnight (a session never crosses it). */
export function addMinutes(time: string, minutes: number): string | null {
  const total = minutesOfDay(time) + minutes;
  if (total < 0 || total >= 24 * 60) return null;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
