import type { EligibilityReport, Enrolment, InputOf, Session } from '@shared/contract';
import type { enrolmentsContract } from '@shared/contract/enrolments';
import {
  CLASS_STATUSES_TAKING_TRANSFERS,
  type ClassStatus,
  ENROLMENT_TRANSITIONS,
  type EnrolmentStatus,
  SEAT_HOLDING_STATUSES,
  TRANSFERABLE_STATUSES,
} from '@shared/domain';
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

type Overrides = NonNullable<InputOf<'enrolments.enroll'>['overrides']>;

/**
 * The overrides that excuse the failed rules of the report: every failed rule needs one
 * (NOT_ELIGIBLE), and only an admin may give them (OVERRIDE_NOT_ALLOWED).
 */
function overridesUsed(report: EligibilityReport, overrides: Overrides, session: Session) {
  const overrideFor = new Map(overrides.map((override) => [override.rule, override.reason]));
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
  return used;
}

/** Records the overrides on the enrolment; a rule overridden before gets the new reason. */
async function saveOverrides(
  ctx: HandlerContext,
  enrolmentId: number,
  used: ReturnType<typeof overridesUsed>,
  session: Session,
) {
  const createdAt = ctx.now.toISOString();
  for (const override of used) {
    await ctx.db
      .insertInto('eligibilityOverrides')
      .values({ enrolmentId, rule: override.rule, reason: override.reason, operatorId: session.operatorId, createdAt })
      .onConflict((conflict) =>
        conflict
          .columns(['enrolmentId', 'rule'])
          .doUpdateSet({ reason: override.reason, operatorId: session.operatorId, createdAt }),
      )
      .execute();
  }
}

async function alreadyEnrolled(ctx: HandlerContext, participantId: number, classId: number): Promise<DomainError> {
  const existing = await ctx.db
    .selectFrom('enrolments')
    .select(['registrationNo', 'status'])
    .where('participantId', '=', participantId)
    .where('classId', '=', classId)
    .executeTakeFirstOrThrow();
  return new DomainError('ALREADY_ENROLLED', 'Already enrolled in this class', { params: { ...existing } });
}

/**
 * A seat holder's status in the class it moves to: training follows the class (re-registered in
 * a running class is in training; in training in a class not yet running is re-registered).
 */
function statusInTarget(status: EnrolmentStatus, target: ClassStatus): EnrolmentStatus {
  if (status === 'reregistered' && target === 'running') return 'in_training';
  if (status === 'in_training' && target !== 'running') return 'reregistered';
  return status;
}

export const enrolmentsHandlers: HandlerMap<keyof typeof enrolmentsContract> = {
  'enrolments.check': async (ctx, input) => eligibilityReport(ctx.db, input.participantId, input.classId),

  'enrolments.enroll': async (ctx, input) => {
    const session = requireSession(ctx);
    const report = await eligibilityReport(ctx.db, input.participantId, input.classId);
    if (report.alreadyEnrolled) throw await alreadyEnrolled(ctx, input.participantId, input.classId);
    if (!report.classOpen) throw new DomainError('CLASS_NOT_OPEN', 'This class is not open for registration');
    const used = overridesUsed(report, input.overrides, session);

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
        // Sessions before the day someone joins do not count towards their attendance.
        joinedOn: todayIn(ctx.now),
        createdAt: at,
        updatedAt: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await saveOverrides(ctx, id, used, session);
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

  'enrolments.transfer': async (ctx, input) => {
    const session = requireSession(ctx);
    const before = await readEnrolment(ctx, input.enrolmentId);
    if (!TRANSFERABLE_STATUSES.includes(before.status)) {
      throw new DomainError('ENROLMENT_NOT_TRANSFERABLE', 'This enrolment cannot move to another class', {
        params: { status: before.status },
      });
    }
    const classOf = (id: number) =>
      ctx.db
        .selectFrom('classes')
        .select(['id', 'programId', 'name', 'status'])
        .where('id', '=', id)
        .executeTakeFirst();
    const source = await classOf(before.classId);
    const target = await classOf(input.toClassId);
    if (!source) throw new Error(`Enrolment ${before.id} points at a missing class`);
    if (!target) {
      throw new DomainError('NOT_FOUND', 'No such class', {
        fields: { toClassId: 'not_found' },
        params: { entity: 'class' },
      });
    }
    if (target.id === source.id) throw await alreadyEnrolled(ctx, before.participantId, source.id);
    if (target.programId !== source.programId) {
      throw new DomainError('CLASS_NOT_SAME_PROGRAM', 'The other class is of another programme', {
        fields: { toClassId: 'invalid' },
        params: { className: target.name },
      });
    }
    if (!CLASS_STATUSES_TAKING_TRANSFERS.includes(target.status)) {
      throw new DomainError('CLASS_NOT_OPEN', 'The other class no longer takes trainees', {
        params: { status: target.status },
      });
    }
    const report = await eligibilityReport(ctx.db, before.participantId, target.id, source.id);
    if (report.alreadyEnrolled) throw await alreadyEnrolled(ctx, before.participantId, target.id);
    const used = overridesUsed(report, input.overrides, session);

    const heldSeat = SEAT_HOLDING_STATUSES.includes(before.status);
    const seat = heldSeat && report.seatsTaken < report.quota;
    const status = seat ? statusInTarget(before.status, target.status) : 'reserve';
    const reservePosition = seat ? null : await nextReservePosition(ctx.db, target.id);
    await ctx.db
      .updateTable('enrolments')
      .set({
        classId: target.id,
        status,
        reservePosition,
        offeredAt: null,
        // Attendance in the new class counts from today: its earlier sessions were not theirs.
        joinedOn: todayIn(ctx.now),
        updatedAt: ctx.now.toISOString(),
      })
      .where('id', '=', before.id)
      .execute();
    await saveOverrides(ctx, before.id, used, session);
    const after = await readEnrolment(ctx, before.id);
    await ctx.audit({
      entity: 'enrolment',
      entityId: before.id,
      before,
      after: { ...after, fromClassId: source.id, toClassId: target.id, reason: input.reason, overrides: used },
    });
    const promoted = heldSeat ? await offerFreedSeats(ctx, source.id) : [];
    return { enrolment: after, promoted: promoted[0] ?? null };
  },

  'enrolments.printReceipt': async (ctx, input) => printReceipt(ctx, input.enrolmentId, input.locale),
};
