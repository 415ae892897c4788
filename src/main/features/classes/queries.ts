import { type Kysely, sql } from 'kysely';
import type { ClassSummary, RosterRow } from '@shared/contract';
import { SEAT_HOLDING_STATUSES } from '@shared/domain';
import { DomainError } from '@shared/errors';
import type { Database } from '../../db/schema';
import { reserveRankOfE } from '../enrolments/seats';

function summaries(db: Kysely<Database>) {
  return db
    .selectFrom('classes as c')
    .innerJoin('programs as p', 'p.id', 'c.programId')
    .select([
      'c.id',
      'c.programId',
      'p.name as programName',
      'c.name',
      'c.quota',
      'c.startDate',
      'c.endDate',
      'c.status',
    ])
    .select((eb) => [
      eb
        .selectFrom('enrolments as e')
        .whereRef('e.classId', '=', 'c.id')
        .where('e.status', 'in', SEAT_HOLDING_STATUSES)
        .select(eb.fn.countAll<number>().as('n'))
        .as('seatsTaken'),
      eb
        .selectFrom('enrolments as e')
        .whereRef('e.classId', '=', 'c.id')
        .where('e.status', '=', 'reserve')
        .select(eb.fn.countAll<number>().as('n'))
        .as('reserveCount'),
    ]);
}

type SummaryRow = Omit<ClassSummary, 'seatsTaken' | 'reserveCount'> & {
  seatsTaken: number | null;
  reserveCount: number | null;
};

const toSummary = (row: SummaryRow): ClassSummary => ({
  ...row,
  seatsTaken: Number(row.seatsTaken ?? 0),
  reserveCount: Number(row.reserveCount ?? 0),
});

export async function listClasses(
  db: Kysely<Database>,
  filter: { status?: ClassSummary['status'] | undefined; programId?: number | undefined },
): Promise<ClassSummary[]> {
  let query = summaries(db);
  if (filter.status) query = query.where('c.status', '=', filter.status);
  if (filter.programId) query = query.where('c.programId', '=', filter.programId);
  const rows = await query.orderBy('c.startDate', 'desc').orderBy('c.name').execute();
  return rows.map(toSummary);
}

export async function readClass(db: Kysely<Database>, id: number): Promise<ClassSummary> {
  const row = await summaries(db).where('c.id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'No such class', { params: { entity: 'class' } });
  return toSummary(row);
}

/** Seat holders first (in order of registration), then the reserve list in its order, then the rest. */
export async function readRoster(db: Kysely<Database>, classId: number): Promise<RosterRow[]> {
  const rows = await db
    .selectFrom('enrolments as e')
    .innerJoin('participants as p', 'p.id', 'e.participantId')
    .select([
      'e.id as enrolmentId',
      'e.registrationNo',
      'e.participantId',
      'p.fullName',
      'p.nik',
      'p.sex',
      'p.phone',
      'e.status',
      'e.offeredAt',
      'e.createdAt',
    ])
    .select(reserveRankOfE)
    .select(
      sql<string>`(SELECT json_group_array(json_object('rule', o.rule, 'reason', o.reason))
        FROM eligibility_overrides o WHERE o.enrolment_id = e.id)`.as('overridesJson'),
    )
    .where('e.classId', '=', classId)
    .orderBy(
      sql`CASE WHEN e.status IN (${sql.join(SEAT_HOLDING_STATUSES)}) THEN 0 WHEN e.status = 'reserve' THEN 1 ELSE 2 END`,
    )
    .orderBy('e.reservePosition')
    .orderBy('e.id')
    .execute();
  return rows.map(({ overridesJson, ...row }) => ({
    ...row,
    overrides: JSON.parse(overridesJson) as RosterRow['overrides'],
  }));
}

export async function assertClassNameFree(db: Kysely<Database>, name: string, selfId: number | null) {
  const clash = await db
    .selectFrom('classes')
    .select('id')
    .where(sql<boolean>`lower(name) = ${name.toLowerCase()}`)
    .where('id', '!=', selfId ?? 0)
    .executeTakeFirst();
  if (clash) throw new DomainError('CLASS_NAME_TAKEN', 'Class name is taken', { fields: { name: 'class_name_taken' } });
}
