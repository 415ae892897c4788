import type { programsContract } from '@shared/contract/programs';
import type { HandlerMap } from '../../context';
import { assertProgramUnique, insertProgram, listPrograms, programColumns, readProgram, replaceUnits } from './queries';

export const programsHandlers: HandlerMap<keyof typeof programsContract> = {
  'programs.list': async (ctx) => listPrograms(ctx.db),

  'programs.get': async (ctx, input) => readProgram(ctx.db, input.id),

  'programs.create': async (ctx, input) => {
    await assertProgramUnique(ctx.db, input, null);
    const id = await insertProgram(ctx.db, input, ctx.now.toISOString());
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
    await replaceUnits(ctx.db, id, input.units);
    await ctx.audit({ entity: 'program', entityId: id, before, after: input });
    return readProgram(ctx.db, id);
  },

  'programs.copy': async (ctx, input) => {
    const source = await readProgram(ctx.db, input.id);
    await assertProgramUnique(ctx.db, input, null);
    const copy = {
      code: input.code,
      name: input.name,
      trade: source.trade,
      totalJp: source.totalJp,
      description: source.description,
      rules: source.rules,
      minAttendancePct: source.minAttendancePct,
      jpMinutes: source.jpMinutes,
      units: source.units.map(({ code, title, jp }) => ({ code, title, jp })),
    };
    const id = await insertProgram(ctx.db, copy, ctx.now.toISOString());
    await ctx.audit({ entity: 'program', entityId: id, after: { copiedFrom: source.id, ...copy } });
    return readProgram(ctx.db, id);
  },
};
