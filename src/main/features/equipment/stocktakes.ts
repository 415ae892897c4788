/**
 * Stock-take (stok opname) of one workshop: a snapshot of its assets when the count starts, scans
 * and ticks while counting, and on finish the conditions seen, optionally missing ones written off
 * as lost and strays moved here.
 */
import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { Stocktake, StocktakeItem, stocktakeFinishInput, StocktakeRow } from '@shared/contract';
import type { AssetCondition } from '@shared/equipment';
import { DomainError } from '@shared/errors';
import { requireSession, type HandlerContext } from '../../context';
import type { Database } from '../../db/schema';
import { assetIdByTag } from './assets';
import { auditAsset } from './history';
import { blkToday, notFound, requireAsset, requireRoom } from './queries';

const counts = {
  listed: sql<number>`(SELECT count(*) FROM stocktake_items i WHERE i.stocktake_id = s.id AND i.listed = 1)`,
  found: sql<number>`(SELECT count(*) FROM stocktake_items i WHERE i.stocktake_id = s.id AND i.found = 1)`,
  missing: sql<number>`(SELECT count(*) FROM stocktake_items i WHERE i.stocktake_id = s.id
    AND i.listed = 1 AND i.status_before = 'available' AND i.found = 0)`,
  unexpected: sql<number>`(SELECT count(*) FROM stocktake_items i WHERE i.stocktake_id = s.id
    AND i.found = 1 AND (i.listed = 0 OR i.status_before != 'available'))`,
};

