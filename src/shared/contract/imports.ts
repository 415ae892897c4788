import { z } from 'zod';
import type { FieldErrors } from '../errors';
import { method, STAFF } from './define';
import { participantFields } from './participants';

/**
 * Bulk import of people from CSV (comma or semicolon, as Indonesian Excel saves) or xlsx. Main
 * opens and parses the file (cells are read as text, never evaluated) and keeps it for the
 * session; the renderer maps columns, previews every row checked with the enrolment form's
 * rules, and commits the valid rows in one transaction. A row whose NIK exists changes nothing
 * unless the user chose to merge, so importing the same file twice creates no duplicates.
 */
export const IMPORT_FIELDS = participantFields.keyof().options;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The fields the enrolment form cannot do without (their schema refuses a missing value): each needs a column. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = IMPORT_FIELDS.filter(
  (field) => !participantFields.shape[field].safeParse(undefined).success,
);

/** Files larger than this are refused before parsing (FILE_TOO_LARGE). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

export interface ImportFile {
  importId: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  /** The header row as written in the file. */
  headers: string[];
  rowCount: number;
  /** The first rows as text, for the mapping step. */
  sample: string[][];
  /** Column index per field, guessed from the headings ("NIK", "Nama Lengkap", "No. HP"...). */
  suggestedMapping: Partial<Record<ImportField, number>>;
}

/** Column index per field; fields left out are not imported (or keep their value on merge). */
export const importMapping = z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(500));

const importId = z.string().min(1).max(64);

export const importOptions = z.object({
  importId,
  mapping: importMapping,
  /** Update people whose NIK exists with the file's values (only the mapped fields). */
  merge: z.boolean().default(false),
});
export type ImportOptions = z.input<typeof importOptions>;

export type ImportRowStatus = 'new' | 'update' | 'unchanged' | 'exists' | 'invalid';

export interface ImportPreviewRow {
  /** The row number as a spreadsheet shows it (the header is row 1). */
  rowNumber: number;
  status: ImportRowStatus;
  nik: string;
  fullName: string;
  /** For invalid rows: field -> message key (`fieldErrors.`), as the enrolment form shows them. */
  errors: FieldErrors;
  /** For invalid rows: the text of each field in error as the file holds it, so the clerk finds the cell. */
  errorCells: Record<string, string>;
  /** For update rows: the fields that would change. */
  changes: string[];
  /** The person this row matches by NIK, if any. */
  existingId: number | null;
}

export interface ImportPreview {
  counts: Record<ImportRowStatus, number>;
  /** Invalid rows first, then the rest in file order; at most 500 (counts are complete). */
  rows: ImportPreviewRow[];
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Existing people left as they were because merge was off. */
  skippedExisting: number;
  invalid: number;
}

export const importsContract = {
  /** Picks a file in a dialog and reads it; null when cancelled. FILE_NOT_SPREADSHEET, FILE_TOO_LARGE, IMPORT_EMPTY, IMPORT_TOO_MANY_ROWS. */
  'imports.open': method<ImportFile | null>()({ input: z.object({}), access: STAFF, writes: false }),
  /** VALIDATION (`mapping.<field>`: every REQUIRED_IMPORT_FIELDS mapped, no column twice); IMPORT_GONE. */
  'imports.preview': method<ImportPreview>()({ input: importOptions, access: STAFF, writes: false }),
  /** Writes the valid rows in one transaction and forgets the file. */
  'imports.commit': method<ImportResult>()({ input: importOptions, access: STAFF, writes: true }),
  'imports.discard': method<null>()({ input: z.object({ importId }), access: STAFF, writes: false }),
};
