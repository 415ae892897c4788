import { type Kysely, sql } from 'kysely';
import type { ClassPlace, ScheduledSession, SessionUnit } from '@shared/contract';
import { CLASS_STATUSES_SCHEDULE_FROZEN, type ClassStatus } from '@shared/domain';
import { DomainError } from '@shared/errors';
import type { Database } from '../../db/schema';

/** A class as scheduling needs it: period, status, place, programme JP and instructors. */
export interface ClassForSchedule {
  id: number;
  name: string;
  status: ClassStatus;
  startDate: string;
  endDate: string;
  roomId: number | null;
  mtuSiteId: number | null;
  programId: number;
  programName: string;
  totalJp: number;
  jpMinutes: number;
  /** Lead instructors first, then by id. */
  instructorIds: number[];
}

export async function readClassForSchedule(db: Kysely<Database>, classId: number): Promise<ClassForSchedule> {
  const row = await db
    .selectFrom('classes as c')
    .innerJoin('programs as p', 'p.id', 'c.programId')
    .select(['c.id', 'c.name', 'c.status', 'c.startDate', 'c.endDate', 'c.roomId', 'c.mtuSiteId', 'c.programId'])
    .select(['p.name as programName', 'p.totalJp', 'p.jpMinutes'])
    .where('c.id', '=', classId)
    .executeTakeFirst();
  if (!row) {
    throw new DomainError('NOT_FOUND', 'No such class', {
      fields: { classId: 'not_found' },
      params: { entity: 'class' },
    });
  }
  const instructors = await db
    .selectFrom('classInstructors')
    .select('instructorId')
    .where('classId', '=', classId)
    .orderBy(sql`role = 'lead'`, 'desc')
    .orderBy('instructorId')
    .execute();
  return { ...row, instructorIds: instructors.map((instructor) => instructor.instructorId) };
}

/** A finished or closed class keeps the timetable it ran with. */
export function assertScheduleOpen(klass: ClassForSchedule): void {
  if (CLASS_STATUSES_SCHEDULE_FROZEN.includes(klass.status)) {
    throw new DomainError('SCHEDULE_FROZEN', 'The timetable of a finished or closed class cannot change', {
      params: { className: klass.name },
    });
  }
}

export interface SessionFilter {
  from?: string;
  to?: string;
  id?: number;
  classId?: number | undefined;
  roomId?: number | undefined;
  mtuSiteId?: number | undefined;
  instructorId?: number | undefined;
}

/** Sessions with class, place, instructors, units and whether attendance was taken; in one query. */
export async function listSessions(db: Kysely<Database>, filter: SessionFilter): Promise<ScheduledSession[]> {
  let query = db
    .selectFrom('sessions as s')
    .innerJoin('classes as c', 'c.id', 's.classId')
    .innerJoin('programs as p', 'p.id', 'c.programId')
    .leftJoin('rooms as r', 'r.id', 's.roomId')
    .leftJoin('mtuSites as m', 'm.id', 's.mtuSiteId')
    .select(['s.id', 's.classId', 'c.name as className', 'p.name as programName', 's.date', 's.startTime', 's.endTime'])
    .select(['s.jp', 's.notes', 's.roomId', 'r.name as roomName', 's.mtuSiteId', 'm.name as mtuSiteName', 'm.village'])
    .select([
      sql<string>`(SELECT json_group_array(json_object('id', i.id, 'fullName', i.full_name))
        FROM session_instructors si JOIN instructors i ON i.id = si.instructor_id
        WHERE si.session_id = s.id)`.as('instructorsJson'),
      sql<string>`(SELECT json_group_array(json_object('unitId', u.id, 'code', u.code, 'title', u.title,
          'jp', su.jp, 'position', u.position))
        FROM session_units su JOIN competency_units u ON u.id = su.unit_id
        WHERE su.session_id = s.id)`.as('unitsJson'),
      sql<number>`EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id)`.as('attendanceTaken'),
    ]);
  if (filter.id !== undefined) query = query.where('s.id', '=', filter.id);
  if (filter.from !== undefined) query = query.where('s.date', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('s.date', '<=', filter.to);
  if (filter.classId !== undefined) query = query.where('s.classId', '=', filter.classId);
  if (filter.roomId !== undefined) query = query.where('s.roomId', '=', filter.roomId);
  if (filter.mtuSiteId !== undefined) query = query.where('s.mtuSiteId', '=', filter.mtuSiteId);
  const { instructorId } = filter;
  if (instructorId !== undefined) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('sessionInstructors as si')
          .select('si.sessionId')
          .whereRef('si.sessionId', '=', 's.id')
          .where('si.instructorId', '=', instructorId),
      ),
    );
  }
  const rows = await query.orderBy('s.date').orderBy('s.startTime').orderBy('c.name').orderBy('s.id').execute();
  return rows.map((row) => {
    const instructors = JSON.parse(row.instructorsJson) as ScheduledSession['instructors'];
    const units = JSON.parse(row.unitsJson) as (SessionUnit & { position: number })[];
    return {
      id: row.id,
      classId: row.classId,
      className: row.className,
      programName: row.programName,
      date: row.date,
      startTime: row.startTime,
      endTime: row.endTime,
      jp: row.jp,
      place: placeOf(row),
      instructors: instructors.sort(
        (a, b) => a.fullName.localeCompare(b.fullName, 'id', { sensitivity: 'base' }) || a.id - b.id,
      ),
      units: units.sort((a, b) => a.position - b.position).map(({ position: _position, ...unit }) => unit),
      notes: row.notes,
      attendanceTaken: Number(row.attendanceTaken) === 1,
    };
  });
}

function placeOf(row: {
  roomId: number | null;
  roomName: string | null;
  mtuSiteId: number | null;
  mtuSiteName: string | null;
  village: string | null;
}): ClassPlace | null {
  if (row.roomId !== null) return { kind: 'room', roomId: row.roomId, name: row.roomName ?? '' };
  if (row.mtuSiteId !== null) {
    return { kind: 'mtu', mtuSiteId: row.mtuSiteId, name: row.mtuSiteName ?? '', village: row.village ?? '' };
  }
  return null;
}

export async function readSession(db: Kysely<Database>, id: number): Promise<ScheduledSession> {
  const [session] = await listSessions(db, { id });
  if (!session) throw new DomainError('NOT_FOUND', 'No such session', { params: { entity: 'session' } });
  return session;
}

/** A session's own columns and links, as a move or an update starts from. */
export async function readSessionRow(db: Kysely<Database>, id: number) {
  const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'No such session', { params: { entity: 'session' } });
  const instructors = await db
    .selectFrom('sessionInstructors')
    .select('instructorId')
    .where('sessionId', '=', id)
    .execute();
  return { ...row, instructorIds: instructors.map((instructor) => instructor.instructorId) };
}

export async function hasAttendance(db: Kysely<Database>, sessionId: number): Promise<boolean> {
  const row = await db
    .selectFrom('attendance')
    .select('sessionId')
    .where('sessionId', '=', sessionId)
    .executeTakeFirst();
  return row !== undefined;
}
