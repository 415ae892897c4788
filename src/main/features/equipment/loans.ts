/**
 * Check-out and return of equipment (peminjaman): who has what since when, partial returns with
 * the condition each asset comes back in, and the open / overdue lists.
 */
import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { Page } from '@shared/contract/common';
import type { checkInInput, checkOutInput, Loan, LoanRow, loanFilters } from '@shared/contract';
import { DomainError } from '@shared/errors';
import { requireSession, type HandlerContext } from '../../context';
import type { Database } from '../../db/schema';
import { auditAsset } from './history';
import {
  BORROWER_COLUMNS,
  blkToday,
  borrowerLabel,
  daysBetween,
  loansBase,
  notFound,
  requireAsset,
  requireClass,
} from './queries';

const openItems = sql<number>`(SELECT count(*) FROM loan_items x WHERE x.loan_id = l.id AND x.returned_on IS NULL)`;
const allItems = sql<number>`(SELECT count(*) FROM loan_items x WHERE x.loan_id = l.id)`;

function loanRows(db: Kysely<Database>) {
  return loansBase(db).select([
    'l.id',
    ...BORROWER_COLUMNS,
    'l.responsibleName',
    'l.checkedOutOn',
    'l.dueOn',
    allItems.as('itemCount'),
    openItems.as('openCount'),
  ]);
}

type LoanRecord = Awaited<ReturnType<ReturnType<typeof loanRows>['executeTakeFirstOrThrow']>>;

function toLoanRow(row: LoanRecord, today: string): LoanRow {
  const openCount = Number(row.openCount);
  return {
    id: row.id,
    borrowerKind: row.borrowerKind,
    borrower: borrowerLabel(row),
    responsibleName: row.responsibleName,
    checkedOutOn: row.checkedOutOn,
    dueOn: row.dueOn,
    itemCount: Number(row.itemCount),
    openCount,
    daysOverdue: openCount > 0 && row.dueOn < today ? daysBetween(row.dueOn, today) : 0,
  };
}

/** Newest first: open (anything still out), overdue (out past its due date) or all. */
export async function listLoans(
  db: Kysely<Database>,
  filters: z.output<typeof loanFilters> & { page: number; pageSize: number },
  now: Date,
): Promise<Page<LoanRow>> {
  const today = await blkToday(db, now);
  let query = loanRows(db);
  if (filters.state !== 'all') query = query.where(sql<boolean>`${openItems} > 0`);
  if (filters.state === 'overdue') query = query.where('l.dueOn', '<', today);
  if (filters.assetId !== null) {
    const assetId = filters.assetId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('loanItems as y')
          .whereRef('y.loanId', '=', 'l.id')
          .where('y.assetId', '=', assetId)
          .select(sql.lit(1).as('one')),
      ),
    );
  }
  // The Semua tab grows with the years: one page crosses to the renderer, newest first.
  const counted = await db
    .selectFrom(query.clearSelect().select('l.id').as('matches'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('l.checkedOutOn', 'desc')
    .orderBy('l.id', 'desc')
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize)
    .execute();
  return { rows: rows.map((row) => toLoanRow(row, today)), total: Number(counted.n), capped: false };
}

