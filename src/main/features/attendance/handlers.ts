import type { AttendanceSummary, ParsedInputOf } from '@shared/contract';
import type { attendanceContract } from '@shared/contract/attendance';
import { type AttendanceMark, TRAINEE_STATUSES } from '@shared/domain';
import { DomainError } from '@shared/errors';
import { type HandlerContext, type HandlerMap, requireSession } from '../../context';
import { applyOutcomes } from '../assessment/outcomes';
import { assertAllInClass, assertNotClosed, blkToday } from './guards';
import { readGrid, teachingLog } from './queries';
import { printSignInSheet } from './sign-in-sheet';
import { attendanceSummaries } from './summary';

/**
 * Saves the marks of one session, all or nothing: every trainee must be in the session's class
 * and have joined by its day, the day must have come, and the class must not be closed.
 */
async function saveAttendance(
  ctx: HandlerContext,
  input: ParsedInputOf<'attendance.save'>,
): Promise<AttendanceSummary[]> {
  const session = requireSession(ctx);
  const held = await ctx.db
    .selectFrom('sessions as s')
    .innerJoin('classes as c', 'c.id', 's.classId')
    .select(['s.id', 's.classId', 's.date', 'c.status'])
    .where('s.id', '=', input.sessionId)
    .executeTakeFirst();
  if (!held) throw new DomainError('NOT_FOUND', 'No such session', { params: { entity: 'session' } });
  assertNotClosed(held);
  if (held.date > (await blkToday(ctx.db, ctx.now))) {
    throw new DomainError('ATTENDANCE_NOT_YET', 'The session has not taken place yet', {
      params: { date: held.date },
    });
  }
  // One mark per trainee: a repeated trainee keeps the last mark sent (the last click wins).
  const markOf = new Map<number, AttendanceMark>(input.marks.map((mark) => [mark.enrolmentId, mark.mark]));
  const enrolmentIds = [...markOf.keys()];
  const trainees = await assertAllInClass(ctx.db, held.classId, enrolmentIds, TRAINEE_STATUSES);
  for (const [enrolmentId, trainee] of trainees) {
    if (trainee.joinedOn !== null && held.date < trainee.joinedOn) {
      throw new DomainError('ATTENDANCE_BEFORE_JOINING', 'The trainee joined after this session', {
        params: { enrolmentId, fullName: trainee.fullName, joinedOn: trainee.joinedOn },
      });
    }
  }

  const before = await ctx.db
    .selectFrom('attendance')
    .select(['enrolmentId', 'mark'])
    .where('sessionId', '=', held.id)
    .where('enrolmentId', 'in', enrolmentIds)
    .orderBy('enrolmentId')
    .execute();
  const updatedAt = ctx.now.toISOString();
  const rows = enrolmentIds.map((enrolmentId) => ({
    sessionId: held.id,
    enrolmentId,
    mark: markOf.get(enrolmentId) ?? 'H',
    operatorId: session.operatorId,
    updatedAt,
  }));
  await ctx.db
    .insertInto('attendance')
    .values(rows)
    .onConflict((conflict) =>
      conflict.columns(['sessionId', 'enrolmentId']).doUpdateSet((eb) => ({
        mark: eb.ref('excluded.mark'),
        operatorId: eb.ref('excluded.operatorId'),
        updatedAt: eb.ref('excluded.updatedAt'),
      })),
    )
    .execute();
  await ctx.audit({
    entity: 'attendance',
    entityId: held.id,
    before: { marks: before },
    after: { marks: rows.map(({ enrolmentId, mark }) => ({ enrolmentId, mark })) },
  });
  // In a finished class a late correction can change who graduates.
  if (held.status === 'finished') await applyOutcomes(ctx, held.classId, enrolmentIds);
  const summaries = await attendanceSummaries(ctx.db, { enrolmentIds });
  return enrolmentIds.flatMap((enrolmentId) => summaries.get(enrolmentId) ?? []);
}

export const attendanceHandlers: HandlerMap<keyof typeof attendanceContract> = {
  'attendance.grid': async (ctx, input) => readGrid(ctx.db, input.classId),
  'attendance.save': saveAttendance,
  'attendance.printSignInSheet': async (ctx, input) => printSignInSheet(ctx, input.classId, input.scope, input.locale),
  'attendance.teachingLog': async (ctx, input) => teachingLog(ctx.db, input.month),
};
