/**
 * Cell text the way people type it at an Indonesian front desk, turned into what the enrolment
 * form would have sent ("05/01/1999" -> "1999-01-05", "Perempuan" -> "P", "SLTA" -> "SMA"), before
 * the form's own schema checks it. A value that cannot be read is an error, never a guess.
 */
import type { ImportField } from '@shared/contract/imports';
import type { Activity, EducationLevel, Sex } from '@shared/domain';
import type { FieldErrorKey } from '@shared/validation';
import type { SheetCell } from './sheet';

export type Normalised = { ok: true; value: string } | { ok: false; error: FieldErrorKey };

const ok = (value: string): Normalised => ({ ok: true, value });
const fail = (error: FieldErrorKey): Normalised => ({ ok: false, error });

/** "+62 812-3456-7890", "-5": a sign in front of a number is data, not a formula. */
const SIGNED_NUMBER_OR_PHONE = /^[+-][\d\s().-]+$/;

/**
 * Text a spreadsheet program would run when the file is opened again ("=HYPERLINK(...)",
 * "@SUM(...)", "+cmd|..."), or that hides such text behind a leading tab or carriage return.
 * Stricter than Excel on purpose: "=5" is refused too, since nobody types a NIK or a name so.
 */
export function looksLikeFormula(cell: SheetCell): boolean {
  if (cell.formula) return true;
  if (/^[\t\r]/.test(cell.text)) return true;
  const text = cell.text.trimStart();
  if (text.startsWith('=') || text.startsWith('@')) return true;
  if (text.startsWith('+') || text.startsWith('-')) return !SIGNED_NUMBER_OR_PHONE.test(text);
  return false;
}

/** Upper case letters and digits only: "Laki-laki", "laki laki" and "LAKI-LAKI" match. */
const wordKey = (text: string): string => text.toUpperCase().replace(/[^A-Z0-9]/g, '');

function lookup<T extends string>(table: Readonly<Record<T, readonly string[]>>): ReadonlyMap<string, T> {
  return new Map(
    (Object.entries(table) as [T, readonly string[]][]).flatMap(([code, words]) =>
      [code, ...words].map((word) => [wordKey(word), code] as const),
    ),
  );
}

const SEX_WORDS = lookup<Sex>({
  L: ['Laki-laki', 'Laki', 'Lk', 'Pria', 'Cowok', 'M', 'Male', 'Man'],
  P: ['Perempuan', 'Pr', 'Wanita', 'Cewek', 'F', 'Female', 'Woman'],
});

const EDUCATION_WORDS = lookup<EducationLevel>({
  SD: ['MI', 'SD/MI', 'Sekolah Dasar', 'Paket A', 'Primary', 'Elementary'],
  SMP: ['SLTP', 'MTs', 'SMP/MTs', 'Paket B', 'Junior High', 'Junior High School'],
  SMA: ['SLTA', 'SMU', 'MA', 'SMA/MA', 'Paket C', 'Senior High', 'Senior High School', 'High School'],
  SMK: ['STM', 'SMEA', 'SMK/MAK', 'MAK', 'Vocational High School'],
  D1_D3: ['D1', 'D2', 'D3', 'D-I', 'D-II', 'D-III', 'DI', 'DII', 'DIII', 'D1-D3', 'Diploma'],
  D4_S1: ['D4', 'D-IV', 'DIV', 'S1', 'D4/S1', 'Sarjana', 'Bachelor'],
  S2_PLUS: ['S2', 'S3', 'S2/S3', 'S2 ke atas', 'Magister', 'Doktor', 'Master', 'Doctorate'],
});

const ACTIVITY_WORDS = lookup<Activity>({
  not_working: ['Tidak bekerja', 'Belum bekerja', 'Menganggur', 'Pengangguran', 'Tidak', 'Not working', 'Unemployed'],
  working: [
    'Bekerja',
    'Sudah bekerja',
    'Karyawan',
    'Pegawai',
    'Buruh',
    'Wiraswasta',
    'Wirausaha',
    'Working',
    'Employed',
    'Self-employed',
  ],
  in_school: ['Sedang sekolah', 'Sekolah', 'Pelajar', 'Siswa', 'Mahasiswa', 'Kuliah', 'In school', 'Student'],
});

