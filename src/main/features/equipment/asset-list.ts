/**
 * The asset register list: search (search-index.ts), filters, order and paging in SQL. The page's ids are found on the assets table alone and only those 25 rows are joined
 * with their category and room, so a filter that matches thousands sorts ids, not whole rows.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { AssetRow, assetFilters } from '@shared/contract';
import type { Page } from '@shared/contract/common';
import type { Database } from '../../db/schema';
import { ASSET_ROW_COLUMNS, assetsBase, toAssetRow } from './queries';
import { assetSearchCondition } from './search-index';

export type AssetFilters = z.output<typeof assetFilters>;

/** The assets matching the filters (one table, alias `a`); select what you need from it. */
export function filteredAssets(db: Kysely<Database>, filters: AssetFilters) {
  let query = db.selectFrom('assets as a');
  if (filters.search.trim() !== '') query = query.where(assetSearchCondition(filters.search));
  if (filters.roomId !== null) query = query.where('a.roomId', '=', filters.roomId);
  if (filters.categoryId !== null) query = query.where('a.categoryId', '=', filters.categoryId);
  if (filters.condition !== null) query = query.where('a.condition', '=', filters.condition);
  if (filters.status !== null) query = query.where('a.status', '=', filters.status);
  if (filters.source !== null) query = query.where('a.source', '=', filters.source);
  return query;
}

export async function listAssets(
  db: Kysely<Database>,
  input: AssetFilters & { page: number; pageSize: number },
  today: string,
): Promise<Page<AssetRow>> {
  const matches = filteredAssets(db, input);
  // Two quick queries rather than one with count(*) OVER (): that would sort every match even
  // when the tag index could hand over the first page at once (an unfiltered register).
  const counted = await matches.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const total = Number(counted.n);
  const offset = (input.page - 1) * input.pageSize;
  if (total <= offset) return { rows: [], total, capped: false };
  const pageIds = (await matches.select('a.id').orderBy('a.tag').limit(input.pageSize).offset(offset).execute()).map(
    (row) => row.id,
  );
  const records = await assetsBase(db).select(ASSET_ROW_COLUMNS).where('a.id', 'in', pageIds).execute();
  const byId = new Map(records.map((record) => [record.id, record]));
  const rows = pageIds.flatMap((id) => {
    const record = byId.get(id);
    return record ? [toAssetRow(record, today)] : [];
  });
  return { rows, total, capped: false };
}
