/** One asset: reading it whole (photo, open loan, open repair), by tag, and creating, editing, writing off. */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Asset, AssetRow, assetFields } from '@shared/contract';
import type { ManualAssetStatus } from '@shared/equipment';
import { DomainError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import type { Database } from '../../db/schema';
import { auditAsset, changedFields } from './history';
import { photoDataUrl } from './photos';
import {
  ASSET_ROW_COLUMNS,
  assetsBase,
  BORROWER_COLUMNS,
  blkSettings,
  blkToday,
  borrowerLabel,
  loansBase,
  readAssetRow,
  requireAsset,
  requireCategory,
  requireRoom,
  toAssetRow,
} from './queries';
import { assertTagFree, nextAssetTag } from './tags';

type AssetInput = z.output<typeof assetFields>;

export async function readAsset(db: Kysely<Database>, id: number, dataDir: string, today: string): Promise<Asset> {
  const row = await assetsBase(db)
    .select([
      ...ASSET_ROW_COLUMNS,
      'a.serialNumber',
      'a.size',
      'a.material',
      'a.grantReference',
      'a.notes',
      'a.statusReason',
      'a.photoFile',
    ])
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!row)
    throw new DomainError('NOT_FOUND', 'No such asset', { params: { entity: 'asset' }, fields: { id: 'not_found' } });
  const loan = await loansBase(db)
    .innerJoin('loanItems as li', 'li.loanId', 'l.id')
    .select(['l.id', 'l.checkedOutOn', 'l.dueOn', ...BORROWER_COLUMNS])
    .where('li.assetId', '=', id)
    .where('li.returnedOn', 'is', null)
    .executeTakeFirst();
  const repair = await db
    .selectFrom('maintenance')
    .select(['id', 'reportedOn', 'problem'])
    .where('assetId', '=', id)
    .where('finishedOn', 'is', null)
    .executeTakeFirst();
  const { photoFile, serialNumber, size, material, grantReference, notes, statusReason, ...listed } = row;
  return {
    ...toAssetRow(listed, today),
    serialNumber,
    size,
    material,
    grantReference,
    notes,
    statusReason,
    usefulLifeYears: row.usefulLifeYears,
    photoDataUrl: await photoDataUrl(dataDir, photoFile),
    openLoan: loan
      ? { loanId: loan.id, borrower: borrowerLabel(loan), checkedOutOn: loan.checkedOutOn, dueOn: loan.dueOn }
      : null,
    openRepair: repair ? { maintenanceId: repair.id, reportedOn: repair.reportedOn, problem: repair.problem } : null,
  };
}

/** The asset as the caller sees it now, as of the BLK's today. */
export async function currentAsset(ctx: HandlerContext, id: number): Promise<Asset> {
  return readAsset(ctx.db, id, ctx.platform.dataDir, await blkToday(ctx.db, ctx.now));
}

/** Exact tag, any case; ASSET_TAG_UNKNOWN with the tag as typed. */
export async function assetIdByTag(db: Kysely<Database>, tag: string): Promise<number> {
  const row = await db.selectFrom('assets').select('id').where('tag', '=', tag).executeTakeFirst();
  if (!row) throw new DomainError('ASSET_TAG_UNKNOWN', 'No asset has this tag', { params: { tag } });
  return row.id;
}

export async function assetByTag(db: Kysely<Database>, tag: string, now: Date): Promise<AssetRow> {
  return readAssetRow(db, await assetIdByTag(db, tag), await blkToday(db, now));
}

const assetColumns = (input: AssetInput) => ({
  name: input.name,
  categoryId: input.categoryId,
  brand: input.brand,
  model: input.model,
  serialNumber: input.serialNumber,
  size: input.size,
  material: input.material,
  roomId: input.roomId,
  condition: input.condition,
  source: input.source,
  grantReference: input.grantReference,
  acquiredOn: input.acquiredOn,
  valueRupiah: input.valueRupiah,
  notes: input.notes,
});

export async function createAsset(ctx: HandlerContext, input: AssetInput & { tag: string }): Promise<Asset> {
  const category = await requireCategory(ctx.db, input.categoryId);
  await requireRoom(ctx.db, input.roomId);
  let tag = input.tag;
  if (tag === '') {
    const settings = await blkSettings(ctx.db);
    tag = await nextAssetTag(ctx.db, settings.assetTagPattern, category.code, input.acquiredOn);
  } else {
    await assertTagFree(ctx.db, tag);
  }
  const at = ctx.now.toISOString();
  const columns = assetColumns(input);
  const { id } = await ctx.db
    .insertInto('assets')
    .values({ ...columns, tag, createdAt: at, updatedAt: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  // The history shows what was filled in, not every empty optional field.
  const filled = Object.fromEntries(Object.entries({ tag, ...columns }).filter(([, value]) => value !== ''));
  await auditAsset(ctx, id, { after: { ...filled, status: 'available' } });
  return currentAsset(ctx, id);
}

export async function updateAsset(ctx: HandlerContext, id: number, input: AssetInput): Promise<Asset> {
  const before = await requireAsset(ctx.db, id, 'id');
  if (input.categoryId !== before.categoryId) await requireCategory(ctx.db, input.categoryId);
  if (input.roomId !== before.roomId) await requireRoom(ctx.db, input.roomId);
  const columns = assetColumns(input);
  await ctx.db
    .updateTable('assets')
    .set({ ...columns, updatedAt: ctx.now.toISOString() })
    .where('id', '=', id)
    .execute();
  await auditAsset(ctx, id, changedFields(before, columns));
  return currentAsset(ctx, id);
}

/** Write-off (lost, disposed) or found again; never from checked out or in repair. */
export async function setAssetStatus(
  ctx: HandlerContext,
  id: number,
  status: ManualAssetStatus,
  reason: string,
): Promise<Asset> {
  const before = await requireAsset(ctx.db, id, 'id');
  if (before.status === 'checked_out' || before.status === 'in_repair')
    throw new DomainError('ASSET_NOT_AVAILABLE', 'The asset is checked out or in repair', {
      params: { tag: before.tag },
    });
  await ctx.db
    .updateTable('assets')
    .set({ status, statusReason: reason, updatedAt: ctx.now.toISOString() })
    .where('id', '=', id)
    .execute();
  await auditAsset(ctx, id, {
    before: { status: before.status, statusReason: before.statusReason },
    after: { status, statusReason: reason },
    note: reason,
  });
  return currentAsset(ctx, id);
}
