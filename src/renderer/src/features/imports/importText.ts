import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportField, type ImportPreviewRow } from '@shared/contract/imports';
import { useLocale } from '../../i18n';
import { fieldErrorText } from '../../lib/errors';

/** "A".."Z", "AA"...: the column letters a clerk sees in Excel. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

export interface RowErrorLine {
  field: string;
  /** "NIK: NIK harus 16 digit angka" */
  text: string;
  /** What the file holds in that cell, "" when it is empty. */
  written: string;
}

/** A row's field errors as sentences, in the form's field order, each with the cell's text. */
export function useRowErrorLines(): (row: Pick<ImportPreviewRow, 'errors' | 'errorCells'>) => RowErrorLine[] {
  const { t } = useTranslation();
  const order = (field: string) => {
    const index = IMPORT_FIELDS.indexOf(field as ImportField);
    return index < 0 ? IMPORT_FIELDS.length : index;
  };
  return ({ errors, errorCells }) =>
    Object.entries(errors)
      .sort(([a], [b]) => order(a) - order(b))
      .map(([field, key]) => ({
        field,
        text: t('imports.preview.fieldError', {
          field: t(`imports.field.${field as ImportField}`, { defaultValue: field }),
          message: fieldErrorText(t, key),
        }),
        written: errorCells[field] ?? '',
      }));
}

/** Counts as the clerk reads them: "20.000" in Bahasa Indonesia, "20,000" in English. */
export function useCount(): (value: number) => string {
  const locale = useLocale();
  return (value) => value.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB');
}
