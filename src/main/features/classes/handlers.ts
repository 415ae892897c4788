import type { classesContract } from '@shared/contract/classes';
import { DomainError } from '@shared/errors';
import type { HandlerMap } from '../../context';
import { offerFreedSeats } from '../enrolments/seats';
import { readProgram } from '../programs/queries';
import { assertClassNameFree, listClasses, readClass, readRoster } from './queries';

export const classesHandlers: HandlerMap<keyof typeof classesContract> = {
  'classes.list': async (ctx, input) => listClasses(ctx.db, input),

  'classes.get': async (ctx, input) => ({
    ...(await readClass(ctx.db, input.id)),
    roster: await readRoster(ctx.db, input.id),
  }),

  'classes.create': async (ctx, input) => {
    await readProgram(ctx.db, input.programId);
    await assertClassNameFree(ctx.db, input.name, null);
    const at = ctx.now.toISOString();
    const { id } = await ctx.db
      .insertInto('classes')
      .values({ ...input, createdAt: at, updatedAt: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'class', entityId: id, after: input });
    return readClass(ctx.db, id);
  },

  'classes.update': async (ctx, { id, ...input }) => {
    const before = await readClass(ctx.db, id);
    await readProgram(ctx.db, input.programId);
    await assertClassNameFree(ctx.db, input.name, id);
    if (input.quota < before.seatsTaken) {
      throw new DomainError('QUOTA_BELOW_ENROLLED', 'Quota is below the seats already taken', {
        fields: { quota: 'quota_below_enrolled' },
        params: { seatsTaken: before.seatsTaken },
      });
    }
    await ctx.db
      .updateTable('classes')
      .set({ ...input, updatedAt: ctx.now.toISOString() })
      .where('id', '=', id)
      .execute();
    await ctx.audit({ entity: 'class', entityId: id, before, after: input });
    // A larger quota frees seats: the reserve list is offered them in order.
    await offerFreedSeats(ctx, id);
    return readClass(ctx.db, id);
  },
};
