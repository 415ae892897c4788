import type { programsContract } from '@shared/contract/programs';
import type { HandlerMap } from '../../context';
import { assertProgramUnique, listPrograms, programColumns, readProgram } from './queries';

export const programsHandlers: HandlerMap<keyof typeof programsContract> = {
  'programs.list': async (ctx) => listPrograms(ctx.db),

  'programs.get': async (ctx, input) => readProgram(ctx.db, input.id),

  'programs.create': async (ctx, input) => {
    await assertProgramUnique(ctx.db, input, null);
    const at = ctx.now.toISOString();
    const { id } = await ctx.db
      .insertInto('programs')
      .values({ ...programColumns(input), createdAt: at, updatedAt: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'program', entityId: id, after: input });
    return readProgram(ctx.db, id);
  },

  'programs.update': async (ctx, { id, ...input }) => {
    const before = await readProgram(ctx.db, id);
    await assertProgramUnique(ctx.db, input, id);
    await ctx.db
      .updateTable('programs')
      .set({ ...programColumns(input), updatedAt: ctx.now.toISOString() })
      .where('id', '=', id)
      .execute();
    await ctx.audit({ entity: 'program', entityId: id, before, after: input });
    return readProgram(ctx.db, id);
  },
};
