/**
 * One session at a time: create, replace, move. Every edit runs the same checks (class open for
 * scheduling, inside the class period, long enough for its JP, units of the class's programme,
 * existing instructors and place, no clash with anything but itself) before it writes.
 */
import type { sessionFields } from '@shared/contract/sessions';
import { DomainError } from '@shared/errors';
import type { z } from 'zod';
import type { HandlerContext } from '../../context';
import { assertNoClash, guardedByClashTriggers, type SessionSlot } from './clashes';
import { minutesOf } from './generate';
import {
  assertScheduleOpen,
  type ClassForSchedule,
  hasAttendance,
  readClassForSchedule,
  readSessionRow,
} from './queries';

type SessionInput = z.output<typeof sessionFields>;
type Place = SessionInput['place'];

/** A session as written: its slot plus JP, units and notes. */
export interface SessionDraft extends SessionSlot {
  jp: number;
  units: { unitId: number; jp: number }[];
  notes: string;
}

const notFound = (entity: string, field: string) =>
  new DomainError('NOT_FOUND', `No such ${entity}`, { fields: { [field]: 'not_found' }, params: { entity } });

/** No place given: the session is held where its class is. */
export function placeColumns(place: Place | undefined, klass: ClassForSchedule) {
  if (!place) return { roomId: klass.roomId, mtuSiteId: klass.mtuSiteId };
  return place.kind === 'room'
    ? { roomId: place.roomId, mtuSiteId: null }
    : { roomId: null, mtuSiteId: place.mtuSiteId };
}

export function assertWithinClassPeriod(klass: ClassForSchedule, date: string) {
  if (date < klass.startDate || date > klass.endDate) {
    throw new DomainError('SESSION_OUTSIDE_CLASS', 'The session falls outside the class period', {
      fields: { date: 'invalid' },
      params: { start: klass.startDate, end: klass.endDate },
    });
  }
}

/** The room or MTU site and the instructors must exist (a stale form may name deleted ones). */
export async function assertResourcesExist(
  ctx: HandlerContext,
  place: { roomId: number | null; mtuSiteId: number | null },
  instructorIds: readonly number[],
) {
  if (place.roomId !== null) {
    const room = await ctx.db.selectFrom('rooms').select('id').where('id', '=', place.roomId).executeTakeFirst();
    if (!room) throw notFound('room', 'place.roomId');
  }
  if (place.mtuSiteId !== null) {
    const site = await ctx.db.selectFrom('mtuSites').select('id').where('id', '=', place.mtuSiteId).executeTakeFirst();
    if (!site) throw notFound('mtuSite', 'place.mtuSiteId');
  }
  if (instructorIds.length === 0) return;
  const known = new Set(
    (
      await ctx.db
        .selectFrom('instructors')
        .select('id')
        .where('id', 'in', [...instructorIds])
        .execute()
    ).map((row) => row.id),
  );
  const missing = instructorIds.findIndex((instructorId) => !known.has(instructorId));
  if (missing >= 0) throw notFound('instructor', `instructorIds.${missing}`);
}

async function assertUnitsOfProgramme(ctx: HandlerContext, klass: ClassForSchedule, units: SessionDraft['units']) {
  if (units.length === 0) return;
  const rows = await ctx.db
    .selectFrom('competencyUnits')
    .select(['id', 'programId', 'code'])
    .where(
      'id',
      'in',
      units.map((unit) => unit.unitId),
    )
    .execute();
  const programOf = new Map(rows.map((row) => [row.id, row]));
  for (const [index, unit] of units.entries()) {
    const row = programOf.get(unit.unitId);
    if (!row) throw notFound('unit', `units.${index}.unitId`);
    if (row.programId !== klass.programId) {
      throw new DomainError('UNIT_NOT_IN_PROGRAM', 'The unit is not part of the class programme', {
        fields: { [`units.${index}.unitId`]: 'invalid' },
        params: { code: row.code },
      });
    }
  }
}

/** Every check an edit must pass; `selfId` is the session being edited (null for a new one). */
async function checkDraft(ctx: HandlerContext, klass: ClassForSchedule, draft: SessionDraft, selfId: number | null) {
  assertScheduleOpen(klass);
  assertWithinClassPeriod(klass, draft.date);
  if (minutesOf(draft.endTime) - minutesOf(draft.startTime) < draft.jp * klass.jpMinutes) {
    throw new DomainError('VALIDATION', 'The session is shorter than its JP', {
      fields: { endTime: 'session_too_short' },
      params: { minutes: draft.jp * klass.jpMinutes },
    });
  }
  await assertUnitsOfProgramme(ctx, klass, draft.units);
  await assertResourcesExist(ctx, draft, draft.instructorIds);
  await assertNoClash(ctx.db, draft, selfId);
}

