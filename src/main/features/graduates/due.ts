/**
 * The follow-up due list: each graduate whose most recent due round (graduation + N months on or
 * before today) has not reached them yet, with the unreachable tries of that round. The last
 * round closes after a while (lastRoundClosesAt), so old graduates leave the list.
 *
 * Ten years of graduates is ~20k rows, and the dashboard counts this list on every visit. So the
 * rounds are not computed per graduate: for each round the graduates whose latest due round it is
 * form a range of graduation dates (see graduatedOnOrBeforeToBeDue), computed once here, and SQL
 * only checks each graduate in range for a reached follow-up of that round (an index probe).
 */
import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { DueFollowUp, graduateFilters } from '@shared/contract/graduates';
import type { Page } from '@shared/contract/common';
import type { Database } from '../../db/schema';
import { countCapped, daysBetween, matchesSearch } from './queries';
import { graduatedOnOrBeforeToBeDue, lastRoundClosesAt, readRoundMonths } from './rounds';

export type GraduateFilters = z.output<typeof graduateFilters>;

/**
 * The due date of a round, clamped to the month's end. SQLite-only ('floor' keeps 31 August + 6
 * months on 28/29 February instead of rolling into March); PostgreSQL's `date + interval` clamps
 * the same way.
 */
const dueDateSql = (graduatedOn: string, months: number) =>
  sql<string>`date(${sql.ref(graduatedOn)}, ${`+${months} months`}, 'floor')`;

/**
 * One branch per round: the graduates whose latest due round it is and who were not reached in
 * it. Only the columns the order needs: names and classes are joined for the page alone.
 */
function dueByRound(db: Kysely<Database>, today: string, rounds: readonly number[], filters: GraduateFilters) {
  // The graduates the search matches, worked out once: joined or probed per row instead, SQLite
  // plans a scan of every enrolment with the follow-up probe before the name test.
  const searched =
    filters.search.trim() === ''
      ? null
      : matchesSearch(
          db.selectFrom('graduates as sg').innerJoin('participants as p', 'p.id', 'sg.participantId'),
          filters.search,
          'p',
        ).select('sg.enrolmentId');
  const closesAt = lastRoundClosesAt(rounds);
  const branches = rounds.map((months, index) => {
    const later = rounds[index + 1] ?? closesAt;
    let query = db.selectFrom('graduates as g').where('g.graduatedOn', '<=', graduatedOnOrBeforeToBeDue(today, months));
    // A later round already due takes over (or the last round closed): this round is then missed, not due.
    if (later !== undefined && later !== null)
      query = query.where('g.graduatedOn', '>', graduatedOnOrBeforeToBeDue(today, later));
    if (filters.programId !== null) query = query.where('g.programId', '=', filters.programId);
    if (filters.classId !== null) query = query.where('g.classId', '=', filters.classId);
    if (searched) query = query.where('g.enrolmentId', 'in', searched);
    return query
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('followUps as f')
              .select(sql.lit(1).as('one'))
              .whereRef('f.enrolmentId', '=', 'g.enrolmentId')
              .where('f.roundMonths', '=', months)
              .where('f.outcome', '!=', 'unreachable'),
          ),
        ),
      )
      .select(['g.enrolmentId', sql.lit(months).as('roundMonths'), dueDateSql('g.graduatedOn', months).as('dueOn')]);
  });
  const [first, ...rest] = branches;
  if (!first) return null;
  return rest.reduce((union, branch) => union.unionAll(branch), first);
}

/**
 * How many graduates are due for a follow-up today (the dashboard's figure): the same set as the
 * due list, counted the cheap way round. Everyone who graduated on or before the first round's
 * cut-off has a due round; from them go those a follow-up reached in their latest due round. The
 * first count reads an index only and the second reads the (few, given response rates) reached
 * follow-ups, instead of probing the follow-ups of every graduate.
 */
