import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * The next number of a per-year sequence (registration numbers, later certificate serials).
 * One upsert inside the caller's transaction: a rolled-back call consumes nothing, so there are no
 * gaps, and writers are serialised by SQLite so no two callers get the same number.
 */
export async function nextInSequence(db: Kysely<Database>, name: string, year: number): Promise<number> {
  const row = await db
    .insertInto('sequences')
    .values({ name, year, lastValue: 1 })
    .onConflict((conflict) =>
      conflict
        .columns(['name', 'year'])
        .doUpdateSet((eb) => ({ lastValue: eb(eb.ref('sequences.lastValue'), '+', 1) })),
    )
    .returning('lastValue')
    .executeTakeFirstOrThrow();
  return row.lastValue;
}