const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['januari', 'jan', 'january'],
    ['februari', 'feb', 'pebruari', 'february'],
    ['maret', 'mar', 'march'],
    ['april', 'apr'],
    ['mei', 'may'],
    ['juni', 'jun', 'june'],
    ['juli', 'jul', 'july'],
    ['agustus', 'agu', 'agt', 'aug', 'august'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt', 'oct', 'october'],
    ['november', 'nov', 'nopember'],
    ['desember', 'des', 'dec', 'december'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

const pad2 = (value: number) => String(value).padStart(2, '0');

function isoIfReal(year: number, month: number, day: number): Normalised {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? ok(`${year}-${pad2(month)}-${pad2(day)}`) : fail('date');
}

/** Days since 30 December 1899: how Excel stores a date in a cell not formatted as one. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EXCEL_LAST_SERIAL = 2_958_465; // 31 December 9999

/** "05/01/1999", "5-1-99", "1999-01-05", "5 Januari 1999", an Excel date: always day before month. */
export function normaliseDate(cell: SheetCell, today: string): Normalised {
  if (cell.number !== null) {
    if (!Number.isInteger(cell.number) || cell.number < 1 || cell.number > EXCEL_LAST_SERIAL) return fail('date');
    return ok(new Date(EXCEL_EPOCH + cell.number * 86_400_000).toISOString().slice(0, 10));
  }
  const text = cell.text.trim().toLowerCase();
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (iso) return isoIfReal(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(text);
  const named = /^(\d{1,2})[\s-]+([a-z]+)[\s-]+(\d{2}|\d{4})$/.exec(text);
  const parts = dayFirst
    ? { day: dayFirst[1], month: Number(dayFirst[2]), year: dayFirst[3] }
    : named
      ? { day: named[1], month: MONTHS.get(named[2] as string) ?? 0, year: named[3] }
      : null;
  if (!parts) return fail('date');
  let year = Number(parts.year);
  if ((parts.year as string).length === 2) {
    // "99" is 1999 and "05" is 2005: the latest year that is not after this one.
    const thisYear = Number(today.slice(0, 4));
    year += 2000 + year <= thisYear ? 2000 : 1900;
  }
  return isoIfReal(year, parts.month, Number(parts.day));
}

/** Excel shows a long number as "6,40105E+15" and saves the CSV so: the digits are gone. */
const SCIENTIFIC = /^\d[.,]?\d*e\+?\d+$/i;

/** Spaces and Excel's text apostrophe removed; a NIK stored as a number is refused if it lost digits. */
export function normaliseNik(cell: SheetCell): Normalised {
  if (cell.number !== null) {
    // A double holds integers exactly only up to 2^53 (16 digits from 9007...): above it the
    // last digits were already rounded when the file was saved.
    return Number.isSafeInteger(cell.number) ? ok(String(cell.number)) : fail('nik_number_precision');
  }
  const text = cell.text.trim().replace(/^'/, '');
  if (SCIENTIFIC.test(text)) return fail('nik_number_precision');
  return ok(text.replace(/[\s.-]/g, ''));
}

/** The form's phone rule strips spaces, dots and dashes; an xlsx number lost its leading 0. */
export function normalisePhone(cell: SheetCell): Normalised {
  if (cell.number !== null) {
    const digits = String(cell.number);
    return ok(digits.startsWith('8') ? `0${digits}` : digits);
  }
  return ok(cell.text.trim().replace(/^'/, '').replace(/[()]/g, ''));
}

function fromWords<T extends string>(words: ReadonlyMap<string, T>, cell: SheetCell): Normalised {
  const text = cell.text.trim();
  if (text === '') return ok('');
  const code = words.get(wordKey(text));
  return code === undefined ? fail('value_unknown') : ok(code);
}

/** Trimmed, inner runs of spaces and line breaks made one space (names copied from other lists). */
const plainText = (cell: SheetCell): Normalised => ok(cell.text.replace(/\s+/g, ' ').trim());

/** The value to give the enrolment form's schema for this field, or the reason it cannot be read. */
export function normaliseCell(field: ImportField, cell: SheetCell, today: string): Normalised {
  if (looksLikeFormula(cell)) return fail('formula_in_cell');
  if (cell.text.trim() === '' && cell.number === null) return ok('');
  switch (field) {
    case 'nik':
      return normaliseNik(cell);
    case 'birthDate':
      return normaliseDate(cell, today);
    case 'phone':
      return normalisePhone(cell);
    case 'sex':
      return fromWords(SEX_WORDS, cell);
    case 'education':
      return fromWords(EDUCATION_WORDS, cell);
    case 'activity':
      return fromWords(ACTIVITY_WORDS, cell);
    case 'email':
      return ok(cell.text.trim().toLowerCase());
    case 'regencyCode':
      return ok(cell.text.trim().replace(/^'/, ''));
    case 'notes':
      // Notes may hold line breaks on purpose.
      return ok(cell.text.trim());
    default:
      return plainText(cell);
  }
}
