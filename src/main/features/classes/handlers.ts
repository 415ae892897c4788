import type { classesContract, classFields } from '@shared/contract/classes';
import { DEFAULT_MIN_TO_OPEN, SPONSORED_FUNDING_SOURCES } from '@shared/domain';
import { DomainError } from '@shared/errors';
import { todayIn } from '@shared/time';
import type { z } from 'zod';
import type { HandlerContext, HandlerMap } from '../../context';
import { offerFreedSeats } from '../enrolments/seats';
import { readProgram } from '../programs/queries';
import { changeClassStatus } from './lifecycle';
import { assertClassNameFree, classWarnings, listClasses, readClass, readRoster } from './queries';

type ClassFields = z.output<typeof classFields>;

/** The class row's own columns: the sponsor only for sponsored funding, the place as two keys. */
function classColumns(input: ClassFields) {
  return {
    programId: input.programId,
    name: input.name,
    quota: input.quota,
    startDate: input.startDate,
    endDate: input.endDate,
    fundingSource: input.fundingSource,
    sponsorName: SPONSORED_FUNDING_SOURCES.includes(input.fundingSource) ? input.sponsorName : '',
    roomId: input.place?.kind === 'room' ? input.place.roomId : null,
    mtuSiteId: input.place?.kind === 'mtu' ? input.place.mtuSiteId : null,
    minToOpen: input.minToOpen ?? Math.min(DEFAULT_MIN_TO_OPEN, input.quota),
  };
}

const notFound = (entity: string, field: string) =>
  new DomainError('NOT_FOUND', `No such ${entity}`, { fields: { [field]: 'not_found' }, params: { entity } });

/** The programme, place and instructors the class names must exist. */
async function checkReferences(ctx: HandlerContext, input: ClassFields) {
  await readProgram(ctx.db, input.programId);
  const { place } = input;
  if (place?.kind === 'room') {
    const room = await ctx.db.selectFrom('rooms').select('id').where('id', '=', place.roomId).executeTakeFirst();
    if (!room) throw notFound('room', 'place.roomId');
  } else if (place?.kind === 'mtu') {
    const site = await ctx.db.selectFrom('mtuSites').select('id').where('id', '=', place.mtuSiteId).executeTakeFirst();
    if (!site) throw notFound('mtuSite', 'place.mtuSiteId');
  }
  if (input.instructors.length === 0) return;
  const known = new Set(
    (
      await ctx.db
        .selectFrom('instructors')
        .select('id')
        .where(
          'id',
          'in',
          input.instructors.map((instructor) => instructor.instructorId),
        )
        .execute()
    ).map((row) => row.id),
  );
  const missing = input.instructors.findIndex((instructor) => !known.has(instructor.instructorId));
  if (missing >= 0) throw notFound('instructor', `instructors.${missing}.instructorId`);
}

/** New dates must still hold every session of the class (move or delete those first). */
async function assertSessionsWithin(ctx: HandlerContext, classId: number, startDate: string, endDate: string) {
  const outside = await ctx.db
    .selectFrom('sessions')
    .select('date')
    .where('classId', '=', classId)
    .where((eb) => eb.or([eb('date', '<', startDate), eb('date', '>', endDate)]))
    .orderBy('date')
    .executeTakeFirst();
  if (outside) {
    throw new DomainError('SESSION_OUTSIDE_CLASS', 'Sessions of the class fall outside the new dates', {
      fields: { [outside.date < startDate ? 'startDate' : 'endDate']: 'invalid' },
      params: {
        start: startDate,
        end: endDate,
        sessionDate: outside.date,
      },
    });
  }
}

async function replaceInstructors(ctx: HandlerContext, classId: number, input: ClassFields) {
  await ctx.db.deleteFrom('classInstructors').where('classId', '=', classId).execute();
  if (input.instructors.length === 0) return;
  await ctx.db
    .insertInto('classInstructors')
    .values(input.instructors.map((instructor) => ({ classId, ...instructor })))
    .execute();
}

export const classesHandlers: HandlerMap<keyof typeof classesContract> = {
  'classes.list': async (ctx, input) => listClasses(ctx.db, input, todayIn(ctx.now)),

  'classes.get': async (ctx, input) => ({
    ...(await readClass(ctx.db, input.id, todayIn(ctx.now))),
    roster: await readRoster(ctx.db, input.id),
  }),

  /** A class may be entered at any point of its lifecycle (e.g. one already running when the app arrives). */
  'classes.create': async (ctx, input) => {
    await checkReferences(ctx, input);
    await assertClassNameFree(ctx.db, input.name, null);
    const at = ctx.now.toISOString();
    const { id } = await ctx.db
      .insertInto('classes')
      .values({ ...classColumns(input), status: input.status, createdAt: at, updatedAt: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceInstructors(ctx, id, input);
    await ctx.audit({ entity: 'class', entityId: id, after: input });
    return readClass(ctx.db, id, todayIn(ctx.now));
  },

  'classes.update': async (ctx, { id, ...input }) => {
    const today = todayIn(ctx.now);
    const before = await readClass(ctx.db, id, today);
    await checkReferences(ctx, input);
    await assertClassNameFree(ctx.db, input.name, id);
    if (input.quota < before.seatsTaken) {
      throw new DomainError('QUOTA_BELOW_ENROLLED', 'Quota is below the seats already taken', {
        fields: { quota: 'quota_below_enrolled' },
        params: { seatsTaken: before.seatsTaken },
      });
    }
    await assertSessionsWithin(ctx, id, input.startDate, input.endDate);
    await ctx.db
      .updateTable('classes')
      .set({ ...classColumns(input), updatedAt: ctx.now.toISOString() })
      .where('id', '=', id)
      .execute();
    await replaceInstructors(ctx, id, input);
    await ctx.audit({ entity: 'class', entityId: id, before, after: input });
    // The status follows the lifecycle, as with classes.setStatus.
    if (input.status !== before.status) await changeClassStatus(ctx, id, before.status, input.status);
    // A larger quota frees seats: the reserve list is offered them in order.
    await offerFreedSeats(ctx, id);
    return readClass(ctx.db, id, today);
  },

  'classes.setStatus': async (ctx, input) => {
    const today = todayIn(ctx.now);
    const before = await readClass(ctx.db, input.id, today);
    await changeClassStatus(ctx, input.id, before.status, input.status);
    return readClass(ctx.db, input.id, today);
  },

  'classes.warnings': async (ctx) => classWarnings(ctx.db, todayIn(ctx.now)),
};
