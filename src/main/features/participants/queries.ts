import type { Kysely } from 'kysely';
import type { Participant, ParticipantEnrolment } from '@shared/contract';
import { DomainError } from '@shared/errors';
import type { Database } from '../../db/schema';
import { reserveRankOfE } from '../enrolments/seats';
import { regencyName } from '../regions/data';

export async function readParticipant(db: Kysely<Database>, id: number): Promise<Participant> {
  const row = await db.selectFrom('participants').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'No such person', { params: { entity: 'participant' } });
  return { ...row, regencyName: await regencyName(row.regencyCode) };
}

export async function participantEnrolments(
  db: Kysely<Database>,
  participantId: number,
): Promise<ParticipantEnrolment[]> {
  return db
    .selectFrom('enrolments as e')
    .innerJoin('classes as c', 'c.id', 'e.classId')
    .innerJoin('programs as p', 'p.id', 'c.programId')
    .select([
      'e.id as enrolmentId',
      'e.registrationNo',
      'e.classId',
      'c.name as className',
      'p.name as programName',
      'c.startDate',
      'c.endDate',
      'e.status',
      'e.createdAt',
    ])
    .select(reserveRankOfE)
    .where('e.participantId', '=', participantId)
    .orderBy('c.startDate', 'desc')
    .execute();
}

export async function findByNik(
  db: Kysely<Database>,
  nik: string,
): Promise<{ id: number; fullName: string } | undefined> {
  return db.selectFrom('participants').select(['id', 'fullName']).where('nik', '=', nik).executeTakeFirst();
}
