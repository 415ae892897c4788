/**
 * What a programme needs from the workshops (a quantity per category) and whether a class has it:
 * usable assets are good, not written off, not in repair and not lent to others during the class.
 */
import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { ClassReadiness, ProgramEquipmentItem, programEquipmentInput } from '@shared/contract';
import type { HandlerContext } from '../../context';
import type { Database } from '../../db/schema';
import { blkToday, notFound, requireCategory, requireClass } from './queries';

async function requireProgram(db: Kysely<Database>, id: number) {
  const row = await db.selectFrom('programs').select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('program', 'programId');
}

export async function programEquipment(db: Kysely<Database>, programId: number): Promise<ProgramEquipmentItem[]> {
  await requireProgram(db, programId);
  return db
    .selectFrom('programEquipment as p')
    .innerJoin('equipmentCategories as c', 'c.id', 'p.categoryId')
    .select(['p.categoryId', 'c.name as categoryName', 'p.quantity'])
    .where('p.programId', '=', programId)
    .orderBy('c.name')
    .execute();
}

/** Replaces the programme's list. */
export async function saveProgramEquipment(
  ctx: HandlerContext,
  input: z.output<typeof programEquipmentInput>,
): Promise<ProgramEquipmentItem[]> {
  const before = await programEquipment(ctx.db, input.programId);
  for (const [index, item] of input.items.entries())
    await requireCategory(ctx.db, item.categoryId, `items.${index}.categoryId`);
  await ctx.db.deleteFrom('programEquipment').where('programId', '=', input.programId).execute();
  if (input.items.length > 0)
    await ctx.db
      .insertInto('programEquipment')
      .values(input.items.map((item) => ({ programId: input.programId, ...item })))
      .execute();
  await ctx.audit({ entity: 'programEquipment', entityId: input.programId, before, after: input.items });
  return programEquipment(ctx.db, input.programId);
}

/**
 * Per needed category: damaged (not good), and of the good ones those in repair, those on a loan
 * of someone else whose period overlaps the class (an open loan runs to its due date or today,
 * whichever is later), and the rest usable. SQLite's two-argument max() is GREATEST elsewhere.
 */
export async function classReadiness(db: Kysely<Database>, classId: number, now: Date): Promise<ClassReadiness> {
  const klass = await requireClass(db, classId);
  const today = await blkToday(db, now);
  const needs = await programEquipment(db, klass.programId);
  const inRepair = sql<boolean>`EXISTS (SELECT 1 FROM maintenance m WHERE m.asset_id = a.id AND m.finished_on IS NULL)`;
  const lent = sql<boolean>`EXISTS (SELECT 1 FROM loan_items li JOIN loans l ON l.id = li.loan_id
    WHERE li.asset_id = a.id AND l.checked_out_on <= ${klass.endDate}
      AND coalesce(li.returned_on, max(l.due_on, ${today})) >= ${klass.startDate}
      AND (l.class_id IS NULL OR l.class_id != ${classId}))`;
  const counts =
    needs.length === 0
      ? []
      : await db
          .selectFrom('assets as a')
          .select([
            'a.categoryId',
            sql<number>`sum(a.condition != 'good')`.as('damaged'),
            sql<number>`sum(a.condition = 'good' AND ${inRepair})`.as('inRepair'),
            sql<number>`sum(a.condition = 'good' AND NOT ${inRepair} AND ${lent})`.as('lentElsewhere'),
            sql<number>`sum(a.condition = 'good' AND NOT ${inRepair} AND NOT ${lent})`.as('usable'),
          ])
          .where(
            'a.categoryId',
            'in',
            needs.map((need) => need.categoryId),
          )
          .where('a.status', 'not in', ['lost', 'disposed'])
          .groupBy('a.categoryId')
          .execute();
  const byCategory = new Map(counts.map((row) => [row.categoryId, row]));
  const lines = needs.map((need) => {
    const row = byCategory.get(need.categoryId);
    const usable = Number(row?.usable ?? 0);
    return {
      categoryId: need.categoryId,
      categoryName: need.categoryName,
      needed: need.quantity,
      usable,
      lentElsewhere: Number(row?.lentElsewhere ?? 0),
      inRepair: Number(row?.inRepair ?? 0),
      damaged: Number(row?.damaged ?? 0),
      short: Math.max(0, need.quantity - usable),
    };
  });
  return {
    classId,
    startDate: klass.startDate,
    endDate: klass.endDate,
    ready: lines.every((line) => line.short === 0),
    hasNeeds: lines.length > 0,
    lines,
  };
}
