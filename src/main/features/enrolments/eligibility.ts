import type { Kysely } from 'kysely';
import type { EligibilityReport } from '@shared/contract';
import { ACTIVE_ENROLMENT_STATUSES } from '@shared/domain';
import { evaluateEligibility } from '@shared/eligibility';
import { DomainError } from '@shared/errors';
import type { Database } from '../../db/schema';
import { rulesOf } from '../programs/queries';
import { seatsTaken } from './seats';

/** Everything the enrolment form shows before the clerk confirms: each rule, the seats, the class state. */
export async function eligibilityReport(
  db: Kysely<Database>,
  participantId: number,
  classId: number,
): Promise<EligibilityReport & { programCode: string }> {
  const person = await db
    .selectFrom('participants')
    .select(['nik', 'birthDate', 'education', 'activity', 'regencyCode'])
    .where('id', '=', participantId)
    .executeTakeFirst();
  if (!person) throw new DomainError('NOT_FOUND', 'No such person', { params: { entity: 'participant' } });
  const klass = await db
    .selectFrom('classes as c')
    .innerJoin('programs as p', 'p.id', 'c.programId')
    .selectAll('p')
    .select(['c.startDate', 'c.endDate', 'c.quota', 'c.status as classStatus'])
    .where('c.id', '=', classId)
    .executeTakeFirst();
  if (!klass) throw new DomainError('NOT_FOUND', 'No such class', { params: { entity: 'class' } });

  const enrolments = await db
    .selectFrom('enrolments as e')
    .innerJoin('classes as c', 'c.id', 'e.classId')
    .select(['e.classId', 'e.status', 'c.name as className', 'c.startDate', 'c.endDate'])
    .where('e.participantId', '=', participantId)
    .execute();
  const others = enrolments.filter((row) => row.classId !== classId && ACTIVE_ENROLMENT_STATUSES.includes(row.status));
  const outcomes = evaluateEligibility(
    rulesOf(klass),
    { ...person, regencyCode: person.regencyCode || null },
    { startDate: klass.startDate, endDate: klass.endDate },
    others,
  );
  const taken = await seatsTaken(db, classId);
  return {
    outcomes,
    eligible: outcomes.every((outcome) => outcome.passed),
    seatsTaken: taken,
    quota: klass.quota,
    wouldBeReserve: taken >= klass.quota,
    classOpen: klass.classStatus === 'open',
    alreadyEnrolled: enrolments.some((row) => row.classId === classId),
    programCode: klass.code,
  };
}
