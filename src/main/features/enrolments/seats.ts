import { type Kysely, sql } from 'kysely';
import { SEAT_HOLDING_STATUSES } from '@shared/domain';
import { todayIn } from '@shared/time';
import type { HandlerContext } from '../../context';
import type { Database } from '../../db/schema';

export async function seatsTaken(db: Kysely<Database>, classId: number): Promise<number> {
  const row = await db
    .selectFrom('enrolments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('classId', '=', classId)
    .where('status', 'in', SEAT_HOLDING_STATUSES)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function nextReservePosition(db: Kysely<Database>, classId: number): Promise<number> {
  const row = await db
    .selectFrom('enrolments')
    .select((eb) => eb.fn.max('reservePosition').as('last'))
    .where('classId', '=', classId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

/**
 * Place in line of the enrolment aliased `e` (1 = next to be offered a seat), counted because
 * stored positions keep the gaps that people leaving the list leave behind.
 */
export const reserveRankOfE = sql<number | null>`CASE WHEN e.status = 'reserve' THEN (
  SELECT count(*) FROM enrolments r
  WHERE r.class_id = e.class_id AND r.status = 'reserve' AND r.reserve_position <= e.reserve_position
) END`.as('reserveRank');

/**
 * Offers every free seat of the class to the reserve list, first in line first: each promoted
 * person becomes `registered` with `offeredAt` set, so the desk knows to call them. They join the
 * class today: in a class already running, earlier sessions do not count for their attendance.
 */
export async function offerFreedSeats(
  ctx: HandlerContext,
  classId: number,
): Promise<{ enrolmentId: number; fullName: string }[]> {
  const klass = await ctx.db.selectFrom('classes').select('quota').where('id', '=', classId).executeTakeFirstOrThrow();
  const free = klass.quota - (await seatsTaken(ctx.db, classId));
  if (free <= 0) return [];
  const firstInLine = await ctx.db
    .selectFrom('enrolments as e')
    .innerJoin('participants as p', 'p.id', 'e.participantId')
    .select(['e.id', 'p.fullName', 'e.reservePosition'])
    .where('e.classId', '=', classId)
    .where('e.status', '=', 'reserve')
    .orderBy('e.reservePosition')
    .limit(free)
    .execute();
  const offeredAt = ctx.now.toISOString();
  for (const reserve of firstInLine) {
    await ctx.db
      .updateTable('enrolments')
      .set({ status: 'registered', reservePosition: null, offeredAt, joinedOn: todayIn(ctx.now), updatedAt: offeredAt })
      .where('id', '=', reserve.id)
      .execute();
    await ctx.audit({
      entity: 'enrolment',
      entityId: reserve.id,
      before: { status: 'reserve', reservePosition: reserve.reservePosition },
      after: { status: 'registered', offeredAt },
    });
  }
  return firstInLine.map((reserve) => ({ enrolmentId: reserve.id, fullName: reserve.fullName }));
}
