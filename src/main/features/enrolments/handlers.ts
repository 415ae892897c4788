import type { Enrolment } from '@shared/contract';
import type { enrolmentsContract } from '@shared/contract/enrolments';
import { ENROLMENT_TRANSITIONS, SEAT_HOLDING_STATUSES } from '@shared/domain';
import { DomainError } from '@shared/errors';
import { todayIn } from '@shared/time';
import { type HandlerContext, type HandlerMap, requireSession } from '../../context';
import { nextInSequence } from '../../db/sequences';
import { eligibilityReport } from './eligibility';
import { printReceipt } from './receipt';
import { nextReservePosition, offerFreedSeats, reserveRankOfE } from './seats';

async function readEnrolment(ctx: HandlerContext, id: number): Promise<Enrolment> {
  const row = await ctx.db
    .selectFrom('enrolments as e')
    .select(['e.id', 'e.registrationNo', 'e.participantId', 'e.classId', 'e.status', 'e.offeredAt', 'e.createdAt'])
    .select(reserveRankOfE)
    .where('e.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'No such enrolment', { params: { entity: 'enrolment' } });
  return row;
}

export const enrolmentsHandlers: HandlerMap<keyof typeof enrolmentsContract> = {
  'enrolments.check': async (ctx, input) => eligibilityReport(ctx.db, input.participantId, input.classId),

  'enrolments.enroll': async (ctx, input) => {
    const session = requireSession(ctx);
    const report = await eligibilityReport(ctx.db, input.participantId, input.classId);
    if (report.alreadyEnrolled) {
      const existing = await ctx.db
        .selectFrom('enrolments')
        .select(['registrationNo', 'status'])
        .where('participantId', '=', input.participantId)
        .where('classId', '=', input.classId)
        .executeTakeFirstOrThrow();
      throw new DomainError('ALREADY_ENROLLED', 'Already enrolled in this class', { params: { ...existing } });
    }
    if (!report.classOpen) throw new DomainError('CLASS_NOT_OPEN', 'This class is not open for registration');

    const overrideFor = new Map(input.overrides.map((override) => [override.rule, override.reason]));
    const failed = report.outcomes.filter((outcome) => !outcome.passed);
    const unexcused = failed.filter((outcome) => !overrideFor.has(outcome.rule));
    if (unexcused.length > 0) {
      throw new DomainError('NOT_ELIGIBLE', 'Eligibility rules not met', {
        params: { rules: unexcused.map((outcome) => outcome.rule).join(',') },
      });
    }
    const used = failed.map((outcome) => ({ rule: outcome.rule, reason: overrideFor.get(outcome.rule) ?? '' }));
    if (used.length > 0 && session.role !== 'admin') {
      throw new DomainError('OVERRIDE_NOT_ALLOWED', 'Only an admin may override a failed rule');
    }

    const at = ctx.now.toISOString();
    const year = Number(todayIn(ctx.now).slice(0, 4));
    const sequence = await nextInSequence(ctx.db, 'registration', year);
    const registrationNo = `PND-${year}-${String(sequence).padStart(5, '0')}`;
    const reservePosition = report.wouldBeReserve ? await nextReservePosition(ctx.db, input.classId) : null;
    const { id } = await ctx.db
      .insertInto('enrolments')
      .values({
        registrationNo,
        participantId: input.participantId,
        classId: input.classId,
        status: reservePosition === null ? 'registered' : 'reserve',
        reservePosition,
        offeredAt: null,
        createdAt: at,
        updatedAt: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const override of used) {
      await ctx.db
        .insertInto('eligibilityOverrides')
        .values({
          enrolmentId: id,
          rule: override.rule,
          reason: override.reason,
          operatorId: session.operatorId,
          createdAt: at,
        })
        .execute();
    }
    const enrolment = await readEnrolment(ctx, id);
    await ctx.audit({ entity: 'enrolment', entityId: id, after: { ...enrolment, overrides: used } });
    return enrolment;
  },

  'enrolments.setStatus': async (ctx, input) => {
    const before = await readEnrolment(ctx, input.enrolmentId);
    if (!ENROLMENT_TRANSITIONS[before.status].includes(input.status)) {
      throw new DomainError('STATUS_TRANSITION_INVALID', 'That status change is not allowed', {
        params: { from: before.status, to: input.status },
      });
    }
    const at = ctx.now.toISOString();
    const reservePosition = input.status === 'reserve' ? await nextReservePosition(ctx.db, before.classId) : null;
    await ctx.db
      .updateTable('enrolments')
      .set({ status: input.status, reservePosition, updatedAt: at })
      .where('id', '=', before.id)
      .execute();
    const after = await readEnrolment(ctx, before.id);
    await ctx.audit({ entity: 'enrolment', entityId: before.id, before, after: { ...after, note: input.note } });
    const freedSeat = SEAT_HOLDING_STATUSES.includes(before.status) && !SEAT_HOLDING_STATUSES.includes(input.status);
    const promoted = freedSeat ? await offerFreedSeats(ctx, before.classId) : [];
    return { enrolment: after, promoted: promoted[0] ?? null };
  },

  'enrolments.printReceipt': async (ctx, input) => printReceipt(ctx, input.enrolmentId, input.locale),
};