export async function countDueFollowUps(db: Kysely<Database>, today: string): Promise<number> {
  const rounds = await readRoundMonths(db);
  const [firstRound] = rounds;
  const closesAt = lastRoundClosesAt(rounds);
  if (firstRound === undefined || closesAt === null) return 0;
  const stillDueAfter = graduatedOnOrBeforeToBeDue(today, closesAt);
  const cutoffs = rounds.map((months) => ({ months, upTo: graduatedOnOrBeforeToBeDue(today, months) }));
  // The latest round due for a graduate: cut-offs are earlier for later rounds, so test those first.
  const latestDueRound = sql<number | null>`CASE ${sql.join(
    cutoffs.toReversed().map(({ months, upTo }) => sql`WHEN ${sql.ref('g.graduatedOn')} <= ${upTo} THEN ${months}`),
    sql` `,
  )} END`;
  const [withDueRound, reached] = await Promise.all([
    db
      .selectFrom('graduates')
      .where('graduatedOn', '<=', graduatedOnOrBeforeToBeDue(today, firstRound))
      .where('graduatedOn', '>', stillDueAfter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('followUps as f')
      .innerJoin('graduates as g', 'g.enrolmentId', 'f.enrolmentId')
      .where('f.outcome', '!=', 'unreachable')
      .where('g.graduatedOn', '>', stillDueAfter)
      .where(sql<boolean>`${sql.ref('f.roundMonths')} = ${latestDueRound}`)
      .select(sql<number>`count(DISTINCT ${sql.ref('f.enrolmentId')})`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return Number(withDueRound.n) - Number(reached.n);
}

const DUE_COLUMNS = [
  'd.enrolmentId',
  'g.participantId',
  'p.fullName',
  'p.nik',
  'p.phone',
  'g.classId',
  'c.name as className',
  'pr.name as programName',
  'g.graduatedOn',
  'd.roundMonths',
  'd.dueOn',
  'gs.contactedOn as lastContactOn',
  'gs.outcome as currentStatus',
] as const;

/** Ids per query: the contact export passes the whole due list, past SQLite's bound-parameter limit. */
const IDS_PER_QUERY = 500;

/** Unreachable tries per graduate and round, for the rows shown (`enrolmentId:roundMonths` -> tries). */
async function unreachableTries(
  db: Kysely<Database>,
  rows: readonly { enrolmentId: number }[],
): Promise<Map<string, number>> {
  const tries = new Map<string, number>();
  for (let start = 0; start < rows.length; start += IDS_PER_QUERY) {
    const ids = rows.slice(start, start + IDS_PER_QUERY).map((row) => row.enrolmentId);
    const counts = await db
      .selectFrom('followUps')
      .select(['enrolmentId', 'roundMonths', (eb) => eb.fn.countAll<number>().as('n')])
      .where('enrolmentId', 'in', ids)
      .where('outcome', '=', 'unreachable')
      .groupBy(['enrolmentId', 'roundMonths'])
      .execute();
    for (const count of counts) tries.set(`${count.enrolmentId}:${count.roundMonths}`, Number(count.n));
  }
  return tries;
}

/**
 * The due list, most overdue first (then in order of entry, so pages do not shift), in pages or
 * whole for the contact export (`page` null). The page is cut before the names and classes are
 * joined, so a page costs the same however long the list is.
 */
export async function listDueFollowUps(
  db: Kysely<Database>,
  today: string,
  filters: GraduateFilters,
  page: { page: number; pageSize: number } | null,
): Promise<Page<DueFollowUp>> {
  const due = dueByRound(db, today, await readRoundMonths(db), filters);
  if (!due) return { rows: [], total: 0, capped: false };
  let ordered = db.selectFrom(due.as('due')).selectAll().orderBy('dueOn').orderBy('enrolmentId');
  if (page) ordered = ordered.limit(page.pageSize).offset((page.page - 1) * page.pageSize);
  const records = await db
    .selectFrom(ordered.as('d'))
    .innerJoin('graduates as g', 'g.enrolmentId', 'd.enrolmentId')
    .innerJoin('participants as p', 'p.id', 'g.participantId')
    .innerJoin('classes as c', 'c.id', 'g.classId')
    .innerJoin('programs as pr', 'pr.id', 'g.programId')
    .leftJoin('graduateStatus as gs', 'gs.enrolmentId', 'd.enrolmentId')
    .select(DUE_COLUMNS)
    .orderBy('d.dueOn')
    .orderBy('d.enrolmentId')
    .execute();
  const tries = await unreachableTries(db, records);
  const rows = records.map((record) => ({
    ...record,
    roundMonths: Number(record.roundMonths),
    daysOverdue: daysBetween(record.dueOn, today),
    unreachableTries: tries.get(`${record.enrolmentId}:${record.roundMonths}`) ?? 0,
  }));
  if (!page) return { rows, total: rows.length, capped: false };
  return { rows, ...(await countCapped(db, db.selectFrom(due.as('due')).select('enrolmentId'))) };
}
