import { z } from 'zod';
import { NIK_PATTERN } from '../nik';

/** Field-error message keys (translated by the renderer under `fieldErrors.`). */
export const id = z.number().int().positive();
export const isoDate = z.iso.date({ message: 'date' });
export const requiredText = (max: number) =>
  z.string().trim().min(1, { message: 'required' }).max(max, { message: 'too_long' });
export const optionalText = (max: number) => z.string().trim().max(max, { message: 'too_long' }).default('');
export const nik = z.string().trim().regex(NIK_PATTERN, { message: 'nik_format' });
export const regencyCode = z.string().regex(/^\d{4}$/, { message: 'regency_code' });
export const phone = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s.-]/g, ''))
  .pipe(z.string().regex(/^(\+62|62|0)8\d{7,11}$/, { message: 'phone_format' }))
  .transform((value) => value.replace(/^\+?62/, '0'));
export const optionalPhone = z.union([z.literal(''), phone]).default('');
export const email = z
  .union([z.literal(''), z.string().trim().email({ message: 'email_format' }).max(200)])
  .default('');

/** An amount in whole rupiah, from 0 to `max`. */
export const rupiah = (max: number) =>
  z
    .number({ message: 'number' })
    .int({ message: 'number' })
    .min(0, { message: 'rupiah_range' })
    .max(max, { message: 'rupiah_range' });

export const pageInput = z.object({
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(25),
});

export interface Page<Row> {
  rows: Row[];
  /** Number of matches, counted up to a cap so that a broad search stays fast. */
  total: number;
  /** True when there are more matches than `total` says. */
  capped: boolean;
}
