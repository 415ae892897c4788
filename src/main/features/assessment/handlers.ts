import type { AssessmentSheet, ParsedInputOf } from '@shared/contract';
import type { assessmentContract } from '@shared/contract/assessment';
import { type EnrolmentStatus, TRAINEE_STATUSES } from '@shared/domain';
import { DomainError } from '@shared/errors';
import { type HandlerContext, type HandlerMap, requireSession } from '../../context';
import { assertAllInClass, assertNotClosed, readClassFacts } from '../attendance/guards';
import { attendanceSummaries } from '../attendance/summary';
import { listBnsp, recordBnsp } from './bnsp';
import { applyOutcomes, outcomeOf, resultsOf, unitsOfClass, writeStatus } from './outcomes';
import { readEnrolmentInClass, readSheet } from './sheet';

async function recordResults(ctx: HandlerContext, input: ParsedInputOf<'assessment.record'>): Promise<AssessmentSheet> {
  const session = requireSession(ctx);
  const klass = await readClassFacts(ctx.db, input.classId);
  assertNotClosed(klass);
  const units = new Set((await unitsOfClass(ctx.db, klass.id)).map((unit) => unit.id));
  const foreign = input.results.find((result) => !units.has(result.unitId));
  if (foreign) {
    throw new DomainError('UNIT_NOT_IN_PROGRAM', 'This unit is not part of the programme', {
      params: { unitId: foreign.unitId },
    });
  }
  // One verdict per trainee and unit: a repeated cell keeps the last one sent.
  const verdicts = new Map(input.results.map((result) => [`${result.enrolmentId}:${result.unitId}`, result]));
  const enrolmentIds = [...new Set(input.results.map((result) => result.enrolmentId))];
  await assertAllInClass(ctx.db, klass.id, enrolmentIds, TRAINEE_STATUSES);

  const before = await resultsOf(ctx.db, klass.id, enrolmentIds);
  const updatedAt = ctx.now.toISOString();
  const rows = [...verdicts.values()].map((result) => ({
    ...result,
    assessedOn: input.assessedOn,
    assessor: input.assessor,
    operatorId: session.operatorId,
    updatedAt,
  }));
  await ctx.db
    .insertInto('unitResults')
    .values(rows)
    .onConflict((conflict) =>
      conflict.columns(['enrolmentId', 'unitId']).doUpdateSet((eb) => ({
        result: eb.ref('excluded.result'),
        assessedOn: eb.ref('excluded.assessedOn'),
        assessor: eb.ref('excluded.assessor'),
        operatorId: eb.ref('excluded.operatorId'),
        updatedAt: eb.ref('excluded.updatedAt'),
      })),
    )
    .execute();
  await ctx.audit({
    entity: 'unit_results',
    entityId: klass.id,
    before: { results: Object.fromEntries(before) },
    after: { assessedOn: input.assessedOn, assessor: input.assessor, results: [...verdicts.values()] },
  });
  if (klass.status === 'finished') await applyOutcomes(ctx, klass.id, enrolmentIds);
  return readSheet(ctx.db, klass.id);
}

/** An override is a final status: only once the class has finished, and not once it is closed. */
async function enrolmentForOutcome(ctx: HandlerContext, enrolmentId: number) {
  const enrolment = await readEnrolmentInClass(ctx.db, enrolmentId);
  assertNotClosed({ status: enrolment.classStatus });
  if (enrolment.classStatus !== 'finished') {
    throw new DomainError('CLASS_NOT_FINISHED', 'Final results are set once the class has finished');
  }
  if (!TRAINEE_STATUSES.includes(enrolment.status)) {
    throw new DomainError('NOT_IN_CLASS', 'This person did not train in the class', {
      params: { status: enrolment.status },
    });
  }
  const override = await ctx.db
    .selectFrom('outcomeOverrides')
    .select(['status', 'statusBefore', 'reason'])
    .where('enrolmentId', '=', enrolmentId)
    .executeTakeFirst();
  return { ...enrolment, override: override ?? null };
}

/**
 * The admin's decision replaces the rules' for this trainee. Dropping someone out of a finished
 * class frees their seat, but it is not offered to the reserve list: the training is over.
 */
async function overrideOutcome(
  ctx: HandlerContext,
  input: ParsedInputOf<'outcomes.override'>,
): Promise<AssessmentSheet> {
  const session = requireSession(ctx);
  const enrolment = await enrolmentForOutcome(ctx, input.enrolmentId);
  const createdAt = ctx.now.toISOString();
  const values = { status: input.status, reason: input.reason, operatorId: session.operatorId, createdAt };
  await ctx.db
    .insertInto('outcomeOverrides')
    .values({ enrolmentId: enrolment.id, statusBefore: enrolment.status, ...values })
    .onConflict((conflict) => conflict.column('enrolmentId').doUpdateSet(values))
    .execute();
  if (enrolment.status !== input.status) await writeStatus(ctx, enrolment.id, input.status);
  await ctx.audit({
    entity: 'outcome_override',
    entityId: enrolment.id,
    before: { status: enrolment.status, override: enrolment.override },
    after: { status: input.status, reason: input.reason },
  });
  return readSheet(ctx.db, enrolment.classId);
}

/**
 * Back to the rules; a trainee who had dropped out before the override goes back to dropped_out
 * (the rules only decide for those who stayed to the end).
 */
async function clearOverride(ctx: HandlerContext, enrolmentId: number): Promise<AssessmentSheet> {
  const enrolment = await enrolmentForOutcome(ctx, enrolmentId);
  if (!enrolment.override) return readSheet(ctx.db, enrolment.classId);
  const { statusBefore } = enrolment.override;
  await ctx.db.deleteFrom('outcomeOverrides').where('enrolmentId', '=', enrolment.id).execute();
  let status: EnrolmentStatus;
  if (statusBefore === 'dropped_out') {
    status = 'dropped_out';
  } else {
    const klass = await readClassFacts(ctx.db, enrolment.classId);
    const [units, results, attendance] = await Promise.all([
      unitsOfClass(ctx.db, klass.id),
      resultsOf(ctx.db, klass.id, [enrolment.id]),
      attendanceSummaries(ctx.db, { enrolmentIds: [enrolment.id] }),
    ]);
    status = outcomeOf(
      units,
      results.get(enrolment.id) ?? [],
      attendance.get(enrolment.id),
      klass.minAttendancePct,
    ).computedOutcome;
  }
  if (status !== enrolment.status) await writeStatus(ctx, enrolment.id, status);
  await ctx.audit({
    entity: 'outcome_override',
    entityId: enrolment.id,
    before: { status: enrolment.status, override: enrolment.override },
    after: { status, override: null },
  });
  return readSheet(ctx.db, enrolment.classId);
}

export const assessmentHandlers: HandlerMap<keyof typeof assessmentContract> = {
  'assessment.sheet': async (ctx, input) => readSheet(ctx.db, input.classId),
  'assessment.record': recordResults,
  'outcomes.override': overrideOutcome,
  'outcomes.clearOverride': async (ctx, input) => clearOverride(ctx, input.enrolmentId),
  'bnsp.list': async (ctx, input) => listBnsp(ctx.db, input.classId),
  'bnsp.record': recordBnsp,
};
