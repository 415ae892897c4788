import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { nextInSequence } from '../../db/sequences';

/** One per-year sequence for every certificate, whatever the programme: the serial is the BLK's. */
export const CERTIFICATE_SEQUENCE = 'certificate';

/**
 * A serial from the pattern (validated by SERIAL_PATTERN in the contract): `{seq:N}` is the
 * sequence zero-padded to N digits (never cut: 10000 stays 10000 under {seq:4}), `{year}` the
 * issue year, `{programme}` the programme code. `0007/BLK-PSR/OPK/2026`.
 */
export function formatSerial(pattern: string, values: { seq: number; year: number; programme: string }): string {
  return pattern.replace(/\{(seq:([1-6])|year|programme)\}/g, (_whole, token: string, digits: string | undefined) => {
    if (digits !== undefined) return String(values.seq).padStart(Number(digits), '0');
    return token === 'year' ? String(values.year) : values.programme;
  });
}

/**
 * Takes the next number of the issue year inside the caller's transaction: a call that fails
 * later rolls it back, so there are no gaps, and SQLite serialises writers, so no two clerks
 * get the same number.
 */
export async function takeSerial(
  db: Kysely<Database>,
  pattern: string,
  year: number,
  programme: string,
): Promise<{ serial: string; seq: number }> {
  const seq = await nextInSequence(db, CERTIFICATE_SEQUENCE, year);
  return { serial: formatSerial(pattern, { seq, year, programme }), seq };
}

/** What the next serial would be, without taking it (the settings screen's example). */
export async function peekSerial(
  db: Kysely<Database>,
  pattern: string,
  year: number,
  programme: string,
): Promise<string> {
  const row = await db
    .selectFrom('sequences')
    .select('lastValue')
    .where('name', '=', CERTIFICATE_SEQUENCE)
    .where('year', '=', year)
    .executeTakeFirst();
  return formatSerial(pattern, { seq: (row?.lastValue ?? 0) + 1, year, programme });
}
