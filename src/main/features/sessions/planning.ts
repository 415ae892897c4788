/**
 * sessions.plan and sessions.generate: reads what the class still needs, lets the pure planner
 * lay it out, checks every planned day for clashes, and (generate only) writes it.
 */
import { sql } from 'kysely';
import type { SchedulePlan } from '@shared/contract';
import type { generateInput } from '@shared/contract/sessions';
import { DomainError } from '@shared/errors';
import type { z } from 'zod';
import type { HandlerContext } from '../../context';
import { clashError, findClashes } from './clashes';
import { dayLengthMinutes, LAST_MINUTE_OF_DAY, minutesOf, planSessions, type UnitToSchedule } from './generate';
import { assertScheduleOpen, type ClassForSchedule, readClassForSchedule } from './queries';
import { assertResourcesExist, insertSession, placeColumns, type SessionDraft } from './write';

type GenerateInput = z.output<typeof generateInput>;

/** JP per unit not yet in the class's timetable, in teaching order, and the JP scheduled so far. */
async function jpStillOwed(ctx: HandlerContext, klass: ClassForSchedule) {
  const units = await ctx.db
    .selectFrom('competencyUnits as u')
    .select(['u.id as unitId', 'u.code', 'u.title', 'u.jp'])
    .select((eb) =>
      eb
        .selectFrom('sessionUnits as su')
        .innerJoin('sessions as s', 's.id', 'su.sessionId')
        .whereRef('su.unitId', '=', 'u.id')
        .where('s.classId', '=', klass.id)
        .select(sql<number>`sum(su.jp)`.as('n'))
        .as('scheduledJp'),
    )
    .where('u.programId', '=', klass.programId)
    .orderBy('u.position')
    .execute();
  const scheduled = await ctx.db
    .selectFrom('sessions')
    .select((eb) => eb.fn.sum<number>('jp').as('n'))
    .where('classId', '=', klass.id)
    .executeTakeFirst();
  const scheduledJp = Number(scheduled?.n ?? 0);
  const owed: UnitToSchedule[] = units.map((unit) => ({
    unitId: unit.unitId,
    code: unit.code,
    title: unit.title,
    remainingJp: Math.max(0, unit.jp - Number(unit.scheduledJp ?? 0)),
  }));
  return { owed, scheduledJp, unitlessJp: Math.max(0, klass.totalJp - scheduledJp) };
}

export interface BuiltPlan {
  plan: SchedulePlan;
  /** The planned sessions as they would be written. */
  drafts: SessionDraft[];
}

/**
 * What generation would write now. Units are owed their JP minus what the class's sessions already
 * teach of them; a programme without units is owed its total JP minus all scheduled JP. Planning
 * starts at `fromDate`, never before the class starts, and passes over days the class already has
 * a session, so generating again after deleting a few sessions fills exactly those gaps.
 */
export async function buildPlan(ctx: HandlerContext, input: GenerateInput): Promise<BuiltPlan> {
  const klass = await readClassForSchedule(ctx.db, input.classId);
  assertScheduleOpen(klass);
  const place = placeColumns(input.place, klass);
  const instructorIds = input.instructorIds ?? klass.instructorIds;
  await assertResourcesExist(ctx, place, instructorIds);

  const fullDayEnd = minutesOf(input.startTime) + dayLengthMinutes(input.jpPerDay, klass.jpMinutes, input.breakMinutes);
  if (fullDayEnd > LAST_MINUTE_OF_DAY) {
    throw new DomainError('VALIDATION', 'A day of this many JP would end after midnight', {
      fields: { jpPerDay: 'jp_per_day_range' },
    });
  }

  const { owed, scheduledJp, unitlessJp } = await jpStillOwed(ctx, klass);
  const owedJp = owed.length > 0 ? owed.reduce((sum, unit) => sum + unit.remainingJp, 0) : unitlessJp;
  if (owedJp === 0) {
    throw new DomainError('NOTHING_TO_SCHEDULE', 'Every JP of the programme is already scheduled');
  }
  const fromDate = input.fromDate && input.fromDate > klass.startDate ? input.fromDate : klass.startDate;
  const [holidays, busy] = await Promise.all([
    ctx.db.selectFrom('holidays').select(['date', 'name']).where('date', '>=', fromDate).orderBy('date').execute(),
    ctx.db
      .selectFrom('sessions')
      .select('date')
      .distinct()
      .where('classId', '=', klass.id)
      .where('date', '>=', fromDate)
      .execute(),
  ]);
  const { sessions, skippedHolidays } = planSessions({
    units: owed,
    unitlessJp,
    fromDate,
    weekdays: input.weekdays,
    startTime: input.startTime,
    jpPerDay: input.jpPerDay,
    breakMinutes: input.breakMinutes,
    jpMinutes: klass.jpMinutes,
    holidays,
    busyDates: new Set(busy.map((row) => row.date)),
  });

  const drafts: SessionDraft[] = sessions.map((session) => ({
    classId: klass.id,
    date: session.date,
    startTime: session.startTime,
    endTime: session.endTime,
    jp: session.jp,
    ...place,
    instructorIds,
    units: session.units.map((unit) => ({ unitId: unit.unitId, jp: unit.jp })),
    notes: '',
  }));
  const clashes: SchedulePlan['clashes'] = [];
  for (const draft of drafts) {
    for (const clash of await findClashes(ctx.db, draft, null)) clashes.push({ ...clash, plannedDate: draft.date });
  }
  const lastDate = sessions.at(-1)?.date ?? null;
  return {
    plan: {
      classId: klass.id,
      totalJp: klass.totalJp,
      scheduledJp,
      sessions,
      clashes,
      skippedHolidays,
      lastDate,
      fitsClassPeriod:
        lastDate !== null && lastDate <= klass.endDate && sessions.reduce((sum, s) => sum + s.jp, 0) === owedJp,
    },
    drafts,
  };
}

/** Writes the plan, or nothing: refused on any clash and when it runs past the class's end. */
export async function generateSessions(ctx: HandlerContext, input: GenerateInput) {
  const { plan, drafts } = await buildPlan(ctx, input);
  const [firstClash] = plan.clashes;
  if (firstClash) throw clashError(firstClash, plan.clashes.length);
  const klass = await readClassForSchedule(ctx.db, input.classId);
  const firstDate = plan.sessions[0]?.date;
  if (!plan.fitsClassPeriod || firstDate === undefined || plan.lastDate === null) {
    throw new DomainError('SESSION_OUTSIDE_CLASS', 'The plan runs past the end of the class', {
      params: {
        start: klass.startDate,
        end: klass.endDate,
        lastDate: plan.lastDate ?? '',
      },
    });
  }
  const sessionIds: number[] = [];
  for (const draft of drafts) sessionIds.push(await insertSession(ctx, draft));
  await ctx.audit({
    entity: 'session',
    entityId: null,
    after: { generated: input, classId: klass.id, sessionIds, jp: drafts.reduce((sum, draft) => sum + draft.jp, 0) },
  });
  return { created: sessionIds.length, firstDate, lastDate: plan.lastDate };
}
