import type { placesContract } from '@shared/contract/places';
import type { HandlerMap } from '../../context';
import { assertRoomNameFree, listMtuSites, listRooms, readMtuSite, readRoom } from './queries';

export const placesHandlers: HandlerMap<keyof typeof placesContract> = {
  'rooms.list': async (ctx) => listRooms(ctx.db),

  'rooms.create': async (ctx, input) => {
    await assertRoomNameFree(ctx.db, input.name, null);
    const at = ctx.now.toISOString();
    const { id } = await ctx.db
      .insertInto('rooms')
      .values({ ...input, active: Number(input.active), createdAt: at, updatedAt: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'room', entityId: id, after: input });
    return readRoom(ctx.db, id);
  },

  'rooms.update': async (ctx, { id, ...input }) => {
    const before = await readRoom(ctx.db, id);
    await assertRoomNameFree(ctx.db, input.name, id);
    await ctx.db
      .updateTable('rooms')
      .set({ ...input, active: Number(input.active), updatedAt: ctx.now.toISOString() })
      .where('id', '=', id)
      .execute();
    await ctx.audit({ entity: 'room', entityId: id, before, after: input });
    return readRoom(ctx.db, id);
  },

  'mtuSites.list': async (ctx) => listMtuSites(ctx.db),

  'mtuSites.create': async (ctx, input) => {
    const at = ctx.now.toISOString();
    const { id } = await ctx.db
      .insertInto('mtuSites')
      .values({ ...input, active: Number(input.active), createdAt: at, updatedAt: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'mtuSite', entityId: id, after: input });
    return readMtuSite(ctx.db, id);
  },

  'mtuSites.update': async (ctx, { id, ...input }) => {
    const before = await readMtuSite(ctx.db, id);
    await ctx.db
      .updateTable('mtuSites')
      .set({ ...input, active: Number(input.active), updatedAt: ctx.now.toISOString() })
      .where('id', '=', id)
      .execute();
    await ctx.audit({ entity: 'mtuSite', entityId: id, before, after: input });
    return readMtuSite(ctx.db, id);
  },
};
