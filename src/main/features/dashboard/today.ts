/**
 * The first screen after login (Beranda): what needs the front desk's attention on the BLK's
 * calendar day. Each list is short; the loans and consumables reuse the equipment room's own
 * queries, so the dashboard and the equipment screens always agree.
 */
import type { Kysely } from 'kysely';
import type { Today } from '@shared/contract/dashboard';
import { EXPIRY_WARNING_DAYS } from '@shared/instructors';
import type { HandlerContext } from '../../context';
import type { Database } from '../../db/schema';
import { listConsumables } from '../equipment/consumables';
import { listLoans } from '../equipment/loans';
import { blkToday } from '../equipment/queries';
import { countDueFollowUps } from '../graduates/due';

/** Lists on the dashboard are at most this long; the count says how many more there are. */
export const TODAY_LIST_LIMIT = 10;
export const OVERDUE_LOANS_SHOWN = 5;

/** Trainees in a running class: everyone who started, minus those who dropped out. */
const IN_CLASS_STATUSES = ['reregistered', 'in_training', 'graduated', 'not_competent'] as const;

const plusDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function readToday(ctx: HandlerContext): Promise<Today> {
  const today = await blkToday(ctx.db, ctx.now);
  const [classesRunning, sessionsToday, followUpsDue, overdue, expiringCertificates, low] = await Promise.all([
    runningClasses(ctx.db, today),
    sessionsOn(ctx.db, today),
    countDueFollowUps(ctx.db, today),
    listLoans(ctx.db, { state: 'overdue', assetId: null, page: 1, pageSize: OVERDUE_LOANS_SHOWN }, ctx.now),
    expiringInstructorCertificates(ctx.db, today),
    listConsumables(ctx.db, { search: '', lowOnly: true }),
  ]);
  return {
    date: today,
    classesRunning,
    sessionsToday,
    followUpsDue,
    overdueLoans: { count: overdue.total, rows: overdue.rows },
    expiringCertificates,
    lowConsumables: low
      .filter((item) => item.active)
      .slice(0, TODAY_LIST_LIMIT)
      .map(({ id, name, unit, stock, lowStock }) => ({ id, name, unit, stock, lowStock })),
  };
}

/**
 * Classes marked running, and classes whose dates cover today but whose status the clerk has not
 * moved on yet (still open, or not yet marked finished): both are "in class today" at the desk.
 */
async function runningClasses(db: Kysely<Database>, today: string): Promise<Today['classesRunning']> {
  const rows = await db
    .selectFrom('classes as c')
    .innerJoin('programs as p', 'p.id', 'c.programId')
    .select((eb) => [
      'c.id',
      'c.name',
      'p.name as programName',
      'c.endDate',
      eb
        .selectFrom('enrolments as e')
        .whereRef('e.classId', '=', 'c.id')
        .where('e.status', 'in', IN_CLASS_STATUSES)
        .select(eb.fn.countAll<number>().as('n'))
        .as('trainees'),
    ])
    .where((eb) =>
      eb.or([
        eb('c.status', '=', 'running'),
        eb.and([
          eb('c.status', 'in', ['planned', 'open']),
          eb('c.startDate', '<=', today),
          eb('c.endDate', '>=', today),
        ]),
      ]),
    )
    .orderBy('c.endDate')
    .orderBy('c.id')
    .limit(TODAY_LIST_LIMIT)
    .execute();
  return rows.map((row) => ({ ...row, trainees: Number(row.trainees ?? 0) }));
}

async function sessionsOn(db: Kysely<Database>, today: string): Promise<Today['sessionsToday']> {
  const rows = await db
    .selectFrom('sessions as s')
    .innerJoin('classes as c', 'c.id', 's.classId')
    .leftJoin('rooms as r', 'r.id', 's.roomId')
    .leftJoin('mtuSites as m', 'm.id', 's.mtuSiteId')
    .select([
      's.id',
      's.classId',
      'c.name as className',
      's.startTime',
      's.endTime',
      'r.name as roomName',
      'm.name as siteName',
    ])
    .where('s.date', '=', today)
    .orderBy('s.startTime')
    .orderBy('s.id')
    .limit(TODAY_LIST_LIMIT)
    .execute();
  return rows.map(({ roomName, siteName, ...row }) => ({ ...row, placeName: roomName ?? siteName ?? null }));
}

/** Lapsed or lapsing within EXPIRY_WARNING_DAYS (60), for instructors still teaching; soonest first. */
async function expiringInstructorCertificates(
  db: Kysely<Database>,
  today: string,
): Promise<Today['expiringCertificates']> {
  const rows = await db
    .selectFrom('instructorCertificates as ic')
    .innerJoin('instructors as i', 'i.id', 'ic.instructorId')
    .select(['ic.instructorId', 'i.fullName', 'ic.kind', 'ic.expiresOn'])
    .where('i.active', '=', 1)
    .where('ic.expiresOn', '<=', plusDays(today, EXPIRY_WARNING_DAYS))
    .orderBy('ic.expiresOn')
    .orderBy('i.fullName')
    .limit(TODAY_LIST_LIMIT)
    .execute();
  return rows.map((row) => ({ ...row, expired: row.expiresOn < today }));
}
