import type { Kysely } from 'kysely';
import type { AttendanceSummary, OutcomeReason, UnitResultRecord } from '@shared/contract';
import type { EnrolmentStatus, OutcomeStatus } from '@shared/domain';
import type { HandlerContext } from '../../context';
import type { Database } from '../../db/schema';
import { attendanceSummaries } from '../attendance/summary';

export type ComputedOutcome = Exclude<OutcomeStatus, 'dropped_out'>;

export interface UnitOfProgram {
  id: number;
  code: string;
}

/**
 * What the rules give: graduated when every unit of the programme is competent and attendance
 * meets the minimum. A trainee with no attendance recorded at all has not shown the minimum
 * (unless the programme asks for 0%), so they are not graduated by default either.
 */
export function outcomeOf(
  units: readonly UnitOfProgram[],
  results: readonly UnitResultRecord[],
  attendance: AttendanceSummary | undefined,
  minAttendancePct: number,
): { computedOutcome: ComputedOutcome; reasons: OutcomeReason[] } {
  const resultOf = new Map(results.map((result) => [result.unitId, result.result]));
  const reasons: OutcomeReason[] = [];
  const notAssessed = units.filter((unit) => !resultOf.has(unit.id)).length;
  if (notAssessed > 0) reasons.push({ kind: 'units_not_assessed', count: notAssessed });
  const notCompetent = units.filter((unit) => resultOf.get(unit.id) === 'not_yet_competent').map((unit) => unit.code);
  if (notCompetent.length > 0) reasons.push({ kind: 'units_not_competent', codes: notCompetent });
  const attendancePct = attendance?.attendancePct ?? null;
  const below = attendance?.belowMinimum === true || (attendancePct === null && minAttendancePct > 0);
  if (below) reasons.push({ kind: 'attendance_below', attendancePct, minAttendancePct });
  return { computedOutcome: reasons.length === 0 ? 'graduated' : 'not_competent', reasons };
}

export async function unitsOfClass(db: Kysely<Database>, classId: number) {
  return db
    .selectFrom('competencyUnits as u')
    .innerJoin('classes as c', 'c.programId', 'u.programId')
    .select(['u.id', 'u.position', 'u.code', 'u.title', 'u.jp'])
    .where('c.id', '=', classId)
    .orderBy('u.position')
    .execute();
}

/** Saved verdicts of the class's enrolments (or of some of them), per enrolment. */
export async function resultsOf(
  db: Kysely<Database>,
  classId: number,
  enrolmentIds?: readonly number[],
): Promise<Map<number, UnitResultRecord[]>> {
  let query = db
    .selectFrom('unitResults as r')
    .innerJoin('enrolments as e', 'e.id', 'r.enrolmentId')
    .select(['r.enrolmentId', 'r.unitId', 'r.result', 'r.assessedOn', 'r.assessor'])
    .where('e.classId', '=', classId);
  if (enrolmentIds) query = query.where('e.id', 'in', enrolmentIds.length > 0 ? enrolmentIds : [0]);
  const byEnrolment = new Map<number, UnitResultRecord[]>();
  for (const { enrolmentId, ...result } of await query.execute()) {
    const list = byEnrolment.get(enrolmentId) ?? [];
    list.push(result);
    byEnrolment.set(enrolmentId, list);
  }
  return byEnrolment;
}

/** Statuses a finished class decides from the rules; a dropout keeps their status unless overridden. */
const DECIDED_BY_RULES: readonly EnrolmentStatus[] = ['in_training', 'graduated', 'not_competent'];

/**
 * Gives the trainees of a finished class their final status: an admin's override if there is one,
 * otherwise what the rules compute. Only the enrolments named when `enrolmentIds` is given (the
 * ones a call changed). Each change is audited. Seats freed here are not offered to the reserve
 * list: the class is over.
 */
export async function applyOutcomes(
  ctx: HandlerContext,
  classId: number,
  enrolmentIds?: readonly number[],
): Promise<void> {
  let query = ctx.db
    .selectFrom('enrolments as e')
    .innerJoin('classes as c', 'c.id', 'e.classId')
    .innerJoin('programs as p', 'p.id', 'c.programId')
    .leftJoin('outcomeOverrides as o', 'o.enrolmentId', 'e.id')
    .select(['e.id', 'e.status', 'o.status as overrideStatus', 'p.minAttendancePct'])
    .where('e.classId', '=', classId)
    .where('c.status', '=', 'finished')
    .where((eb) => eb.or([eb('e.status', 'in', DECIDED_BY_RULES), eb('o.status', 'is not', null)]));
  if (enrolmentIds) query = query.where('e.id', 'in', enrolmentIds.length > 0 ? enrolmentIds : [0]);
  const trainees = await query.orderBy('e.id').execute();
  if (trainees.length === 0) return;
  const ids = trainees.map((trainee) => trainee.id);
  const [units, results, attendance] = await Promise.all([
    unitsOfClass(ctx.db, classId),
    resultsOf(ctx.db, classId, ids),
    attendanceSummaries(ctx.db, { enrolmentIds: ids }),
  ]);
  for (const trainee of trainees) {
    const computed = outcomeOf(
      units,
      results.get(trainee.id) ?? [],
      attendance.get(trainee.id),
      trainee.minAttendancePct,
    );
    const status = trainee.overrideStatus ?? computed.computedOutcome;
    if (status === trainee.status) continue;
    await writeStatus(ctx, trainee.id, status);
    await ctx.audit({
      entity: 'enrolment',
      entityId: trainee.id,
      before: { status: trainee.status },
      after: { status, decidedBy: trainee.overrideStatus ? 'override' : 'rules', reasons: computed.reasons },
    });
  }
}

export async function writeStatus(ctx: HandlerContext, enrolmentId: number, status: EnrolmentStatus): Promise<void> {
  await ctx.db
    .updateTable('enrolments')
    .set({ status, updatedAt: ctx.now.toISOString() })
    .where('id', '=', enrolmentId)
    .execute();
}
