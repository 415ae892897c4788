/** Reads the equipment room shares: asset rows with book value, existence checks, today's BLK date. */
import type { Kysely } from 'kysely';
import type { AssetRow } from '@shared/contract';
import { bookValue } from '@shared/equipment';
import { DomainError } from '@shared/errors';
import type { Database } from '../../db/schema';
import { blkToday } from '../attendance/guards';

export { blkToday };

/** `%`, `_` and the escape itself stand for themselves in a LIKE pattern. */
export const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** A file-name-safe version of a name (letters, digits, hyphens). */
export const safeFileName = (text: string) => text.replace(/[^A-Za-z0-9-]+/g, '_').replace(/^_+|_+$/g, '');

export function notFound(entity: string, field?: string): DomainError {
  return new DomainError('NOT_FOUND', `No such ${entity}`, {
    params: { entity },
    ...(field ? { fields: { [field]: 'not_found' } } : {}),
  });
}

/** Assets joined with their category and room: the columns every asset list shows. */
export function assetsBase(db: Kysely<Database>) {
  return db
    .selectFrom('assets as a')
    .innerJoin('equipmentCategories as c', 'c.id', 'a.categoryId')
    .innerJoin('rooms as r', 'r.id', 'a.roomId');
}

export const ASSET_ROW_COLUMNS = [
  'a.id',
  'a.tag',
  'a.name',
  'a.categoryId',
  'c.name as categoryName',
  'a.brand',
  'a.model',
  'a.roomId',
  'r.name as roomName',
  'a.condition',
  'a.status',
  'a.source',
  'a.acquiredOn',
  'a.valueRupiah',
  'c.usefulLifeYears',
] as const;

type RawAssetRow = Omit<AssetRow, 'bookValueRupiah'> & { usefulLifeYears: number };

export function toAssetRow(row: RawAssetRow, today: string): AssetRow {
  const { usefulLifeYears, ...rest } = row;
  return { ...rest, bookValueRupiah: bookValue(row.valueRupiah, row.acquiredOn, usefulLifeYears, today) };
}

export async function readAssetRow(db: Kysely<Database>, id: number, today: string): Promise<AssetRow> {
  const row = await assetsBase(db).select(ASSET_ROW_COLUMNS).where('a.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('asset', 'id');
  return toAssetRow(row, today);
}

/** The stored asset, or NOT_FOUND (with the field that named it). */
export async function requireAsset(db: Kysely<Database>, id: number, field = 'assetId') {
  const row = await db.selectFrom('assets').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('asset', field);
  return row;
}

export async function requireRoom(db: Kysely<Database>, id: number, field = 'roomId') {
  const row = await db.selectFrom('rooms').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('room', field);
  return row;
}

export async function requireClass(db: Kysely<Database>, id: number, field = 'classId') {
  const row = await db
    .selectFrom('classes')
    .select(['id', 'name', 'programId', 'startDate', 'endDate'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('class', field);
  return row;
}

export async function requireCategory(db: Kysely<Database>, id: number, field = 'categoryId') {
  const row = await db.selectFrom('equipmentCategories').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('category', field);
  return row;
}

/** The BLK profile row (name, address, head) for documents. */
export async function blkSettings(db: Kysely<Database>) {
  const row = await db.selectFrom('settings').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) throw new DomainError('SETUP_REQUIRED', 'The BLK profile is not set up yet');
  return row;
}

/** The label a loan shows for who has it: instructor, class, or MTU site (with the class when given). */
export function borrowerLabel(row: {
  borrowerKind: string;
  instructorName: string | null;
  className: string | null;
  siteName: string | null;
}): string {
  if (row.borrowerKind === 'instructor') return row.instructorName ?? '';
  if (row.borrowerKind === 'class') return row.className ?? '';
  return row.className ? `${row.siteName ?? ''} · ${row.className}` : (row.siteName ?? '');
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Loans joined with whoever borrowed: feed the columns to borrowerLabel. */
export function loansBase(db: Kysely<Database>) {
  return db
    .selectFrom('loans as l')
    .leftJoin('instructors as i', 'i.id', 'l.instructorId')
    .leftJoin('classes as k', 'k.id', 'l.classId')
    .leftJoin('mtuSites as s', 's.id', 'l.mtuSiteId');
}

export const BORROWER_COLUMNS = [
  'l.borrowerKind',
  'i.fullName as instructorName',
  'k.name as className',
  's.name as siteName',
] as const;
