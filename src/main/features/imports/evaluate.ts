/**
 * Every row of the file judged against the database: what committing would do with it. The
 * preview shows this and the commit recomputes it inside its transaction, so what the renderer
 * saw is never trusted and a person added meanwhile is not created twice.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { IMPORT_FIELDS, type ImportField, type ImportRowStatus } from '@shared/contract/imports';
import { participantFields } from '@shared/contract/participants';
import type { FieldErrors } from '@shared/errors';
import { NIK_PATTERN } from '@shared/nik';
import { zodIssuesToFields } from '@shared/validation';
import type { Database } from '../../db/schema';
import { identityFieldErrors, identityProblems } from '../participants/identity';
import type { ColumnMapping } from './mapping';
import { EMPTY_CELL, type SheetRow } from './sheet';
import { normaliseCell } from './values';

export type PersonValues = z.output<typeof participantFields>;

export interface EvaluatedRow {
  rowNumber: number;
  status: ImportRowStatus;
  nik: string;
  fullName: string;
  errors: FieldErrors;
  errorCells: Record<string, string>;
  changes: ImportField[];
  existingId: number | null;
  /** What to write: the whole person for new and update rows, null otherwise. */
  values: PersonValues | null;
}

interface RowReading {
  rowNumber: number;
  /** The mapped cells that hold something, normalised. Empty cells are left out. */
  given: Partial<Record<ImportField, string>>;
  /** Cells that could not be read (formula, unknown word, NIK rounded by Excel). */
  errors: FieldErrors;
  /** For the preview: the NIK and name as far as they could be read. */
  nik: string;
  fullName: string;
  /** Each mapped cell's text as written, to show beside an error. */
  written: Partial<Record<ImportField, string>>;
}

/** Enough of a cell to recognise it in the file; a cell can hold a page of text. */
const WRITTEN_CHARS = 60;

function readRow(row: SheetRow, mapping: ColumnMapping, today: string): RowReading {
  const given: Partial<Record<ImportField, string>> = {};
  const written: Partial<Record<ImportField, string>> = {};
  const errors: FieldErrors = {};
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    const cell = row.cells[column] ?? EMPTY_CELL;
    written[field] = cell.text.trim().slice(0, WRITTEN_CHARS);
    const normalised = normaliseCell(field, cell, today);
    if (!normalised.ok) errors[field] = normalised.error;
    else if (normalised.value !== '') given[field] = normalised.value;
  }
  return {
    rowNumber: row.rowNumber,
    given,
    errors,
    written,
    nik: given.nik ?? written.nik ?? '',
    fullName: given.fullName ?? written.fullName ?? '',
  };
}

/**
 * The enrolment form's checks on the person the row describes: its schema, then the NIK decoded
 * and the birth date not in the future (as participants.create checks; the commit goes through
 * participants.create, which checks them once more). Cells that hold nothing keep the existing
 * person's value, so an empty optional column never blanks one on merge.
 */
function checkPerson(
  reading: RowReading,
  existing: PersonValues | null,
  today: string,
): { values: PersonValues; errors: FieldErrors } | { values: null; errors: FieldErrors } {
  const parsed = participantFields.safeParse({ ...existing, ...reading.given });
  const errors: FieldErrors = parsed.success ? {} : zodIssuesToFields(parsed.error.issues);
  Object.assign(errors, reading.errors);
  if (!parsed.success || Object.keys(errors).length > 0) return { values: null, errors };
  const values = parsed.data;
  Object.assign(errors, identityFieldErrors(identityProblems(values, today)));
  return Object.keys(errors).length > 0 ? { values: null, errors } : { values, errors };
}

const pickFields = (row: PersonValues): PersonValues =>
  Object.fromEntries(IMPORT_FIELDS.map((field) => [field, row[field]])) as PersonValues;

/** The people whose NIK appears in the file, by NIK. */
async function existingPeople(
  db: Kysely<Database>,
  niks: readonly string[],
): Promise<Map<string, { id: number; values: PersonValues }>> {
  const people = new Map<string, { id: number; values: PersonValues }>();
  const CHUNK = 500; // well under SQLite's bound-parameter limit
  for (let start = 0; start < niks.length; start += CHUNK) {
    const rows = await db
      .selectFrom('participants')
      .selectAll()
      .where('nik', 'in', niks.slice(start, start + CHUNK))
      .execute();
    for (const row of rows) people.set(row.nik, { id: row.id, values: pickFields(row) });
  }
  return people;
}

export async function evaluateRows(
  db: Kysely<Database>,
  rows: readonly SheetRow[],
  mapping: ColumnMapping,
  merge: boolean,
  today: string,
): Promise<EvaluatedRow[]> {
  const readings = rows.map((row) => readRow(row, mapping, today));
  const wellFormed = [...new Set(readings.map((r) => r.nik).filter((nik) => NIK_PATTERN.test(nik)))];
  const people = await existingPeople(db, wellFormed);
  const seen = new Set<string>();
  return readings.map((reading): EvaluatedRow => {
    const base = {
      rowNumber: reading.rowNumber,
      nik: reading.nik,
      fullName: reading.fullName,
      changes: [] as ImportField[],
      errorCells: {},
    };
    const firstInFile = !seen.has(reading.nik);
    if (NIK_PATTERN.test(reading.nik)) seen.add(reading.nik);
    const existing = reading.errors['nik'] === undefined ? people.get(reading.nik) : undefined;
    if (existing && !merge && firstInFile) {
      return { ...base, status: 'exists', errors: {}, existingId: existing.id, values: null };
    }
    const checked = checkPerson(reading, merge ? (existing?.values ?? null) : null, today);
    // A later row with the same NIK is the duplicate; a NIK wrong in itself says so instead.
    const errors =
      firstInFile || checked.errors['nik'] !== undefined
        ? checked.errors
        : { ...checked.errors, nik: 'nik_duplicate_in_file' };
    const existingId = existing?.id ?? null;
    if (!checked.values || Object.keys(errors).length > 0) {
      const errorCells = Object.fromEntries(
        Object.keys(errors).map((field) => [field, reading.written[field as ImportField] ?? '']),
      );
      return { ...base, status: 'invalid', errors, errorCells, existingId, values: null };
    }
    if (!existing) return { ...base, status: 'new', errors, existingId, values: checked.values };
    const values = checked.values;
    const changes = IMPORT_FIELDS.filter((field) => values[field] !== existing.values[field]);
    return changes.length > 0
      ? { ...base, status: 'update', errors, changes, existingId, values }
      : { ...base, status: 'unchanged', errors, existingId, values: null };
  });
}
