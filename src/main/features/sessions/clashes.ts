/**
 * Double bookings. Two sessions clash when they share a date, their times overlap (touching ends
 * do not: 10:00-12:00 and 12:00-14:00 both stand) and they need the same class, room, MTU site or
 * instructor. The triggers of migration 0005 refuse the same as a backstop; this check runs first
 * so the clerk is told which class holds the slot.
 */
import type { Kysely } from 'kysely';
import type { ClashKind, SessionClash } from '@shared/contract';
import { DomainError } from '@shared/errors';
import type { Database } from '../../db/schema';

/** Where and when a session would take place, and with whom. */
export interface SessionSlot {
  classId: number;
  date: string;
  startTime: string;
  endTime: string;
  roomId: number | null;
  mtuSiteId: number | null;
  instructorIds: readonly number[];
}

const KIND_ORDER: Record<ClashKind, number> = { class: 0, room: 1, mtu: 2, instructor: 3 };

/**
 * Every clash of `slot` with the timetable, one per other session and resource both need,
 * by start time; `excludeSessionId` is the session being edited (it never clashes with itself).
 * Reads one day through the `sessions_date` index, so the cost does not grow with the years.
 */
export async function findClashes(
  db: Kysely<Database>,
  slot: SessionSlot,
  excludeSessionId: number | null,
): Promise<SessionClash[]> {
  const overlapping = await db
    .selectFrom('sessions as s')
    .innerJoin('classes as c', 'c.id', 's.classId')
    .leftJoin('rooms as r', 'r.id', 's.roomId')
    .leftJoin('mtuSites as m', 'm.id', 's.mtuSiteId')
    .select(['s.id', 's.classId', 'c.name as className', 's.startTime', 's.endTime', 's.roomId', 's.mtuSiteId'])
    .select(['r.name as roomName', 'm.name as mtuSiteName'])
    .where('s.date', '=', slot.date)
    .where('s.startTime', '<', slot.endTime)
    .where('s.endTime', '>', slot.startTime)
    .where('s.id', '!=', excludeSessionId ?? 0)
    .execute();
  if (overlapping.length === 0) return [];

  const sharedInstructors =
    slot.instructorIds.length === 0
      ? []
      : await db
          .selectFrom('sessionInstructors as si')
          .innerJoin('instructors as i', 'i.id', 'si.instructorId')
          .select(['si.sessionId', 'i.fullName'])
          .where(
            'si.sessionId',
            'in',
            overlapping.map((other) => other.id),
          )
          .where('si.instructorId', 'in', [...slot.instructorIds])
          .orderBy('i.fullName')
          .execute();

  const clashes: SessionClash[] = [];
  for (const other of overlapping) {
    const clash = (kind: ClashKind, resourceName: string): SessionClash => ({
      kind,
      date: slot.date,
      startTime: other.startTime,
      endTime: other.endTime,
      otherSessionId: other.id,
      otherClassId: other.classId,
      otherClassName: other.className,
      resourceName,
    });
    if (other.classId === slot.classId) clashes.push(clash('class', other.className));
    if (slot.roomId !== null && other.roomId === slot.roomId) clashes.push(clash('room', other.roomName ?? ''));
    if (slot.mtuSiteId !== null && other.mtuSiteId === slot.mtuSiteId) {
      clashes.push(clash('mtu', other.mtuSiteName ?? ''));
    }
    for (const instructor of sharedInstructors) {
      if (instructor.sessionId === other.id) clashes.push(clash('instructor', instructor.fullName));
    }
  }
  return clashes.sort(
    (a, b) =>
      a.startTime.localeCompare(b.startTime) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.otherSessionId - b.otherSessionId,
  );
}

/** The error naming the other class, its time and what both need (params as the i18n message reads them). */
export function clashError(clash: SessionClash, count = 1): DomainError {
  return new DomainError('SESSION_CLASH', `Clashes with ${clash.otherClassName} (${clash.kind})`, {
    params: {
      className: clash.otherClassName,
      // ISO: the renderer writes it out in the clerk's language.
      date: clash.date,
      start: clash.startTime,
      end: clash.endTime,
      resource: clash.resourceName,
      kind: clash.kind,
      count,
    },
  });
}

/** Refuses the slot with the first clash, if any. */
export async function assertNoClash(db: Kysely<Database>, slot: SessionSlot, excludeSessionId: number | null) {
  const [first, ...rest] = await findClashes(db, slot, excludeSessionId);
  if (first) throw clashError(first, rest.length + 1);
}

/**
 * Runs a write that the clash triggers guard. The service checks first, so a trigger firing means
 * something slipped past it; the clerk still gets the coded error rather than "unexpected error".
 */
export async function guardedByClashTriggers<T>(
  slot: Pick<SessionSlot, 'date' | 'startTime' | 'endTime'>,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Error && error.message === 'SESSION_CLASH') {
      throw new DomainError('SESSION_CLASH', 'The timetable refused an overlapping session', {
        params: {
          className: '–',
          date: slot.date,
          start: slot.startTime,
          end: slot.endTime,
          resource: '–',
        },
      });
    }
    throw error;
  }
}
