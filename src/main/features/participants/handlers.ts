import type { participantsContract } from '@shared/contract/participants';
import { DomainError } from '@shared/errors';
import { decodeNik } from '@shared/nik';
import { todayIn } from '@shared/time';
import type { HandlerContext, HandlerMap } from '../../context';
import { regionTables } from '../regions/data';
import { identityProblems } from './identity';
import { findByNik, participantEnrolments, readParticipant } from './queries';
import { searchParticipants } from './search';

/** Refuses a NIK that cannot be one (bad date, serial 0000) or that another person holds. */
async function checkIdentity(ctx: HandlerContext, input: { nik: string; birthDate: string }, selfId: number | null) {
  const problems = identityProblems(input, todayIn(ctx.now));
  if (problems.nik !== null) {
    throw new DomainError('NIK_INVALID', `NIK is not valid (${problems.nik})`, {
      fields: { nik: `nik_${problems.nik}` },
      params: { problem: problems.nik },
    });
  }
  if (problems.birthDateInFuture) {
    throw new DomainError('VALIDATION', 'Birth date is in the future', { fields: { birthDate: 'date_future' } });
  }
  const holder = await findByNik(ctx.db, input.nik);
  if (holder && holder.id !== selfId) {
    throw new DomainError('NIK_EXISTS', 'A person with this NIK exists', {
      fields: { nik: 'nik_exists' },
      params: { id: holder.id, fullName: holder.fullName },
    });
  }
}

export const participantsHandlers: HandlerMap<keyof typeof participantsContract> = {
  'participants.lookupNik': async (ctx, input) => {
    const decoded = decodeNik(input.nik, todayIn(ctx.now));
    const existing = (await findByNik(ctx.db, input.nik)) ?? null;
    if (!decoded.ok) return { decoded: null, problem: decoded.problem, existing };
    const regions = await regionTables();
    return {
      decoded: {
        ...decoded.value,
        provinceName: regions.provinces.get(decoded.value.provinceCode) ?? null,
        regencyName: regions.regencies.get(decoded.value.regencyCode)?.name ?? null,
        districtName: regions.districts.get(decoded.value.districtCode)?.name ?? null,
      },
      problem: null,
      existing,
    };
  },

  'participants.search': async (ctx, input) => searchParticipants(ctx.db, input),

  'participants.get': async (ctx, input) => ({
    ...(await readParticipant(ctx.db, input.id)),
    enrolments: await participantEnrolments(ctx.db, input.id),
  }),

  'participants.create': async (ctx, input) => {
    await checkIdentity(ctx, input, null);
    const at = ctx.now.toISOString();
    const { id } = await ctx.db
      .insertInto('participants')
      .values({ ...input, createdAt: at, updatedAt: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'participant', entityId: id, after: input });
    return readParticipant(ctx.db, id);
  },

  'participants.update': async (ctx, { id, ...fields }) => {
    const before = await readParticipant(ctx.db, id);
    await checkIdentity(ctx, fields, id);
    await ctx.db
      .updateTable('participants')
      .set({ ...fields, updatedAt: ctx.now.toISOString() })
      .where('id', '=', id)
      .execute();
    await ctx.audit({ entity: 'participant', entityId: id, before, after: fields });
    return readParticipant(ctx.db, id);
  },
};
