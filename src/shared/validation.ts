import type { z } from 'zod';
import type { FieldErrors } from './errors';

/**
 * Every field-error message key: the contract's schemas set the first group, the services the
 * second, the renderer's own form checks the last. The renderer translates each under `fieldErrors.`; the dictionaries are
 * typed against this list, so a new key does not compile until it is translated.
 */
export const FIELD_ERROR_KEYS = [
  'required',
  'too_long',
  'date',
  'nik_format',
  'regency_code',
  'phone_format',
  'email_format',
  'username_format',
  'password_short',
  'nip_format',
  'age_range',
  'age_order',
  'program_code',
  'number',
  'jp_range',
  'quota_range',
  'end_before_start',
  'min_to_open_range',
  'instructor_duplicate',
  'unit_code',
  'percent_range',
  'jp_minutes_range',
  'jp_mismatch',
  'unit_code_duplicate',
  'capacity_range',
  'cert_dates',
  'time',
  'end_time_before_start',
  'weekdays_required',
  'weekday_duplicate',
  'jp_per_day_range',
  'break_range',
  'unit_jp_mismatch',
  'session_too_short',
  'unit_duplicate',
  'month',
  'issued_before_test',
  'certificate_required',
  'serial_pattern',
  'invalid',
  'nik_exists',
  'nik_date',
  'nik_province',
  'nik_serial',
  'date_future',
  'username_taken',
  'program_code_taken',
  'program_name_taken',
  'class_name_taken',
  'quota_below_enrolled',
  'room_name_taken',
  'instructor_nik_taken',
  'not_found',
  'password_mismatch',
  'rupiah_range',
  'asset_tag_format',
  'category_code',
  'useful_life_range',
  'tag_pattern',
  'asset_duplicate',
  'category_duplicate',
  'quantity',
  'quantity_decimals',
  'category_name_taken',
  'category_code_taken',
  'asset_tag_taken',
  'consumable_name_taken',
  'follow_up_months',
  'sector',
  'income_band',
  'follow_up_before_graduation',
  'company_name_taken',
  'formula_in_cell',
  'nik_duplicate_in_file',
  'mapping_required',
  'mapping_duplicate',
  'value_unknown',
  'nik_number_precision',
] as const;
export type FieldErrorKey = (typeof FIELD_ERROR_KEYS)[number];

const KNOWN_KEYS: ReadonlySet<string> = new Set(FIELD_ERROR_KEYS);

function keyFor(issue: z.core.$ZodIssue): string {
  if (KNOWN_KEYS.has(issue.message)) return issue.message;
  // "empty or a valid X" unions: report why the X branch failed (e.g. nip_format), not "invalid".
  if (issue.code === 'invalid_union') {
    const known = issue.errors.flat().find((branch) => KNOWN_KEYS.has(branch.message));
    if (known) return known.message;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  if (issue.code === 'too_big') return 'too_long';
  if (issue.code === 'too_small') return 'required';
  return 'invalid';
}

/** Zod issues as `{ "field.path": messageKey }`, first issue per field; the renderer translates the keys. */
export function zodIssuesToFields(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_';
    fields[path] ??= keyFor(issue);
  }
  return fields;
}