/** Links the session to its instructors and units (after any old links were removed). */
async function insertLinks(ctx: HandlerContext, sessionId: number, draft: SessionDraft) {
  if (draft.instructorIds.length > 0) {
    await ctx.db
      .insertInto('sessionInstructors')
      .values(draft.instructorIds.map((instructorId) => ({ sessionId, instructorId })))
      .execute();
  }
  if (draft.units.length > 0) {
    await ctx.db
      .insertInto('sessionUnits')
      .values(draft.units.map((unit) => ({ sessionId, unitId: unit.unitId, jp: unit.jp })))
      .execute();
  }
}

function sessionColumns(draft: SessionDraft) {
  return {
    classId: draft.classId,
    date: draft.date,
    startTime: draft.startTime,
    endTime: draft.endTime,
    jp: draft.jp,
    roomId: draft.roomId,
    mtuSiteId: draft.mtuSiteId,
    notes: draft.notes,
  };
}

/** Inserts an already checked session with its links; returns its id. */
export async function insertSession(ctx: HandlerContext, draft: SessionDraft): Promise<number> {
  const at = ctx.now.toISOString();
  return guardedByClashTriggers(draft, async () => {
    const { id } = await ctx.db
      .insertInto('sessions')
      .values({ ...sessionColumns(draft), createdAt: at, updatedAt: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertLinks(ctx, id, draft);
    return id;
  });
}

function draftOf(input: SessionInput, klass: ClassForSchedule): SessionDraft {
  return {
    classId: klass.id,
    date: input.date,
    startTime: input.startTime,
    endTime: input.endTime,
    jp: input.jp,
    ...placeColumns(input.place, klass),
    instructorIds: input.instructorIds,
    units: input.units,
    notes: input.notes,
  };
}

export async function createSession(ctx: HandlerContext, input: SessionInput): Promise<number> {
  const klass = await readClassForSchedule(ctx.db, input.classId);
  const draft = draftOf(input, klass);
  await checkDraft(ctx, klass, draft, null);
  return insertSession(ctx, draft);
}

/** Replaces the session; moving it to another class is allowed only before attendance was taken. */
export async function replaceSession(ctx: HandlerContext, id: number, input: SessionInput): Promise<void> {
  const before = await readSessionRow(ctx.db, id);
  if (before.classId !== input.classId) {
    assertScheduleOpen(await readClassForSchedule(ctx.db, before.classId));
    if (await hasAttendance(ctx.db, id)) {
      throw new DomainError('SESSION_HAS_ATTENDANCE', 'Attendance was taken for this session in its class');
    }
  }
  const klass = await readClassForSchedule(ctx.db, input.classId);
  const draft = draftOf(input, klass);
  await checkDraft(ctx, klass, draft, id);
  await rewrite(ctx, id, draft);
}

/** New date and times; class, JP, place, instructors and units stay. */
export async function moveSession(
  ctx: HandlerContext,
  id: number,
  times: { date: string; startTime: string; endTime: string },
): Promise<void> {
  const before = await readSessionRow(ctx.db, id);
  const klass = await readClassForSchedule(ctx.db, before.classId);
  const units = await ctx.db.selectFrom('sessionUnits').select(['unitId', 'jp']).where('sessionId', '=', id).execute();
  const draft: SessionDraft = { ...before, ...times, units };
  await checkDraft(ctx, klass, draft, id);
  await rewrite(ctx, id, draft);
}

/**
 * Old instructor links go first: the update trigger checks the links the row has, and an
 * instructor being replaced may well be busy at the new time.
 */
async function rewrite(ctx: HandlerContext, id: number, draft: SessionDraft) {
  await guardedByClashTriggers(draft, async () => {
    await ctx.db.deleteFrom('sessionInstructors').where('sessionId', '=', id).execute();
    await ctx.db.deleteFrom('sessionUnits').where('sessionId', '=', id).execute();
    await ctx.db
      .updateTable('sessions')
      .set({ ...sessionColumns(draft), updatedAt: ctx.now.toISOString() })
      .where('id', '=', id)
      .execute();
    await insertLinks(ctx, id, draft);
  });
}
