/** Equipment categories (name, tag code, useful life) and the asset tag pattern setting. */
import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { categoryFields, EquipmentCategory, EquipmentSettings } from '@shared/contract';
import { DomainError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import type { Database } from '../../db/schema';
import { blkSettings, notFound } from './queries';

type CategoryInput = z.output<typeof categoryFields>;

function categoriesWithCount(db: Kysely<Database>) {
  return db.selectFrom('equipmentCategories as c').select([
    'c.id',
    'c.name',
    'c.code',
    'c.goodsCode',
    'c.usefulLifeYears',
    'c.active',
    (eb) =>
      eb
        .selectFrom('assets as a')
        .whereRef('a.categoryId', '=', 'c.id')
        .where('a.status', '!=', 'disposed')
        .select(sql<number>`count(*)`.as('n'))
        .as('assetCount'),
  ]);
}

type CategoryRecord = { active: number; assetCount: number | null } & Omit<EquipmentCategory, 'active' | 'assetCount'>;
const toCategory = (row: CategoryRecord): EquipmentCategory => ({
  ...row,
  active: row.active === 1,
  assetCount: Number(row.assetCount ?? 0),
});

/** Active first, then by name. */
export async function listCategories(db: Kysely<Database>): Promise<EquipmentCategory[]> {
  const rows = await categoriesWithCount(db).orderBy('c.active', 'desc').orderBy('c.name').execute();
  return rows.map(toCategory);
}

export async function readCategory(db: Kysely<Database>, id: number): Promise<EquipmentCategory> {
  const row = await categoriesWithCount(db).where('c.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('category', 'id');
  return toCategory(row);
}

/** Name and code are each unique regardless of case (the columns are NOCASE). */
async function assertCategoryFree(db: Kysely<Database>, input: CategoryInput, selfId: number): Promise<void> {
  const byName = await db
    .selectFrom('equipmentCategories')
    .select('id')
    .where('name', '=', input.name)
    .where('id', '!=', selfId)
    .executeTakeFirst();
  if (byName)
    throw new DomainError('CATEGORY_NAME_TAKEN', 'Category name is taken', {
      fields: { name: 'category_name_taken' },
      params: { name: input.name },
    });
  const byCode = await db
    .selectFrom('equipmentCategories')
    .select('id')
    .where('code', '=', input.code)
    .where('id', '!=', selfId)
    .executeTakeFirst();
  if (byCode)
    throw new DomainError('CATEGORY_CODE_TAKEN', 'Category code is taken', {
      fields: { code: 'category_code_taken' },
      params: { code: input.code },
    });
}

const categoryColumns = (input: CategoryInput) => ({
  name: input.name,
  code: input.code,
  goodsCode: input.goodsCode,
  usefulLifeYears: input.usefulLifeYears,
  active: Number(input.active),
});

export async function createCategory(ctx: HandlerContext, input: CategoryInput): Promise<EquipmentCategory> {
  await assertCategoryFree(ctx.db, input, 0);
  const at = ctx.now.toISOString();
  const { id } = await ctx.db
    .insertInto('equipmentCategories')
    .values({ ...categoryColumns(input), createdAt: at, updatedAt: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.audit({ entity: 'equipmentCategory', entityId: id, after: input });
  return readCategory(ctx.db, id);
}

export async function updateCategory(
  ctx: HandlerContext,
  id: number,
  input: CategoryInput,
): Promise<EquipmentCategory> {
  const before = await readCategory(ctx.db, id);
  await assertCategoryFree(ctx.db, input, id);
  await ctx.db
    .updateTable('equipmentCategories')
    .set({ ...categoryColumns(input), updatedAt: ctx.now.toISOString() })
    .where('id', '=', id)
    .execute();
  await ctx.audit({ entity: 'equipmentCategory', entityId: id, before, after: input });
  return readCategory(ctx.db, id);
}

export async function readEquipmentSettings(db: Kysely<Database>): Promise<EquipmentSettings> {
  const row = await blkSettings(db);
  return { tagPattern: row.assetTagPattern };
}

export async function saveEquipmentSettings(ctx: HandlerContext, input: EquipmentSettings): Promise<EquipmentSettings> {
  const before = await readEquipmentSettings(ctx.db);
  await ctx.db
    .updateTable('settings')
    .set({ assetTagPattern: input.tagPattern, updatedAt: ctx.now.toISOString() })
    .where('id', '=', 1)
    .execute();
  await ctx.audit({ entity: 'equipment_settings', entityId: 1, before, after: input });
  return readEquipmentSettings(ctx.db);
}
