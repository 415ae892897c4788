import type { Kysely, Selectable } from 'kysely';
import type { MtuSite, Room } from '@shared/contract';
import { DomainError } from '@shared/errors';
import type { Database, MtuSitesTable, RoomsTable } from '../../db/schema';

function toRoom(row: Selectable<RoomsTable>): Room {
  return { id: row.id, name: row.name, trade: row.trade, capacity: row.capacity, active: row.active === 1 };
}

function toMtuSite(row: Selectable<MtuSitesTable>): MtuSite {
  return {
    id: row.id,
    name: row.name,
    village: row.village,
    district: row.district,
    address: row.address,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    active: row.active === 1,
  };
}

/** Active rooms first, then by name (the column's NOCASE collation orders it). */
export async function listRooms(db: Kysely<Database>): Promise<Room[]> {
  const rows = await db.selectFrom('rooms').selectAll().orderBy('active', 'desc').orderBy('name').execute();
  return rows.map(toRoom);
}

export async function readRoom(db: Kysely<Database>, id: number): Promise<Room> {
  const row = await db.selectFrom('rooms').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'No such room', { params: { entity: 'room' } });
  return toRoom(row);
}

/** Room names are unique regardless of case ("Workshop Las" and "workshop las" are one room). */
export async function assertRoomNameFree(db: Kysely<Database>, name: string, selfId: number | null) {
  // name is declared COLLATE NOCASE, so this comparison ignores case.
  const clash = await db
    .selectFrom('rooms')
    .select('id')
    .where('name', '=', name)
    .where('id', '!=', selfId ?? 0)
    .executeTakeFirst();
  if (clash) {
    throw new DomainError('ROOM_NAME_TAKEN', 'Room name is taken', {
      fields: { name: 'room_name_taken' },
      params: { id: clash.id },
    });
  }
}

export async function listMtuSites(db: Kysely<Database>): Promise<MtuSite[]> {
  const rows = await db
    .selectFrom('mtuSites')
    .selectAll()
    .orderBy('active', 'desc')
    .orderBy((eb) => eb.fn('lower', ['name']))
    .orderBy('id')
    .execute();
  return rows.map(toMtuSite);
}

export async function readMtuSite(db: Kysely<Database>, id: number): Promise<MtuSite> {
  const row = await db.selectFrom('mtuSites').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'No such MTU site', { params: { entity: 'mtuSite' } });
  return toMtuSite(row);
}
