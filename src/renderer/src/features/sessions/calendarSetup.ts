import type { TFunction } from 'i18next';
import dayjs from 'dayjs';
import { dayjsLocalizer, type Formats, type Messages, type View } from 'react-big-calendar';
import type { ScheduledSession } from '@shared/contract';
import type { Locale } from '@shared/domain';
import { displayTime, formatDayRange } from './sessionFormat';

/** Week and month boundaries, weekday names and times follow dayjs's active locale ('id' or 'en'). */
export const localizer = dayjsLocalizer(dayjs);

/**
 * With dayjs's timezone plugin loaded (shared/format uses it for WITA), the localizer parses the
 * text it builds in `merge` as UTC, and the time grid of a WITA PC starts 8 hours early. The same
 * day and time, set on a Date directly, needs no parsing.
 */
localizer.merge = (date, time) => {
  if (!date && !time) return null;
  const clock = dayjs(time);
  return dayjs(date).startOf('day').hour(clock.hour()).minute(clock.minute()).second(clock.second()).toDate();
};

export const CALENDAR_VIEWS = ['month', 'week', 'day', 'agenda'] as const satisfies readonly View[];
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/** How many days the agenda view lists from its date (react-big-calendar's default). */
const AGENDA_DAYS = 30;

export interface SessionEvent {
  id: number;
  title: string;
  start: Date;
  end: Date;
  session: ScheduledSession;
}

/** A session's wall-clock times at the BLK as the calendar's local Dates (the desk PC runs on WITA). */
export function toEvent(session: ScheduledSession): SessionEvent {
  const units = session.units.map((unit) => unit.code).join(', ');
  return {
    id: session.id,
    title: units ? `${session.className} · ${units}` : session.className,
    start: dayjs(`${session.date}T${session.startTime}`).toDate(),
    end: dayjs(`${session.date}T${session.endTime}`).toDate(),
    session,
  };
}

/**
 * Where a dragged or resized event landed, as `sessions.move` takes it; null when it does not make
 * one session on one day (dropped on the all-day row, or stretched past midnight).
 */
export function movedTimes(start: Date | string, end: Date | string, isAllDay = false) {
  const from = dayjs(start);
  const to = dayjs(end);
  if (isAllDay || !from.isSame(to, 'day') || !from.isBefore(to)) return null;
  return { date: from.format('YYYY-MM-DD'), startTime: from.format('HH:mm'), endTime: to.format('HH:mm') };
}

/**
 * The dates a view shows around `date`: the week starts on Monday in Indonesian and on Sunday in
 * English (as the calendar draws it), and the month view is padded to the whole weeks its grid shows.
 */
export function visibleRange(date: Date, view: CalendarView, locale: Locale): { from: string; to: string } {
  const day = dayjs(date).locale(locale);
  const iso = (value: dayjs.Dayjs) => value.format('YYYY-MM-DD');
  switch (view) {
    case 'month':
      return { from: iso(day.startOf('month').subtract(7, 'day')), to: iso(day.endOf('month').add(7, 'day')) };
    case 'week':
      return { from: iso(day.startOf('week')), to: iso(day.endOf('week')) };
    case 'day':
      return { from: iso(day), to: iso(day) };
    case 'agenda':
      return { from: iso(day), to: iso(day.add(AGENDA_DAYS, 'day')) };
  }
}

/** The toolbar's and views' words in the clerk's language. */
export function calendarMessages(t: TFunction): Messages<SessionEvent> {
  return {
    date: t('calendar.msg.date'),
    time: t('calendar.msg.time'),
    event: t('calendar.msg.event'),
    allDay: t('calendar.msg.allDay'),
    week: t('calendar.msg.week'),
    work_week: t('calendar.msg.workWeek'),
    day: t('calendar.msg.day'),
    month: t('calendar.msg.month'),
    previous: t('calendar.msg.previous'),
    next: t('calendar.msg.next'),
    yesterday: t('calendar.msg.yesterday'),
    tomorrow: t('calendar.msg.tomorrow'),
    today: t('calendar.msg.today'),
    agenda: t('calendar.msg.agenda'),
    noEventsInRange: t('calendar.msg.noEvents'),
    showMore: (total: number) => t('calendar.msg.showMore', { count: total }),
  };
}

/** Headings that carry the year, and day columns a clerk reads as "Sen, 14 Des". */
export function calendarFormats(locale: Locale): Formats {
  const range = ({ start, end }: { start: Date; end: Date }) => formatDayRange(start, end, locale);
  // 24-hour clock in both languages ("08.00" / "08:00"), as on the rest of the desk's papers.
  const clock = (value: Date) => displayTime(dayjs(value).format('HH:mm'), locale);
  const times = ({ start, end }: { start: Date; end: Date }) => `${clock(start)} – ${clock(end)}`;
  return {
    timeGutterFormat: (value: Date) => clock(value),
    eventTimeRangeFormat: times,
    agendaTimeRangeFormat: times,
    selectRangeFormat: times,
    dayFormat: 'ddd, D MMM',
    dayHeaderFormat: 'dddd, D MMMM YYYY',
    dayRangeHeaderFormat: range,
    agendaHeaderFormat: range,
    agendaDateFormat: 'ddd, D MMM YYYY',
  };
}

/** A steady colour per class, so one class's sessions read as one band across the week. */
const CLASS_COLOURS = ['#1c7ed6', '#2f9e44', '#e8590c', '#9c36b5', '#0c8599', '#c2255c', '#5f3dc4', '#66a80f'];

export function classColour(classId: number): string {
  return CLASS_COLOURS[classId % CLASS_COLOURS.length] ?? '#1c7ed6';
}