function stocktakeRows(db: Kysely<Database>) {
  return db
    .selectFrom('stocktakes as s')
    .innerJoin('rooms as r', 'r.id', 's.roomId')
    .leftJoin('operators as o', 'o.id', 's.startedBy')
    .select([
      's.id',
      's.roomId',
      'r.name as roomName',
      's.status',
      's.startedOn',
      'o.fullName as startedBy',
      's.finishedAt',
      's.notes',
      counts.listed.as('listed'),
      counts.found.as('found'),
      counts.missing.as('missing'),
      counts.unexpected.as('unexpected'),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof stocktakeRows>['executeTakeFirstOrThrow']>>;
const toRow = (row: Row): StocktakeRow => ({
  ...row,
  startedBy: row.startedBy ?? '',
  listed: Number(row.listed),
  found: Number(row.found),
  missing: Number(row.missing),
  unexpected: Number(row.unexpected),
});

export async function listStocktakes(db: Kysely<Database>): Promise<StocktakeRow[]> {
  const rows = await stocktakeRows(db).orderBy('s.startedOn', 'desc').orderBy('s.id', 'desc').execute();
  return rows.map(toRow);
}

function itemRows(db: Kysely<Database>, stocktakeId: number) {
  return db
    .selectFrom('stocktakeItems as i')
    .innerJoin('assets as a', 'a.id', 'i.assetId')
    .innerJoin('equipmentCategories as c', 'c.id', 'a.categoryId')
    .innerJoin('rooms as r', 'r.id', 'i.roomBefore')
    .select([
      'i.assetId',
      'a.tag',
      'a.name',
      'c.name as categoryName',
      'i.listed',
      'i.statusBefore',
      'r.name as roomBefore',
      'i.roomBefore as roomBeforeId',
      'i.conditionBefore',
      'i.found',
      'i.conditionFound',
    ])
    .where('i.stocktakeId', '=', stocktakeId);
}

type ItemRow = Awaited<ReturnType<ReturnType<typeof itemRows>['executeTakeFirstOrThrow']>>;

/** The verdicts exactly as StocktakeItem defines them. */
function toItem(row: ItemRow): StocktakeItem {
  const expected = row.listed === 1 && row.statusBefore === 'available';
  const found = row.found === 1;
  const verdict = found ? (expected ? 'found' : 'unexpected') : expected ? 'missing' : 'away';
  const { roomBeforeId: _room, ...rest } = row;
  return { ...rest, listed: row.listed === 1, found, verdict };
}

export async function readStocktake(db: Kysely<Database>, id: number): Promise<Stocktake> {
  const row = await stocktakeRows(db).where('s.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('stocktake', 'id');
  const items = await itemRows(db, id).orderBy('a.tag').execute();
  return { ...toRow(row), items: items.map(toItem) };
}

async function requireOpen(db: Kysely<Database>, id: number) {
  const row = await db.selectFrom('stocktakes').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('stocktake', 'id');
  if (row.status !== 'open') throw new DomainError('STOCKTAKE_CLOSED', 'The stock-take is closed');
  return row;
}

async function readItem(db: Kysely<Database>, stocktakeId: number, assetId: number): Promise<StocktakeItem> {
  const row = await itemRows(db, stocktakeId).where('i.assetId', '=', assetId).executeTakeFirstOrThrow();
  return toItem(row);
}

export async function startStocktake(ctx: HandlerContext, roomId: number, notes: string): Promise<Stocktake> {
  const session = requireSession(ctx);
  const room = await requireRoom(ctx.db, roomId);
  const open = await ctx.db
    .selectFrom('stocktakes')
    .select('id')
    .where('roomId', '=', roomId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (open)
    throw new DomainError('STOCKTAKE_OPEN', 'A stock-take is open', { params: { id: open.id, name: room.name } });
  const { id } = await ctx.db
    .insertInto('stocktakes')
    .values({ roomId, startedOn: await blkToday(ctx.db, ctx.now), startedBy: session.operatorId, notes })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.db
    .insertInto('stocktakeItems')
    .columns(['stocktakeId', 'assetId', 'listed', 'statusBefore', 'roomBefore', 'conditionBefore'])
    .expression((eb) =>
      eb
        .selectFrom('assets')
        .select([sql.lit(id).as('stocktakeId'), 'id', sql.lit(1).as('listed'), 'status', 'roomId', 'condition'])
        .where('roomId', '=', roomId)
        .where('status', '!=', 'disposed'),
    )
    .execute();
  await ctx.audit({ entity: 'stocktake', entityId: id, after: { roomId, notes } });
  return readStocktake(ctx.db, id);
}

async function markFound(ctx: HandlerContext, id: number, assetId: number, condition: AssetCondition | null) {
  const asset = await requireAsset(ctx.db, assetId);
  const existing = await ctx.db
    .selectFrom('stocktakeItems')
    .selectAll()
    .where('stocktakeId', '=', id)
    .where('assetId', '=', assetId)
    .executeTakeFirst();
  const at = ctx.now.toISOString();
  if (!existing) {
    await ctx.db
      .insertInto('stocktakeItems')
      .values({
        stocktakeId: id,
        assetId,
        listed: 0,
        statusBefore: asset.status,
        roomBefore: asset.roomId,
        conditionBefore: asset.condition,
        found: 1,
        conditionFound: condition ?? asset.condition,
        foundAt: at,
      })
      .execute();
    return false;
  }
  const alreadyFound = existing.found === 1;
  await ctx.db
    .updateTable('stocktakeItems')
    .set({
      found: 1,
      conditionFound: condition ?? existing.conditionFound ?? asset.condition,
      foundAt: existing.foundAt ?? at,
    })
    .where('stocktakeId', '=', id)
    .where('assetId', '=', assetId)
    .execute();
  return alreadyFound;
}

/** A scanned tag: found, or added as unexpected when it was not on this workshop's list. */
export async function scanStocktake(
  ctx: HandlerContext,
  input: { id: number; tag: string; condition: AssetCondition | null },
): Promise<{ item: StocktakeItem; alreadyFound: boolean }> {
  await requireOpen(ctx.db, input.id);
  const assetId = await assetIdByTag(ctx.db, input.tag);
  const alreadyFound = await markFound(ctx, input.id, assetId, input.condition);
  await ctx.audit({
    entity: 'stocktake',
    entityId: input.id,
    after: { assetId, found: true, condition: input.condition },
  });
  return { item: await readItem(ctx.db, input.id, assetId), alreadyFound };
}

/** Ticks or unticks by hand; unticking an asset that was not on the list takes it off again. */
export async function markStocktake(
  ctx: HandlerContext,
  input: { id: number; assetId: number; found: boolean; condition: AssetCondition | null },
): Promise<StocktakeItem> {
  await requireOpen(ctx.db, input.id);
  const existing = await ctx.db
    .selectFrom('stocktakeItems')
    .select(['listed'])
    .where('stocktakeId', '=', input.id)
    .where('assetId', '=', input.assetId)
    .executeTakeFirst();
  if (input.found) {
    await markFound(ctx, input.id, input.assetId, input.condition);
  } else if (!existing) {
    throw notFound('asset', 'assetId');
  } else {
    const item = await readItem(ctx.db, input.id, input.assetId);
    if (existing.listed === 1) {
      await ctx.db
        .updateTable('stocktakeItems')
        .set({ found: 0, conditionFound: null, foundAt: null })
        .where('stocktakeId', '=', input.id)
        .where('assetId', '=', input.assetId)
        .execute();
    } else {
      await ctx.db
        .deleteFrom('stocktakeItems')
        .where('stocktakeId', '=', input.id)
        .where('assetId', '=', input.assetId)
        .execute();
      await ctx.audit({ entity: 'stocktake', entityId: input.id, after: { assetId: input.assetId, found: false } });
      return { ...item, found: false, conditionFound: null, verdict: 'away' };
    }
  }
  await ctx.audit({
    entity: 'stocktake',
    entityId: input.id,
    after: { assetId: input.assetId, found: input.found, condition: input.condition },
  });
  return readItem(ctx.db, input.id, input.assetId);
}

/**
 * Closes the count: what was found gets the condition seen; with the flags, missing assets become
 * lost (and lost ones found become available) and strays from other workshops move here. Lent
 * and in-repair assets keep their status; the report shows them.
 */
export async function finishStocktake(
  ctx: HandlerContext,
  input: z.output<typeof stocktakeFinishInput>,
): Promise<Stocktake> {
  const session = requireSession(ctx);
  const stocktake = await requireOpen(ctx.db, input.id);
  const items = await itemRows(ctx.db, input.id).execute();
  const reason = `Stok opname #${input.id}`;
  for (const item of items) {
    const asset = await requireAsset(ctx.db, item.assetId);
    const change: Record<string, unknown> = {};
    const expected = item.listed === 1 && item.statusBefore === 'available';
    if (item.found === 1) {
      if (item.conditionFound !== null && item.conditionFound !== asset.condition)
        change.condition = item.conditionFound;
      if (input.markMissingLost && item.statusBefore === 'lost' && asset.status === 'lost') {
        change.status = 'available';
        change.statusReason = reason;
      }
      if (input.moveUnexpected && asset.roomId !== stocktake.roomId) change.roomId = stocktake.roomId;
    } else if (input.markMissingLost && expected && asset.status === 'available') {
      change.status = 'lost';
      change.statusReason = reason;
    }
    if (Object.keys(change).length === 0) continue;
    await ctx.db
      .updateTable('assets')
      .set({ ...change, updatedAt: ctx.now.toISOString() })
      .where('id', '=', item.assetId)
      .execute();
    const before = Object.fromEntries(Object.keys(change).map((key) => [key, asset[key as keyof typeof asset]]));
    await auditAsset(ctx, item.assetId, { before, after: change, note: reason });
  }
  await ctx.db
    .updateTable('stocktakes')
    .set({ status: 'finished', finishedAt: ctx.now.toISOString(), finishedBy: session.operatorId })
    .where('id', '=', input.id)
    .execute();
  await ctx.audit({ entity: 'stocktake', entityId: input.id, after: input });
  return readStocktake(ctx.db, input.id);
}

export async function cancelStocktake(ctx: HandlerContext, id: number): Promise<Stocktake> {
  const session = requireSession(ctx);
  await requireOpen(ctx.db, id);
  await ctx.db
    .updateTable('stocktakes')
    .set({ status: 'cancelled', finishedAt: ctx.now.toISOString(), finishedBy: session.operatorId })
    .where('id', '=', id)
    .execute();
  await ctx.audit({ entity: 'stocktake', entityId: id, after: { status: 'cancelled' } });
  return readStocktake(ctx.db, id);
}
