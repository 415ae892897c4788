import type { Sex } from './domain';

/**
 * NIK (Nomor Induk Kependudukan), 16 digits: PP RR DD ddmmyy ssss.
 * Digits 1-6 are the province, regency and district where it was first issued; 7-12 the birth
 * date with 40 added to the day for women; 13-16 a serial starting at 0001.
 */
export interface DecodedNik {
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  birthDate: string;
  sex: Sex;
}

export type NikProblem = 'format' | 'province' | 'date' | 'serial';

export type NikDecodeResult = { ok: true; value: DecodedNik } | { ok: false; problem: NikProblem };

export const NIK_PATTERN = /^\d{16}$/;

/** A trainee is between these ages; the century of a two-digit year follows from it. */
const PLAUSIBLE_MIN_AGE = 15;
const PLAUSIBLE_MAX_AGE = 80;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Whole years from an ISO birth date to an ISO reference date. */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ry, rm, rd] = onDate.split('-').map(Number) as [number, number, number];
  let age = ry - by;
  if (rm < bm || (rm === bm && rd < bd)) age -= 1;
  return age;
}

function chooseCentury(twoDigitYear: number, month: number, day: number, today: string): number | null {
  const candidates = [1900 + twoDigitYear, 2000 + twoDigitYear].filter((year) => isCalendarDate(year, month, day));
  const withAge = candidates
    .map((year) => ({ year, age: ageOn(`${year}-${pad(month, 2)}-${pad(day, 2)}`, today) }))
    .filter((candidate) => candidate.age >= 0);
  const plausible = withAge.find((c) => c.age >= PLAUSIBLE_MIN_AGE && c.age <= PLAUSIBLE_MAX_AGE);
  if (plausible) return plausible.year;
  // Neither century gives a trainee's age: take the most recent birth year that is not in the future.
  const latest = withAge.sort((a, b) => a.age - b.age)[0];
  return latest ? latest.year : null;
}

/** Decodes a NIK; `today` (ISO date) decides the century of the birth year. */
export function decodeNik(nik: string, today: string): NikDecodeResult {
  if (!NIK_PATTERN.test(nik)) return { ok: false, problem: 'format' };
  const province = Number(nik.slice(0, 2));
  if (province < 11 || province > 99) return { ok: false, problem: 'province' };
  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const twoDigitYear = Number(nik.slice(10, 12));
  const sex: Sex = rawDay > 40 ? 'P' : 'L';
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  if (day < 1 || day > 31 || month < 1 || month > 12) return { ok: false, problem: 'date' };
  const year = chooseCentury(twoDigitYear, month, day, today);
  if (year === null) return { ok: false, problem: 'date' };
  if (nik.slice(12) === '0000') return { ok: false, problem: 'serial' };
  return {
    ok: true,
    value: {
      provinceCode: nik.slice(0, 2),
      regencyCode: nik.slice(0, 4),
      districtCode: nik.slice(0, 6),
      birthDate: `${year}-${pad(month, 2)}-${pad(day, 2)}`,
      sex,
    },
  };
}

/** Same date digits as the NIK would carry for this birth date and sex (used to test and to fake data). */
export function nikDateDigits(birthDate: string, sex: Sex): string {
  const [year, month, day] = birthDate.split('-') as [string, string, string];
  const nikDay = Number(day) + (sex === 'P' ? 40 : 0);
  return `${pad(nikDay, 2)}${month}${year.slice(2)}`;
}
