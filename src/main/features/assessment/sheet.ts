import type { Kysely } from 'kysely';
import type { AssessmentSheet } from '@shared/contract';
import { DomainError } from '@shared/errors';
import type { Database } from '../../db/schema';
import { isFrozen, readClassFacts } from '../attendance/guards';
import { traineesOf } from '../attendance/queries';
import { attendanceSummaries } from '../attendance/summary';
import { outcomeOf, resultsOf, unitsOfClass } from './outcomes';

/** The class's units and trainees with their verdicts, attendance, what the rules give and any override. */
export async function readSheet(db: Kysely<Database>, classId: number): Promise<AssessmentSheet> {
  const klass = await readClassFacts(db, classId);
  const [units, trainees, results, attendance, overrides] = await Promise.all([
    unitsOfClass(db, classId),
    traineesOf(db, classId),
    resultsOf(db, classId),
    attendanceSummaries(db, { classId }),
    db
      .selectFrom('outcomeOverrides as o')
      .innerJoin('enrolments as e', 'e.id', 'o.enrolmentId')
      .innerJoin('operators as op', 'op.id', 'o.operatorId')
      .select(['o.enrolmentId', 'o.status', 'o.reason', 'op.fullName as operatorName', 'o.createdAt as at'])
      .where('e.classId', '=', classId)
      .execute(),
  ]);
  const overrideOf = new Map(overrides.map(({ enrolmentId, ...override }) => [enrolmentId, override]));
  return {
    classId,
    classStatus: klass.status,
    minAttendancePct: klass.minAttendancePct,
    units,
    editable: !isFrozen(klass.status),
    trainees: trainees.map((trainee) => {
      const traineeResults = results.get(trainee.enrolmentId) ?? [];
      const summary = attendance.get(trainee.enrolmentId);
      return {
        enrolmentId: trainee.enrolmentId,
        fullName: trainee.fullName,
        registrationNo: trainee.registrationNo,
        status: trainee.status,
        attendancePct: summary?.attendancePct ?? null,
        // In programme order, like the sheet's columns.
        results: units.flatMap((unit) => traineeResults.filter((result) => result.unitId === unit.id)),
        ...outcomeOf(units, traineeResults, summary, klass.minAttendancePct),
        override: overrideOf.get(trainee.enrolmentId) ?? null,
      };
    }),
  };
}

/** An enrolment with its class, for the outcome and BNSP methods. */
export async function readEnrolmentInClass(db: Kysely<Database>, enrolmentId: number) {
  const row = await db
    .selectFrom('enrolments as e')
    .innerJoin('classes as c', 'c.id', 'e.classId')
    .innerJoin('participants as p', 'p.id', 'e.participantId')
    .select(['e.id', 'e.classId', 'e.status', 'c.status as classStatus', 'p.fullName'])
    .where('e.id', '=', enrolmentId)
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'No such enrolment', { params: { entity: 'enrolment' } });
  return row;
}
