/** The graduates list (with each one's current status) and a graduate's page: rounds, follow-ups, placements. */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  FollowUp,
  FollowUpRound,
  GraduateDetail,
  GraduateRow,
  graduatesContract,
} from '@shared/contract/graduates';
import type { Page } from '@shared/contract/common';
import { REACHED_OUTCOMES } from '@shared/graduates';
import type { Database } from '../../db/schema';
import { followUpsOf } from './follow-ups';
import { countCapped, GRADUATE_ROW_COLUMNS, graduatesBase, matchesSearch, notFound, readGraduateRow } from './queries';
import { addMonths, lastRoundClosesAt, latestRoundDue, readRoundMonths } from './rounds';

type ListInput = z.output<(typeof graduatesContract)['graduates.list']['input']>;

/** Newest graduation first, then by name. */
export async function listGraduates(db: Kysely<Database>, input: ListInput): Promise<Page<GraduateRow>> {
  let query = matchesSearch(graduatesBase(db), input.search, 'p');
  if (input.programId !== null) query = query.where('g.programId', '=', input.programId);
  if (input.classId !== null) query = query.where('g.classId', '=', input.classId);
  if (input.status === 'unknown') query = query.where('gs.enrolmentId', 'is', null);
  else if (input.status !== null) query = query.where('gs.outcome', '=', input.status);
  if (input.year !== null)
    query = query
      .where('g.graduatedOn', '>=', `${input.year}-01-01`)
      .where('g.graduatedOn', '<=', `${input.year}-12-31`);
  const rows = await query
    .select(GRADUATE_ROW_COLUMNS)
    .orderBy('g.graduatedOn', 'desc')
    .orderBy('p.fullName')
    .orderBy('g.enrolmentId')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  return { rows, ...(await countCapped(db, query.select('g.enrolmentId'))) };
}

/**
 * Each configured round with its state on `today`: done (a follow-up reached the graduate in it),
 * due (the latest round due, not done), missed (not done, and a later round is due already or the
 * last round has closed), or upcoming.
 */
export function roundStates(
  rounds: readonly number[],
  graduatedOn: string,
  followUps: readonly FollowUp[],
  today: string,
): FollowUpRound[] {
  const reached = new Set<string>(REACHED_OUTCOMES);
  const dueOn = (months: number) => addMonths(graduatedOn, months);
  const closesAt = lastRoundClosesAt(rounds);
  const closed = closesAt !== null && addMonths(graduatedOn, closesAt) <= today;
  const latestDue = closed ? null : latestRoundDue(rounds, graduatedOn, today);
  return rounds.map((months) => {
    // The first contact that answered the round (follow-ups come newest first).
    const answer = followUps.findLast((followUp) => followUp.roundMonths === months && reached.has(followUp.outcome));
    const state = answer ? 'done' : dueOn(months) > today ? 'upcoming' : months === latestDue ? 'due' : 'missed';
    return { months, dueOn: dueOn(months), state, followUpId: answer?.id ?? null };
  });
}

export async function readGraduate(db: Kysely<Database>, enrolmentId: number, today: string): Promise<GraduateDetail> {
  const row = await readGraduateRow(db, enrolmentId);
  if (!row) throw notFound('graduate', 'enrolmentId');
  const followUps = await followUpsOf(db, enrolmentId);
  const placements = await db
    .selectFrom('placements as pl')
    .innerJoin('companies as co', 'co.id', 'pl.companyId')
    .select([
      'pl.id',
      'pl.companyId',
      'co.name as companyName',
      'pl.position',
      'pl.startedOn',
      'pl.employmentKind',
      'pl.incomeBand',
      'pl.notes',
    ])
    .where('pl.enrolmentId', '=', enrolmentId)
    .orderBy('pl.startedOn', 'desc')
    .orderBy('pl.id', 'desc')
    .execute();
  const rounds = roundStates(await readRoundMonths(db), row.graduatedOn, followUps, today);
  return { ...row, rounds, followUps, placements };
}
