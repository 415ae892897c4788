/**
 * Consumable practice materials (bahan habis pakai): the items, their stock card of movements with
 * running balances, and what each class used. Quantities are stored in thousandths (MILLI).
 */
import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { ClassUsage, Consumable, consumableFields, Movement, movementInput } from '@shared/contract/consumables';
import type { Page } from '@shared/contract/common';
import { MILLI } from '@shared/equipment';
import { DomainError } from '@shared/errors';
import { requireSession, type HandlerContext } from '../../context';
import type { Database } from '../../db/schema';
import { likeLiteral, notFound, requireClass, requireRoom } from './queries';

type ConsumableInput = z.output<typeof consumableFields>;

const toMilli = (units: number) => Math.round(units * MILLI);
const toUnits = (milli: number) => milli / MILLI;
const quantityFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 3 });
/** 2500 thousandths -> "2,5"; 1250000 -> "1.250" (Indonesian digit grouping). */
export const formatQuantity = (milli: number) => quantityFormat.format(toUnits(milli));

function consumableRows(db: Kysely<Database>) {
  return db
    .selectFrom('consumables as c')
    .leftJoin('rooms as r', 'r.id', 'c.roomId')
    .select([
      'c.id',
      'c.name',
      'c.unit',
      'c.roomId',
      'r.name as roomName',
      'c.stockMilli',
      'c.lowStockMilli',
      'c.active',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof consumableRows>['executeTakeFirstOrThrow']>>;
function toConsumable(row: Row): Consumable {
  return {
    id: row.id,
    name: row.name,
    unit: row.unit,
    roomId: row.roomId,
    roomName: row.roomName,
    stock: toUnits(row.stockMilli),
    lowStock: toUnits(row.lowStockMilli),
    low: row.lowStockMilli > 0 && row.stockMilli <= row.lowStockMilli,
    active: row.active === 1,
  };
}

/** Active first, then by name; words match anywhere in the name. */
export async function listConsumables(db: Kysely<Database>, input: { search: string; lowOnly: boolean }) {
  let query = consumableRows(db);
  for (const word of input.search.split(/\s+/).filter(Boolean))
    query = query.where(sql<boolean>`c.name LIKE ${`%${likeLiteral(word)}%`} ESCAPE '\\'`);
  if (input.lowOnly) query = query.where('c.lowStockMilli', '>', 0).whereRef('c.stockMilli', '<=', 'c.lowStockMilli');
  const rows = await query.orderBy('c.active', 'desc').orderBy('c.name').execute();
  return rows.map(toConsumable);
}

export async function readConsumable(db: Kysely<Database>, id: number, field = 'id'): Promise<Consumable> {
  const row = await consumableRows(db).where('c.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('consumable', field);
  return toConsumable(row);
}

async function checkConsumable(db: Kysely<Database>, input: ConsumableInput, selfId: number) {
  const clash = await db
    .selectFrom('consumables')
    .select('id')
    .where('name', '=', input.name)
    .where('id', '!=', selfId)
    .executeTakeFirst();
  if (clash)
    throw new DomainError('CONSUMABLE_NAME_TAKEN', 'A consumable has this name', {
      fields: { name: 'consumable_name_taken' },
      params: { name: input.name },
    });
  if (input.roomId !== null) await requireRoom(db, input.roomId);
}

const columns = (input: ConsumableInput) => ({
  name: input.name,
  unit: input.unit,
  roomId: input.roomId,
  lowStockMilli: toMilli(input.lowStock),
  active: Number(input.active),
});

export async function createConsumable(ctx: HandlerContext, input: ConsumableInput): Promise<Consumable> {
  await checkConsumable(ctx.db, input, 0);
  const at = ctx.now.toISOString();
  const { id } = await ctx.db
    .insertInto('consumables')
    .values({ ...columns(input), createdAt: at, updatedAt: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.audit({ entity: 'consumable', entityId: id, after: input });
  return readConsumable(ctx.db, id);
}

export async function updateConsumable(ctx: HandlerContext, id: number, input: ConsumableInput): Promise<Consumable> {
  const before = await readConsumable(ctx.db, id);
  await checkConsumable(ctx.db, input, id);
  await ctx.db
    .updateTable('consumables')
    .set({ ...columns(input), updatedAt: ctx.now.toISOString() })
    .where('id', '=', id)
    .execute();
  await ctx.audit({ entity: 'consumable', entityId: id, before, after: input });
  return readConsumable(ctx.db, id);
}

/** Received adds, used takes away, adjusted corrects with its sign; never below zero. */
export async function moveStock(ctx: HandlerContext, input: z.output<typeof movementInput>): Promise<Consumable> {
  const session = requireSession(ctx);
  const item = await readConsumable(ctx.db, input.consumableId, 'consumableId');
  if (input.classId !== null) await requireClass(ctx.db, input.classId);
  const amount = toMilli(Math.abs(input.quantity));
  const quantityMilli = input.kind === 'used' ? -amount : input.kind === 'received' ? amount : toMilli(input.quantity);
  const stockMilli = toMilli(item.stock);
  if (stockMilli + quantityMilli < 0)
    throw new DomainError('STOCK_NOT_ENOUGH', 'Not enough in stock', {
      params: { name: item.name, stock: formatQuantity(stockMilli), unit: item.unit },
    });
  // The trigger refuses a movement below zero too and keeps stock_milli the sum of the movements.
  const { id } = await ctx.db
    .insertInto('consumableMovements')
    .values({
      consumableId: input.consumableId,
      kind: input.kind,
      quantityMilli,
      movedOn: input.movedOn,
      reason: input.reason,
      classId: input.classId,
      operatorId: session.operatorId,
      createdAt: ctx.now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.audit({ entity: 'consumable', entityId: input.consumableId, after: { movementId: id, ...input } });
  return readConsumable(ctx.db, input.consumableId);
}

/**
 * The stock card in date order with the balance after each line (a window sum: SQLite 3.25+ and
 * PostgreSQL alike); `newestFirst` pages it for the screen.
 */
function stockCardQuery(db: Kysely<Database>, consumableId: number) {
  return db
    .selectFrom('consumableMovements as m')
    .leftJoin('classes as k', 'k.id', 'm.classId')
    .leftJoin('operators as o', 'o.id', 'm.operatorId')
    .select([
      'm.id',
      'm.movedOn',
      'm.kind',
      'm.quantityMilli',
      sql<number>`sum(m.quantity_milli) OVER (ORDER BY m.moved_on, m.id ROWS UNBOUNDED PRECEDING)`.as('balanceMilli'),
      'm.reason',
      'm.classId',
      'k.name as className',
      'o.fullName as operatorName',
    ])
    .where('m.consumableId', '=', consumableId);
}

type CardRow = Awaited<ReturnType<ReturnType<typeof stockCardQuery>['executeTakeFirstOrThrow']>>;
const toMovement = (row: CardRow): Movement => ({
  id: row.id,
  movedOn: row.movedOn,
  kind: row.kind,
  quantity: toUnits(row.quantityMilli),
  balance: toUnits(Number(row.balanceMilli)),
  reason: row.reason,
  classId: row.classId,
  className: row.className,
  operatorName: row.operatorName ?? '',
});

export async function stockCardLines(db: Kysely<Database>, consumableId: number): Promise<Movement[]> {
  const rows = await stockCardQuery(db, consumableId).orderBy('m.movedOn').orderBy('m.id').execute();
  return rows.map(toMovement);
}

export async function listMovements(
  db: Kysely<Database>,
  input: { consumableId: number; page: number; pageSize: number },
): Promise<Page<Movement>> {
  await readConsumable(db, input.consumableId, 'consumableId');
  const rows = await db
    .selectFrom(stockCardQuery(db, input.consumableId).as('card'))
    .selectAll()
    .orderBy('card.movedOn', 'desc')
    .orderBy('card.id', 'desc')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  const counted = await db
    .selectFrom('consumableMovements')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('consumableId', '=', input.consumableId)
    .executeTakeFirstOrThrow();
  return { rows: rows.map(toMovement), total: Number(counted.n), capped: false };
}

/** Per item: used for the class, less anything adjusted back for it, in units. */
export async function usageByClass(db: Kysely<Database>, classId: number): Promise<ClassUsage[]> {
  await requireClass(db, classId);
  const rows = await db
    .selectFrom('consumableMovements as m')
    .innerJoin('consumables as c', 'c.id', 'm.consumableId')
    .select(['c.id as consumableId', 'c.name', 'c.unit', sql<number>`-sum(m.quantity_milli)`.as('milli')])
    .where('m.classId', '=', classId)
    .where('m.kind', 'in', ['used', 'adjusted'])
    .groupBy(['c.id', 'c.name', 'c.unit'])
    .orderBy('c.name')
    .execute();
  return rows.map((row) => ({
    consumableId: row.consumableId,
    name: row.name,
    unit: row.unit,
    quantity: toUnits(Number(row.milli)),
  }));
}
