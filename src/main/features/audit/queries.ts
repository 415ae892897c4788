import { type Kysely, sql } from 'kysely';
import type { AuditEntryRow, InputOf, Page } from '@shared/contract';
import { DEFAULT_TIMEZONE } from '@shared/domain';
import { dayStartIn, nextIsoDate } from '@shared/time';
import type { Database } from '../../db/schema';

export type AuditFilters = Omit<InputOf<'audit.list'>, 'page' | 'pageSize'>;

/** Past this many matches the total says "more than": counting a whole busy year costs more than it tells. */
export const AUDIT_COUNT_CAP = 10_000;

async function blkTimezone(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('settings').select('timezone').executeTakeFirst();
  return row?.timezone ?? DEFAULT_TIMEZONE;
}

/** The stored JSON, parsed (a CHECK on audit_log keeps it valid JSON). */
function parseJson(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}

function filtered(db: Kysely<Database>, filters: AuditFilters, timezone: string) {
  let query = db.selectFrom('auditLog as a');
  if (filters.operatorId !== undefined) query = query.where('a.operatorId', '=', filters.operatorId);
  // audit_log.at is a UTC instant, the filter is BLK days: compare with the instants those days begin.
  if (filters.from) query = query.where('a.at', '>=', dayStartIn(filters.from, timezone).toISOString());
  if (filters.to) query = query.where('a.at', '<', dayStartIn(nextIsoDate(filters.to), timezone).toISOString());
  if (filters.entity) query = query.where('a.entity', '=', filters.entity);
  if (filters.entityId !== undefined) query = query.where('a.entityId', '=', filters.entityId);
  return query;
}

export async function listAudit(
  db: Kysely<Database>,
  input: AuditFilters & { page: number; pageSize: number },
): Promise<Page<AuditEntryRow>> {
  const timezone = await blkTimezone(db);
  const rows = await filtered(db, input, timezone)
    .leftJoin('operators as o', 'o.id', 'a.operatorId')
    .select([
      'a.id',
      'a.at',
      'a.operatorId',
      'o.fullName as operatorName',
      'a.method',
      'a.entity',
      'a.entityId',
      'a.beforeJson',
      'a.afterJson',
    ])
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  const counted = await db
    .selectFrom(
      filtered(db, input, timezone)
        .select('a.id')
        .limit(AUDIT_COUNT_CAP + 1)
        .as('matches'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const count = Number(counted.n);
  return {
    rows: rows.map(({ beforeJson, afterJson, ...row }) => ({
      ...row,
      before: parseJson(beforeJson),
      after: parseJson(afterJson),
    })),
    total: Math.min(count, AUDIT_COUNT_CAP),
    capped: count > AUDIT_COUNT_CAP,
  };
}

/**
 * The entity names in the log. A skip scan over the (entity, entity_id) index: one seek per
 * name instead of reading every row, which matters once the log holds years of writes.
 */
export async function auditEntities(db: Kysely<Database>): Promise<string[]> {
  const result = await sql<{ name: string }>`
    WITH RECURSIVE names(name) AS (
      SELECT min(entity) FROM audit_log
      UNION ALL
      SELECT (SELECT min(entity) FROM audit_log WHERE entity > names.name) FROM names WHERE names.name IS NOT NULL
    )
    SELECT name FROM names WHERE name IS NOT NULL`.execute(db);
  return result.rows.map((row) => row.name);
}
