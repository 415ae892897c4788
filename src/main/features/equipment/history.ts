/** An asset's history: the audit rows every asset-touching handler writes, and reading them back. */
import type { Kysely } from 'kysely';
import type { AssetEvent } from '@shared/contract';
import type { HandlerContext } from '../../context';
import type { Database } from '../../db/schema';

/**
 * One audit row with entity 'asset': the fields that changed (before/after) and a short note
 * (borrower, damage, problem, reason), kept in the after object under `note`.
 */
export async function auditAsset(
  ctx: HandlerContext,
  assetId: number,
  change: { before?: Record<string, unknown>; after?: Record<string, unknown>; note?: string },
): Promise<void> {
  await ctx.audit({
    entity: 'asset',
    entityId: assetId,
    before: change.before ?? {},
    after: { ...change.after, ...(change.note ? { note: change.note } : {}) },
  });
}

/** Only the fields whose values differ, as before/after objects. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const out = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      out.before[key] = before[key];
      out.after[key] = after[key];
    }
  }
  return out;
}

const asObject = (text: string | null): Record<string, unknown> => {
  if (text === null) return {};
  const value = JSON.parse(text) as unknown;
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
};

export async function assetHistory(db: Kysely<Database>, assetId: number): Promise<AssetEvent[]> {
  const rows = await db
    .selectFrom('auditLog as l')
    .leftJoin('operators as o', 'o.id', 'l.operatorId')
    .select(['l.at', 'l.method', 'l.beforeJson', 'l.afterJson', 'o.fullName as operatorName'])
    .where('l.entity', '=', 'asset')
    .where('l.entityId', '=', assetId)
    .orderBy('l.at', 'desc')
    .orderBy('l.id', 'desc')
    .execute();
  return rows.map((row) => {
    const before = asObject(row.beforeJson);
    const { note, ...after } = asObject(row.afterJson);
    const changes: Record<string, [unknown, unknown]> = {};
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const from = before[key] ?? null;
      const to = after[key] ?? null;
      if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = [from, to];
    }
    return {
      at: row.at,
      operatorName: row.operatorName ?? '',
      action: row.method,
      changes,
      note: typeof note === 'string' ? note : '',
    };
  });
}
