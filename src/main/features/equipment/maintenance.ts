/** Maintenance log (pemeliharaan): repairs that take an asset out of use until finished, and logged services. */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { finishRepairInput, maintenanceInput, MaintenanceRecord } from '@shared/contract';
import { DomainError } from '@shared/errors';
import { requireSession, type HandlerContext } from '../../context';
import type { Database } from '../../db/schema';
import { auditAsset } from './history';
import { notFound, requireAsset } from './queries';

function maintenanceRows(db: Kysely<Database>) {
  return db
    .selectFrom('maintenance as m')
    .innerJoin('assets as a', 'a.id', 'm.assetId')
    .leftJoin('operators as o', 'o.id', 'm.operatorId')
    .select([
      'm.id',
      'm.assetId',
      'a.tag',
      'a.name as assetName',
      'm.reportedOn',
      'm.problem',
      'm.action',
      'm.vendor',
      'm.costRupiah',
      'm.finishedOn',
      'm.conditionAfter',
      'o.fullName as operatorName',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof maintenanceRows>['executeTakeFirstOrThrow']>>;
const toRecord = (row: Row): MaintenanceRecord => ({ ...row, operatorName: row.operatorName ?? '' });

/** Newest first; one asset's, or only the repairs still open. */
export async function listMaintenance(
  db: Kysely<Database>,
  filters: { assetId: number | null; openOnly: boolean },
): Promise<MaintenanceRecord[]> {
  let query = maintenanceRows(db);
  if (filters.assetId !== null) query = query.where('m.assetId', '=', filters.assetId);
  if (filters.openOnly) query = query.where('m.finishedOn', 'is', null);
  const rows = await query.orderBy('m.reportedOn', 'desc').orderBy('m.id', 'desc').execute();
  return rows.map(toRecord);
}

async function readMaintenance(db: Kysely<Database>, id: number): Promise<MaintenanceRecord> {
  const row = await maintenanceRows(db).where('m.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('maintenance', 'id');
  return toRecord(row);
}

/**
 * An open repair (no finish date) takes an available asset out of use; a finished service is
 * logged as done and sets the asset's condition.
 */
export async function recordMaintenance(
  ctx: HandlerContext,
  input: z.output<typeof maintenanceInput>,
): Promise<MaintenanceRecord> {
  const session = requireSession(ctx);
  const asset = await requireAsset(ctx.db, input.assetId);
  const open = input.finishedOn === null;
  if (open && asset.status !== 'available')
    throw new DomainError('ASSET_NOT_AVAILABLE', 'The asset is not available', { params: { tag: asset.tag } });
  const { id } = await ctx.db
    .insertInto('maintenance')
    .values({
      assetId: input.assetId,
      reportedOn: input.reportedOn,
      problem: input.problem,
      action: input.action,
      vendor: input.vendor,
      costRupiah: input.costRupiah,
      finishedOn: input.finishedOn,
      conditionAfter: open ? null : input.conditionAfter,
      operatorId: session.operatorId,
      createdAt: ctx.now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await auditAsset(
    ctx,
    input.assetId,
    open
      ? { before: { status: asset.status }, after: { status: 'in_repair', maintenanceId: id }, note: input.problem }
      : {
          before: { condition: asset.condition },
          after: { condition: input.conditionAfter, maintenanceId: id },
          note: [input.problem, input.action].filter(Boolean).join(': '),
        },
  );
  await ctx.audit({ entity: 'maintenance', entityId: id, after: input });
  return readMaintenance(ctx.db, id);
}

export async function finishRepair(
  ctx: HandlerContext,
  input: z.output<typeof finishRepairInput>,
): Promise<MaintenanceRecord> {
  const before = await readMaintenance(ctx.db, input.id);
  if (before.finishedOn !== null)
    throw new DomainError('ASSET_NOT_IN_REPAIR', 'The repair is already finished', { params: { tag: before.tag } });
  if (input.finishedOn < before.reportedOn)
    throw new DomainError('VALIDATION', 'Finished before it was reported', {
      fields: { finishedOn: 'end_before_start' },
    });
  const asset = await requireAsset(ctx.db, before.assetId);
  // The trigger makes the asset available again in its condition after the repair.
  await ctx.db
    .updateTable('maintenance')
    .set({
      finishedOn: input.finishedOn,
      action: input.action,
      vendor: input.vendor,
      costRupiah: input.costRupiah,
      conditionAfter: input.conditionAfter,
    })
    .where('id', '=', input.id)
    .execute();
  await auditAsset(ctx, before.assetId, {
    before: { status: asset.status, condition: asset.condition },
    after: { status: 'available', condition: input.conditionAfter, maintenanceId: input.id },
    note: `${before.problem}: ${input.action}`,
  });
  await ctx.audit({ entity: 'maintenance', entityId: input.id, before, after: input });
  return readMaintenance(ctx.db, input.id);
}
