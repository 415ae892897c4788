import type { Kysely } from 'kysely';
import { CLASS_STATUSES_FROZEN, type ClassStatus, DEFAULT_TIMEZONE, type EnrolmentStatus } from '@shared/domain';
import { DomainError } from '@shared/errors';
import { todayIn } from '@shared/time';
import type { Database } from '../../db/schema';

/** The BLK's calendar day now, in the timezone of its profile (WITA for Paser). */
export async function blkToday(db: Kysely<Database>, now: Date): Promise<string> {
  const row = await db.selectFrom('settings').select('timezone').where('id', '=', 1).executeTakeFirst();
  return todayIn(now, row?.timezone ?? DEFAULT_TIMEZONE);
}

export interface ClassFacts {
  id: number;
  name: string;
  status: ClassStatus;
  programId: number;
  programName: string;
  minAttendancePct: number;
}

export async function readClassFacts(db: Kysely<Database>, classId: number): Promise<ClassFacts> {
  const row = await db
    .selectFrom('classes as c')
    .innerJoin('programs as p', 'p.id', 'c.programId')
    .select(['c.id', 'c.name', 'c.status', 'c.programId', 'p.name as programName', 'p.minAttendancePct'])
    .where('c.id', '=', classId)
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'No such class', { params: { entity: 'class' } });
  return row;
}

export const isFrozen = (status: ClassStatus) => CLASS_STATUSES_FROZEN.includes(status);

/** A closed class's records are final (certificates and reports rest on them). */
export function assertNotClosed(klass: { status: ClassStatus }): void {
  if (isFrozen(klass.status)) throw new DomainError('CLASS_CLOSED', 'This class is closed');
}

/**
 * The enrolments named, all of the class: otherwise NOT_IN_CLASS before anything is written,
 * also for an id that does not exist (the clerk cannot tell the two apart anyway).
 */
export async function assertAllInClass(
  db: Kysely<Database>,
  classId: number,
  enrolmentIds: readonly number[],
  statuses: readonly EnrolmentStatus[],
): Promise<Map<number, { fullName: string; joinedOn: string | null }>> {
  const wanted = [...new Set(enrolmentIds)];
  const rows = await db
    .selectFrom('enrolments as e')
    .innerJoin('participants as p', 'p.id', 'e.participantId')
    .select(['e.id', 'e.classId', 'e.status', 'e.joinedOn', 'p.fullName'])
    .where('e.id', 'in', wanted)
    .execute();
  const found = new Map(rows.map((row) => [row.id, row]));
  for (const enrolmentId of wanted) {
    const row = found.get(enrolmentId);
    if (!row || row.classId !== classId || !statuses.includes(row.status)) {
      throw new DomainError('NOT_IN_CLASS', 'This trainee is not in the class', {
        params: { enrolmentId, ...(row ? { fullName: row.fullName } : {}) },
      });
    }
  }
  return new Map(rows.map((row) => [row.id, { fullName: row.fullName, joinedOn: row.joinedOn }]));
}
