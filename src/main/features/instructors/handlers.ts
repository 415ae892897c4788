import type { instructorsContract } from '@shared/contract/instructors';
import { DomainError } from '@shared/errors';
import { decodeNik } from '@shared/nik';
import { todayIn } from '@shared/time';
import type { HandlerContext, HandlerMap } from '../../context';
import {
  certificateWarnings,
  findInstructorByNik,
  type InstructorFields,
  listInstructors,
  readInstructor,
  replaceTradesAndCertificates,
} from './queries';

/** Refuses a NIK that cannot be one, or that another instructor holds. */
async function checkNik(ctx: HandlerContext, nik: string, selfId: number | null) {
  const decoded = decodeNik(nik, todayIn(ctx.now));
  if (!decoded.ok) {
    throw new DomainError('NIK_INVALID', `NIK is not valid (${decoded.problem})`, {
      fields: { nik: `nik_${decoded.problem}` },
      params: { problem: decoded.problem },
    });
  }
  const holder = await findInstructorByNik(ctx.db, nik);
  if (holder && holder.id !== selfId) {
    throw new DomainError('INSTRUCTOR_NIK_TAKEN', 'An instructor with this NIK exists', {
      fields: { nik: 'instructor_nik_taken' },
      params: { id: holder.id, fullName: holder.fullName },
    });
  }
}

/** The instructors row; a BLK instructor has no employer name (the form may leave one behind). */
function instructorColumns(input: InstructorFields) {
  return {
    nik: input.nik,
    fullName: input.fullName,
    phone: input.phone,
    employerKind: input.employerKind,
    employerName: input.employerKind === 'blk' ? '' : input.employerName,
    active: Number(input.active),
  };
}

export const instructorsHandlers: HandlerMap<keyof typeof instructorsContract> = {
  'instructors.list': async (ctx, input) => listInstructors(ctx.db, input.includeInactive, todayIn(ctx.now)),

  'instructors.get': async (ctx, input) => readInstructor(ctx.db, input.id, todayIn(ctx.now)),

  'instructors.create': async (ctx, input) => {
    await checkNik(ctx, input.nik, null);
    const at = ctx.now.toISOString();
    const { id } = await ctx.db
      .insertInto('instructors')
      .values({ ...instructorColumns(input), createdAt: at, updatedAt: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceTradesAndCertificates(ctx.db, id, input);
    await ctx.audit({ entity: 'instructor', entityId: id, after: input });
    return readInstructor(ctx.db, id, todayIn(ctx.now));
  },

  'instructors.update': async (ctx, { id, ...input }) => {
    const today = todayIn(ctx.now);
    const before = await readInstructor(ctx.db, id, today);
    await checkNik(ctx, input.nik, id);
    await ctx.db
      .updateTable('instructors')
      .set({ ...instructorColumns(input), updatedAt: ctx.now.toISOString() })
      .where('id', '=', id)
      .execute();
    await replaceTradesAndCertificates(ctx.db, id, input);
    await ctx.audit({ entity: 'instructor', entityId: id, before, after: input });
    return readInstructor(ctx.db, id, today);
  },

  'instructors.warnings': async (ctx) => certificateWarnings(ctx.db, todayIn(ctx.now)),
};
