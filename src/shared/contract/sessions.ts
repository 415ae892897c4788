import { z } from 'zod';
import { LOCALES, WEEKDAYS, type Weekday } from '../domain';
import type { WrittenFile } from './enrolments';
import { EVERYONE, STAFF, method } from './define';
import { id, isoDate, optionalText, requiredText } from './common';
import { classPlaceInput, type ClassPlace } from './classes';

/** Local wall-clock time at the BLK, 24-hour "HH:MM" (compares correctly as text). */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time' });

export interface Holiday {
  date: string;
  name: string;
}

/** What a session's time overlaps: the same class, room, MTU site or instructor at once. */
export type ClashKind = 'class' | 'room' | 'mtu' | 'instructor';

export interface SessionClash {
  kind: ClashKind;
  date: string;
  startTime: string;
  endTime: string;
  /** The session already in the timetable that this one would overlap. */
  otherSessionId: number;
  otherClassId: number;
  otherClassName: string;
  /** The room, MTU site or instructor both need (the class name for a class clash). */
  resourceName: string;
}

export interface SessionUnit {
  unitId: number;
  code: string;
  title: string;
  /** JP of this unit taught in this session. */
  jp: number;
}

export interface ScheduledSession {
  id: number;
  classId: number;
  className: string;
  programName: string;
  date: string;
  startTime: string;
  endTime: string;
  jp: number;
  place: ClassPlace | null;
  instructors: { id: number; fullName: string }[];
  units: SessionUnit[];
  notes: string;
  /** Attendance has been recorded: the session took place and can no longer be deleted. */
  attendanceTaken: boolean;
}

const sessionUnitsInput = z
  .array(
    z.object({
      unitId: id,
      jp: z.number({ message: 'number' }).int({ message: 'number' }).min(1, { message: 'jp_range' }),
    }),
  )
  .max(20)
  .default([])
  .superRefine((units, context) => {
    const seen = new Set<number>();
    units.forEach((unit, index) => {
      if (seen.has(unit.unitId))
        context.addIssue({ code: 'custom', message: 'unit_duplicate', path: [index, 'unitId'] });
      seen.add(unit.unitId);
    });
  });

const sessionTimes = {
  date: isoDate,
  startTime: clockTime,
  endTime: clockTime,
};

export const sessionFields = z
  .object({
    classId: id,
    ...sessionTimes,
    jp: z
      .number({ message: 'number' })
      .int({ message: 'number' })
      .min(1, { message: 'jp_range' })
      .max(16, { message: 'jp_range' }),
    /** Omitted or null: the class's place (a session is never placed "nowhere" while its class has a place). */
    place: classPlaceInput,
    /** Exactly these; omitted: none (the form pre-fills the class's instructors). */
    instructorIds: z.array(id).max(10).default([]),
    /** The competency units taught; when given, their JP add up to the session's JP. */
    units: sessionUnitsInput,
    notes: optionalText(500),
  })
  .refine((session) => session.startTime < session.endTime, { message: 'end_time_before_start', path: ['endTime'] })
  .refine(
    (session) => session.units.length === 0 || session.units.reduce((sum, unit) => sum + unit.jp, 0) === session.jp,
    {
      message: 'unit_jp_mismatch',
      path: ['units'],
    },
  )
  .refine((session) => new Set(session.instructorIds).size === session.instructorIds.length, {
    message: 'instructor_duplicate',
    path: ['instructorIds'],
  });

export const generateInput = z.object({
  classId: id,
  weekdays: z
    .array(z.union(WEEKDAYS.map((day) => z.literal(day)) as [z.ZodLiteral<Weekday>, ...z.ZodLiteral<Weekday>[]]))
    .min(1, { message: 'weekdays_required' })
    .max(7)
    .refine((days) => new Set(days).size === days.length, { message: 'weekday_duplicate' }),
  startTime: clockTime,
  jpPerDay: z
    .number({ message: 'number' })
    .int({ message: 'number' })
    .min(1, { message: 'jp_per_day_range' })
    .max(12, { message: 'jp_per_day_range' }),
  /** One break inside each day of 2 JP or more (lunch), added to the day's length; a 1-JP day has none. */
  breakMinutes: z
    .number({ message: 'number' })
    .int({ message: 'number' })
    .min(0, { message: 'break_range' })
    .max(180, { message: 'break_range' })
    .default(0),
  /** First day to plan; omitted or before the class starts: the class's start date. */
  fromDate: isoDate.optional(),
  /** Omitted: the class's place. */
  place: classPlaceInput.optional(),
  /** Omitted: every instructor of the class. */
  instructorIds: z.array(id).max(10).optional(),
});

