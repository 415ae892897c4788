import 'react-big-calendar/lib/css/react-big-calendar.css';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';
import './calendar.css';
import { Anchor, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { Calendar, type View } from 'react-big-calendar';
import dragAndDropExport, { type EventInteractionArgs } from 'react-big-calendar/lib/addons/dragAndDrop';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../lib/errors';
import { useSingleFlight } from '../../lib/forms';
import { useLocale } from '../../i18n';
import { CalendarFilter, filterInput, type CalendarFilterValue } from './CalendarFilter';
import {
  AgendaEvent,
  DayHeader,
  HolidaysContext,
  isOpenKey,
  MonthDateHeader,
  MonthEvent,
  OpenSessionContext,
  TimeGridEvent,
} from './CalendarEvent';
import {
  CALENDAR_VIEWS,
  calendarFormats,
  calendarMessages,
  classColour,
  localizer,
  movedTimes,
  toEvent,
  visibleRange,
  type CalendarView,
  type SessionEvent,
} from './calendarSetup';
import { useHolidays, useMoveSession, useSessions } from './queries';
import { SessionForm } from './SessionForm';

/**
 * The drag-and-drop addon ships as CommonJS only; the bundler hands over either its default export
 * or the whole module object holding it.
 */
const withDragAndDrop: typeof dragAndDropExport =
  typeof dragAndDropExport === 'function'
    ? dragAndDropExport
    : (dragAndDropExport as unknown as { default: typeof dragAndDropExport }).default;
const DragAndDropCalendar = withDragAndDrop<SessionEvent>(Calendar);

/** The working day the time grid shows, early workshops to evening MTU classes (only the times count). */
const DAY_START = new Date(2026, 0, 1, 6, 0);
const DAY_END = new Date(2026, 0, 1, 21, 0);
const COMPONENTS = {
  week: { event: TimeGridEvent, header: DayHeader },
  day: { event: TimeGridEvent, header: DayHeader },
  month: { event: MonthEvent, dateHeader: MonthDateHeader },
  agenda: { event: AgendaEvent },
};

/**
 * "Jadwal": every session of every class on a calendar (month, week, day or list), filtered by
 * room, MTU site, instructor or class. Dragging an event moves it, stretching it changes its times;
 * main refuses a clash, the event then stays where it was and the refusal names the other class.
 */
export function CalendarPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorText = useErrorText();
  const canMove = useCan('sessions.move');
  const canCreate = useCan('sessions.create');
  const [date, setDate] = useState(() => new Date());
  const [view, setView] = useState<CalendarView>('week');
  const [filter, setFilter] = useState<CalendarFilterValue>({ kind: 'all', id: null });
  const [opened, setOpened] = useState<SessionEvent | null>(null);
  // Shown by one class, an empty slot picked on the calendar adds a session to that class.
  const addingClassId = canCreate && filter.kind === 'class' ? filter.id : null;
  const [adding, setAdding] = useState<{ date: string; startTime: string } | null>(null);
  // The event shown at its new place while main decides: it snaps back if main refuses.
  const [pendingMove, setPendingMove] = useState<{ id: number; start: Date; end: Date } | null>(null);
  const range = visibleRange(date, view, locale);
  const sessions = useSessions({ ...range, ...filterInput(filter) });
  const holidaysFrom = useHolidays(Number(range.from.slice(0, 4)));
  const holidaysTo = useHolidays(Number(range.to.slice(0, 4)));
  const holidays = useMemo(
    () =>
      new Map(
        [...(holidaysFrom.data ?? []), ...(holidaysTo.data ?? [])].map((holiday) => [holiday.date, holiday.name]),
      ),
    [holidaysFrom.data, holidaysTo.data],
  );
  const move = useMoveSession();
  const submitMove = useSingleFlight(move);
  const messages = useMemo(() => calendarMessages(t), [t]);
  const formats = useMemo(() => calendarFormats(locale), [locale]);
  const events = useMemo(
    () =>
      (sessions.data ?? []).map((session) => {
        const event = toEvent(session);
        return pendingMove?.id === event.id ? { ...event, start: pendingMove.start, end: pendingMove.end } : event;
      }),
    [sessions.data, pendingMove],
  );

  const onMove = useCallback(
    ({ event, start, end, isAllDay }: EventInteractionArgs<SessionEvent>) => {
      const times = movedTimes(start, end, isAllDay);
      if (!times) {
        notifications.show({ color: 'orange', message: t('calendar.oneDayOnly') });
        return;
      }
      setPendingMove({ id: event.id, start: new Date(start), end: new Date(end) });
      submitMove(
        { id: event.id, ...times },
        {
          onSuccess: (moved) =>
            notifications.show({ color: 'teal', message: t('calendar.moved', { className: moved.className }) }),
          onError: (error) =>
            notifications.show({
              color: 'red',
              title: t('calendar.moveRefused'),
              message: errorText(error),
              autoClose: 10_000,
            }),
          onSettled: () => setPendingMove(null),
        },
      );
    },
    [submitMove, t, errorText],
  );

  return (
    <Stack gap="md">
      <PageHeader
        title={t('calendar.title')}
        subtitle={canMove ? t('calendar.subtitle') : t('calendar.subtitleReadOnly')}
      />
      <Paper withBorder radius="lg" p="md">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end">
            <CalendarFilter value={filter} onChange={setFilter} />
            <Stack gap={2} align="flex-end">
              {addingClassId !== null ? (
                <Text size="sm" c="dimmed">
                  {t('calendar.addHint')}
                </Text>
              ) : null}
              <Text size="sm" c="dimmed" role="status">
                {sessions.isError
                  ? errorText(sessions.error)
                  : t('calendar.count', { count: sessions.data?.length ?? 0 })}
              </Text>
            </Stack>
          </Group>
          <HolidaysContext.Provider value={holidays}>
            <OpenSessionContext.Provider value={setOpened}>
              <div className="pelita-calendar">
                <DragAndDropCalendar
                  // Drawn afresh in the other language: the time column's width is measured once.
                  key={locale}
                  localizer={localizer}
                  culture={locale}
                  messages={messages}
                  formats={formats}
                  events={events}
                  views={[...CALENDAR_VIEWS]}
                  view={view}
                  onView={(next: View) => setView(CALENDAR_VIEWS.find((known) => known === next) ?? 'week')}
                  date={date}
                  onNavigate={setDate}
                  min={DAY_START}
                  max={DAY_END}
                  step={30}
                  timeslots={2}
                  popup
                  components={COMPONENTS}
                  // The list view marks the class with a dot instead: a coloured row would hide its text.
                  eventPropGetter={(event) =>
                    view === 'agenda' ? {} : { style: { backgroundColor: classColour(event.session.classId) } }
                  }
                  dayPropGetter={(day) =>
                    holidays.has(dayjs(day).format('YYYY-MM-DD')) ? { className: 'pelita-holiday' } : {}
                  }
                  onSelectEvent={setOpened}
                  selectable={addingClassId !== null}
                  onSelectSlot={(slot) =>
                    setAdding({
                      date: dayjs(slot.start).format('YYYY-MM-DD'),
                      startTime: view === 'month' ? '08:00' : dayjs(slot.start).format('HH:mm'),
                    })
                  }
                  onKeyPressEvent={(event, key) => {
                    if (isOpenKey(key)) setOpened(event);
                  }}
                  draggableAccessor={(event) => canMove && !event.session.attendanceTaken}
                  resizableAccessor={(event) => canMove && !event.session.attendanceTaken}
                  resizable={view !== 'month'}
                  onEventDrop={onMove}
                  onEventResize={onMove}
                />
              </div>
            </OpenSessionContext.Provider>
          </HolidaysContext.Provider>
        </Stack>
      </Paper>
      <Modal
        opened={opened !== null}
        onClose={() => setOpened(null)}
        title={opened ? opened.session.className : ''}
        size="xl"
      >
        {opened ? (
          <Stack gap="sm">
            <Anchor component={Link} to={`/classes/${opened.session.classId}`} size="sm">
              {t('calendar.openClass', { className: opened.session.className })}
            </Anchor>
            <SessionForm session={opened.session} classId={opened.session.classId} onDone={() => setOpened(null)} />
          </Stack>
        ) : null}
      </Modal>
      <Modal
        opened={adding !== null && addingClassId !== null}
        onClose={() => setAdding(null)}
        title={t('schedule.form.createTitle')}
        size="xl"
      >
        {adding && addingClassId !== null ? (
          <SessionForm
            session={null}
            classId={addingClassId}
            date={adding.date}
            startTime={adding.startTime}
            onDone={() => setAdding(null)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
