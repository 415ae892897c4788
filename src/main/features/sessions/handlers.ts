import type { sessionsContract } from '@shared/contract/sessions';
import { DomainError } from '@shared/errors';
import type { HandlerMap } from '../../context';
import { buildPlan, generateSessions } from './planning';
import { printTimetable } from './print';
import { assertScheduleOpen, hasAttendance, listSessions, readClassForSchedule, readSession } from './queries';
import { createSession, moveSession, replaceSession } from './write';

export const sessionsHandlers: HandlerMap<keyof typeof sessionsContract> = {
  'holidays.list': async (ctx, input) => {
    let query = ctx.db.selectFrom('holidays').select(['date', 'name']);
    if (input.year !== undefined) {
      query = query.where('date', '>=', `${input.year}-01-01`).where('date', '<=', `${input.year}-12-31`);
    }
    return query.orderBy('date').execute();
  },

  /** Existing sessions on the day stay: a newly declared holiday is the clerk's cue to move them. */
  'holidays.save': async (ctx, input) => {
    const before = await ctx.db
      .selectFrom('holidays')
      .select(['date', 'name'])
      .where('date', '=', input.date)
      .executeTakeFirst();
    await ctx.db
      .insertInto('holidays')
      .values(input)
      .onConflict((conflict) => conflict.column('date').doUpdateSet({ name: input.name }))
      .execute();
    await ctx.audit({ entity: 'holiday', entityId: null, before, after: input });
    return input;
  },

  'holidays.delete': async (ctx, input) => {
    const before = await ctx.db
      .selectFrom('holidays')
      .select(['date', 'name'])
      .where('date', '=', input.date)
      .executeTakeFirst();
    if (!before) throw new DomainError('NOT_FOUND', 'No holiday on that date', { params: { entity: 'holiday' } });
    await ctx.db.deleteFrom('holidays').where('date', '=', input.date).execute();
    await ctx.audit({ entity: 'holiday', entityId: null, before });
    return null;
  },

  'sessions.list': async (ctx, input) => listSessions(ctx.db, input),

  'sessions.plan': async (ctx, input) => (await buildPlan(ctx, input)).plan,

  'sessions.generate': async (ctx, input) => generateSessions(ctx, input),

  'sessions.create': async (ctx, input) => {
    const id = await createSession(ctx, input);
    const after = await readSession(ctx.db, id);
    await ctx.audit({ entity: 'session', entityId: id, after });
    return after;
  },

  'sessions.update': async (ctx, { id, ...input }) => {
    const before = await readSession(ctx.db, id);
    await replaceSession(ctx, id, input);
    const after = await readSession(ctx.db, id);
    await ctx.audit({ entity: 'session', entityId: id, before, after });
    return after;
  },

  'sessions.move': async (ctx, { id, ...times }) => {
    const before = await readSession(ctx.db, id);
    await moveSession(ctx, id, times);
    const after = await readSession(ctx.db, id);
    await ctx.audit({ entity: 'session', entityId: id, before, after });
    return after;
  },

  'sessions.delete': async (ctx, input) => {
    const before = await readSession(ctx.db, input.id);
    assertScheduleOpen(await readClassForSchedule(ctx.db, before.classId));
    if (await hasAttendance(ctx.db, input.id)) {
      throw new DomainError('SESSION_HAS_ATTENDANCE', 'Attendance was taken for this session');
    }
    await ctx.db.deleteFrom('sessions').where('id', '=', input.id).execute();
    await ctx.audit({ entity: 'session', entityId: input.id, before });
    return null;
  },

  'sessions.printTimetable': async (ctx, input) => printTimetable(ctx, input.classId, input.weekOf, input.locale),
};