export interface PlannedSession {
  date: string;
  startTime: string;
  endTime: string;
  jp: number;
  units: SessionUnit[];
}

/**
 * What generation would write: the JP of the programme's units not yet in the timetable, unit by
 * unit in teaching order, on the chosen weekdays from `fromDate`, skipping holidays and the days
 * the class already has a session (so generating again after deletions fills exactly the gaps).
 * A programme without units is owed its total JP minus the JP of the class's sessions.
 */
export interface SchedulePlan {
  classId: number;
  /** The programme's total JP and how much of it the timetable already holds. */
  totalJp: number;
  scheduledJp: number;
  sessions: PlannedSession[];
  /** Every clash of every planned session (generation writes nothing while there are any). */
  clashes: (SessionClash & { plannedDate: string })[];
  skippedHolidays: Holiday[];
  /** The last planned day; later than the class's end date means the plan does not fit. */
  lastDate: string | null;
  fitsClassPeriod: boolean;
}

export const sessionsContract = {
  'holidays.list': method<Holiday[]>()({
    input: z.object({ year: z.number().int().min(2000).max(2100).optional() }),
    access: EVERYONE,
    writes: false,
  }),
  /** Adds a holiday, or renames the one on that date. */
  'holidays.save': method<Holiday>()({
    input: z.object({ date: isoDate, name: requiredText(150) }),
    access: STAFF,
    writes: true,
  }),
  'holidays.delete': method<null>()({ input: z.object({ date: isoDate }), access: STAFF, writes: true }),

  /** Sessions between two dates (inclusive), by start; narrowed to one class, room, MTU site or instructor. */
  'sessions.list': method<ScheduledSession[]>()({
    input: z
      .object({
        from: isoDate,
        to: isoDate,
        classId: id.optional(),
        roomId: id.optional(),
        mtuSiteId: id.optional(),
        instructorId: id.optional(),
      })
      .refine((range) => range.from <= range.to, { message: 'end_before_start', path: ['to'] }),
    access: EVERYONE,
    writes: false,
  }),
  /** The timetable generation would write now, with every clash; writes nothing. */
  'sessions.plan': method<SchedulePlan>()({ input: generateInput, access: STAFF, writes: false }),
  /** Writes the plan; refused (nothing written) on any clash or when it does not fit the class period. */
  'sessions.generate': method<{ created: number; firstDate: string; lastDate: string }>()({
    input: generateInput,
    access: STAFF,
    writes: true,
  }),
  'sessions.create': method<ScheduledSession>()({ input: sessionFields, access: STAFF, writes: true }),
  /** Replaces a session as a whole (reassigning instructors, place or units included). */
  'sessions.update': method<ScheduledSession>()({
    input: sessionFields.safeExtend({ id }),
    access: STAFF,
    writes: true,
  }),
  /** Move or resize (the calendar's drag): new date and times, everything else kept; JP kept. */
  'sessions.move': method<ScheduledSession>()({
    input: z
      .object({ id, ...sessionTimes })
      .refine((session) => session.startTime < session.endTime, {
        message: 'end_time_before_start',
        path: ['endTime'],
      }),
    access: STAFF,
    writes: true,
  }),
  /** Refused once attendance has been recorded for the session. */
  'sessions.delete': method<null>()({ input: z.object({ id }), access: STAFF, writes: true }),
  /** A class's sessions in the week (Monday to Sunday) containing `weekOf`, as an A4 PDF. */
  'sessions.printTimetable': method<WrittenFile | null>()({
    input: z.object({ classId: id, weekOf: isoDate, locale: z.enum(LOCALES).default('id') }),
    access: EVERYONE,
    writes: false,
  }),
};
