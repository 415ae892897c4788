/** The clerk's column mapping, checked before any row is: every field the form requires has a column. */
import { IMPORT_FIELDS, type ImportField, REQUIRED_IMPORT_FIELDS } from '@shared/contract/imports';
import { DomainError, type FieldErrors } from '@shared/errors';

export type ColumnMapping = Partial<Record<ImportField, number>>;

/** VALIDATION with `mapping.<field>` errors: a required field unmapped, a column used twice or missing. */
export function checkMapping(mapping: ColumnMapping, columnCount: number): void {
  const fields: FieldErrors = {};
  for (const field of REQUIRED_IMPORT_FIELDS) {
    if (mapping[field] === undefined) fields[`mapping.${field}`] = 'mapping_required';
  }
  const fieldOfColumn = new Map<number, ImportField>();
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    if (column >= columnCount) fields[`mapping.${field}`] = 'invalid';
    else if (fieldOfColumn.has(column)) fields[`mapping.${field}`] = 'mapping_duplicate';
    else fieldOfColumn.set(column, field);
  }
  if (Object.keys(fields).length > 0)
    throw new DomainError('VALIDATION', 'The column mapping is not complete', { fields });
}