export async function readLoan(db: Kysely<Database>, id: number, now: Date): Promise<Loan> {
  const row = await loanRows(db)
    .leftJoin('operators as o', 'o.id', 'l.operatorId')
    .select(['l.instructorId', 'l.classId', 'l.mtuSiteId', 'l.purpose', 'o.fullName as operatorName'])
    .where('l.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('loan', 'id');
  const items = await db
    .selectFrom('loanItems as li')
    .innerJoin('assets as a', 'a.id', 'li.assetId')
    .select(['li.assetId', 'a.tag', 'a.name', 'li.conditionOut', 'li.returnedOn', 'li.conditionIn', 'li.damageNote'])
    .where('li.loanId', '=', id)
    .orderBy('a.tag')
    .execute();
  return {
    ...toLoanRow(row, await blkToday(db, now)),
    instructorId: row.instructorId,
    classId: row.classId,
    mtuSiteId: row.mtuSiteId,
    purpose: row.purpose,
    operatorName: row.operatorName ?? '',
    items,
  };
}

/** The instructor, class or MTU site must exist; NOT_FOUND on the field that named it. */
async function checkBorrower(db: Kysely<Database>, input: z.output<typeof checkOutInput>) {
  if (input.borrowerKind === 'instructor' && input.instructorId !== null) {
    const row = await db.selectFrom('instructors').select('id').where('id', '=', input.instructorId).executeTakeFirst();
    if (!row) throw notFound('instructor', 'instructorId');
  }
  if (input.borrowerKind === 'mtu' && input.mtuSiteId !== null) {
    const row = await db.selectFrom('mtuSites').select('id').where('id', '=', input.mtuSiteId).executeTakeFirst();
    if (!row) throw notFound('mtuSite', 'mtuSiteId');
  }
  if (input.classId !== null) await requireClass(db, input.classId);
}

export async function checkOut(ctx: HandlerContext, input: z.output<typeof checkOutInput>): Promise<Loan> {
  const session = requireSession(ctx);
  await checkBorrower(ctx.db, input);
  const assets = [];
  for (const assetId of input.assetIds) {
    const asset = await requireAsset(ctx.db, assetId, 'assetIds');
    if (asset.status !== 'available')
      throw new DomainError('ASSET_NOT_AVAILABLE', 'The asset is not available', { params: { tag: asset.tag } });
    assets.push(asset);
  }
  const { id } = await ctx.db
    .insertInto('loans')
    .values({
      borrowerKind: input.borrowerKind,
      instructorId: input.borrowerKind === 'instructor' ? input.instructorId : null,
      classId: input.classId,
      mtuSiteId: input.borrowerKind === 'mtu' ? input.mtuSiteId : null,
      responsibleName: input.responsibleName,
      purpose: input.purpose,
      checkedOutOn: input.checkedOutOn,
      dueOn: input.dueOn,
      operatorId: session.operatorId,
      createdAt: ctx.now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // The trigger refuses an asset that is not available and the unique index a second open loan:
  // the backstop when another desk lent the same asset since the check above.
  await ctx.db
    .insertInto('loanItems')
    .values(assets.map((asset) => ({ loanId: id, assetId: asset.id, conditionOut: asset.condition })))
    .execute();
  const loan = await readLoan(ctx.db, id, ctx.now);
  for (const asset of assets) {
    await auditAsset(ctx, asset.id, {
      before: { status: asset.status },
      after: { status: 'checked_out', loanId: id, dueOn: input.dueOn },
      note: `${loan.borrower} (${input.responsibleName})`,
    });
  }
  await ctx.audit({ entity: 'loan', entityId: id, after: input });
  return loan;
}

export async function checkIn(ctx: HandlerContext, input: z.output<typeof checkInInput>): Promise<Loan> {
  const session = requireSession(ctx);
  const before = await readLoan(ctx.db, input.loanId, ctx.now);
  if (input.returnedOn < before.checkedOutOn)
    throw new DomainError('VALIDATION', 'Returned before it was checked out', {
      fields: { returnedOn: 'end_before_start' },
    });
  const open = new Map(before.items.filter((item) => item.returnedOn === null).map((item) => [item.assetId, item]));
  for (const returned of input.items) {
    if (open.has(returned.assetId)) continue;
    const asset = await ctx.db.selectFrom('assets').select('tag').where('id', '=', returned.assetId).executeTakeFirst();
    throw new DomainError('ASSET_NOT_CHECKED_OUT', 'The asset is not out on this loan', {
      params: { tag: asset?.tag ?? String(returned.assetId) },
    });
  }
  const seen = new Set<number>();
  for (const returned of input.items) {
    if (seen.has(returned.assetId)) continue;
    seen.add(returned.assetId);
    const item = open.get(returned.assetId);
    const asset = await requireAsset(ctx.db, returned.assetId);
    // The trigger puts the asset back as available in the condition it came back in.
    await ctx.db
      .updateTable('loanItems')
      .set({
        returnedOn: input.returnedOn,
        conditionIn: returned.condition,
        damageNote: returned.damageNote,
        returnedBy: session.operatorId,
      })
      .where('loanId', '=', input.loanId)
      .where('assetId', '=', returned.assetId)
      .execute();
    await auditAsset(ctx, returned.assetId, {
      before: { status: asset.status, condition: asset.condition },
      after: { status: 'available', condition: returned.condition, loanId: input.loanId },
      note: [before.borrower, returned.damageNote].filter(Boolean).join(': ') || (item?.tag ?? ''),
    });
  }
  await ctx.audit({ entity: 'loan', entityId: input.loanId, after: input });
  return readLoan(ctx.db, input.loanId, ctx.now);
}
