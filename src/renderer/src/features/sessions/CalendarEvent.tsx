import { createContext, useContext, type ReactNode, type SyntheticEvent } from 'react';
import dayjs from 'dayjs';
import type { DateHeaderProps, EventProps, HeaderProps } from 'react-big-calendar';
import { useLocale } from '../../i18n';
import { classColour, type SessionEvent } from './calendarSetup';
import { displayTime } from './sessionFormat';

/** Opens a session's edit form; the event components below reach it without being re-created. */
export const OpenSessionContext = createContext<(event: SessionEvent) => void>(() => undefined);

/** Enter or Space on a focused event opens it, as on any button. */
export function isOpenKey(event: SyntheticEvent): boolean {
  const native = event.nativeEvent;
  return native instanceof KeyboardEvent && (native.key === 'Enter' || native.key === ' ');
}

function Units({ event }: { event: SessionEvent }) {
  const codes = event.session.units.map((unit) => unit.code).join(', ');
  return codes ? <span className="pelita-event-units">{codes}</span> : null;
}

/** Week and day views: the event box is itself a focusable button (Enter opens it, see onKeyPressEvent). */
export function TimeGridEvent({ event }: EventProps<SessionEvent>) {
  return (
    <span className="pelita-event">
      <strong>{event.session.className}</strong>
      <Units event={event} />
      {event.session.place ? <span className="pelita-event-place">{event.session.place.name}</span> : null}
    </span>
  );
}

/**
 * Month and agenda views draw events as plain boxes that Tab skips, so the label is made the
 * focusable button: a clerk can reach and open every session from the keyboard.
 */
function KeyboardOpenable({ event, children }: { event: SessionEvent; children: ReactNode }) {
  const open = useContext(OpenSessionContext);
  return (
    <span
      role="button"
      tabIndex={0}
      className="pelita-event"
      onKeyDown={(key) => {
        if (!isOpenKey(key)) return;
        key.preventDefault();
        open(event);
      }}
    >
      {children}
    </span>
  );
}

export function AgendaEvent({ event }: EventProps<SessionEvent>) {
  return (
    <KeyboardOpenable event={event}>
      <span className="pelita-class-dot" style={{ backgroundColor: classColour(event.session.classId) }} />
      <strong>{event.session.className}</strong> <Units event={event} />
    </KeyboardOpenable>
  );
}

/** A month cell is one line: start time and class (the full title shows on hover). */
export function MonthEvent({ event }: EventProps<SessionEvent>) {
  const locale = useLocale();
  return (
    <KeyboardOpenable event={event}>
      {displayTime(event.session.startTime, locale)} <strong>{event.session.className}</strong>
    </KeyboardOpenable>
  );
}

/** Holidays in view, by ISO date: their days are tinted and named on the calendar. */
export const HolidaysContext = createContext<ReadonlyMap<string, string>>(new Map());

function HolidayName({ date }: { date: Date }) {
  const name = useContext(HolidaysContext).get(dayjs(date).format('YYYY-MM-DD'));
  return name ? <span className="pelita-holiday-name">{name}</span> : null;
}

/** A week or day column's heading, with the holiday's name under it. */
export function DayHeader({ label, date }: HeaderProps) {
  return (
    <span className="pelita-day-header">
      <span>{label}</span>
      <HolidayName date={date} />
    </span>
  );
}

/** A month cell's day number, with the holiday's name beside it. */
export function MonthDateHeader({ label, date }: DateHeaderProps) {
  return (
    <span className="pelita-day-header pelita-month-date">
      <HolidayName date={date} />
      <span>{label}</span>
    </span>
  );
}
