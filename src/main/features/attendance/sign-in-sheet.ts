import type { InputOf, WrittenFile } from '@shared/contract';
import type { Locale } from '@shared/domain';
import { DomainError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import {
  buildSignInSheet,
  SIGN_IN_SHEET_LABELS_EN,
  SIGN_IN_SHEET_LABELS_ID,
  type SignInSheetDay,
} from '../../pdf/sign-in-sheet';
import { savePdfWhereClerkChooses } from '../../pdf/save';
import { readBlkProfile } from '../settings/queries';
import { addDays, mondayOf } from '../sessions/generate';
import { readClassFacts } from './guards';
import { traineesOf } from './queries';

type Scope = InputOf<'attendance.printSignInSheet'>['scope'];

/** The class's sessions the sheet covers: the one named, or those of the week (Mon–Sun) holding weekOf. */
async function sessionsInScope(ctx: HandlerContext, classId: number, scope: Scope) {
  let query = ctx.db
    .selectFrom('sessions as s')
    .leftJoin('rooms as r', 'r.id', 's.roomId')
    .leftJoin('mtuSites as m', 'm.id', 's.mtuSiteId')
    .select([
      's.id',
      's.date',
      's.startTime',
      's.endTime',
      's.jp',
      'r.name as roomName',
      'm.name as siteName',
      'm.village',
    ])
    .where('s.classId', '=', classId);
  if (scope.kind === 'session') {
    query = query.where('s.id', '=', scope.sessionId);
  } else {
    const monday = mondayOf(scope.weekOf);
    query = query.where('s.date', '>=', monday).where('s.date', '<=', addDays(monday, 6));
  }
  const sessions = await query.orderBy('s.date').orderBy('s.startTime').execute();
  if (sessions.length === 0) {
    throw new DomainError('NOT_FOUND', 'No session of this class to print', {
      fields: scope.kind === 'session' ? { 'scope.sessionId': 'not_found' } : { 'scope.weekOf': 'not_found' },
      params: { entity: 'session' },
    });
  }
  return sessions;
}

/** Instructors of the sessions (in the order first met), from session_instructors. */
async function instructorNames(ctx: HandlerContext, sessionIds: number[]): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('sessionInstructors as si')
    .innerJoin('instructors as i', 'i.id', 'si.instructorId')
    .select(['i.id', 'i.fullName'])
    .where('si.sessionId', 'in', sessionIds)
    .orderBy('si.sessionId')
    .orderBy('i.fullName')
    .execute();
  return [...new Map(rows.map((row) => [row.id, row.fullName])).values()];
}

const safeFileName = (text: string) => text.replace(/[^A-Za-z0-9-]+/g, '_').replace(/^_+|_+$/g, '');

export async function printSignInSheet(
  ctx: HandlerContext,
  classId: number,
  scope: Scope,
  locale: Locale,
): Promise<WrittenFile | null> {
  const klass = await readClassFacts(ctx.db, classId);
  const sessions = await sessionsInScope(ctx, classId, scope);
  const [blk, trainees, instructors] = await Promise.all([
    readBlkProfile(ctx.db),
    traineesOf(ctx.db, classId),
    instructorNames(
      ctx,
      sessions.map((session) => session.id),
    ),
  ]);
  const days: SignInSheetDay[] = [];
  for (const session of sessions) {
    const time = `${session.startTime}–${session.endTime}`;
    const day = days.find((candidate) => candidate.date === session.date);
    if (day) {
      day.times.push(time);
      day.jp += session.jp;
    } else days.push({ date: session.date, times: [time], jp: session.jp });
  }
  const lastDay = days[days.length - 1]?.date ?? '';
  const places = new Set(
    sessions.map(
      (session) => session.roomName ?? (session.siteName ? `${session.siteName}, ${session.village ?? ''}` : ''),
    ),
  );
  const doc = buildSignInSheet(
    {
      blkName: blk.name,
      blkAddress: blk.address,
      programName: klass.programName,
      className: klass.name,
      place: [...places].filter(Boolean).join('; '),
      days,
      instructors,
      // Dropouts no longer sign; someone joining after the last day printed is not in the room yet.
      trainees: trainees
        .filter((trainee) => trainee.status !== 'dropped_out')
        .filter((trainee) => trainee.joinedOn === null || trainee.joinedOn <= lastDay),
    },
    locale === 'id' ? SIGN_IN_SHEET_LABELS_ID : SIGN_IN_SHEET_LABELS_EN,
    locale,
  );
  const firstDay = days[0]?.date ?? '';
  const prefix = locale === 'id' ? 'Daftar-Hadir' : 'Attendance-Sheet';
  const when = days.length === 1 ? firstDay : `${firstDay}_${lastDay}`;
  return savePdfWhereClerkChooses(ctx.platform, doc, `${prefix}-${safeFileName(klass.name)}-${when}.pdf`);
}
