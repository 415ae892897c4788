import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { movedTimes, toEvent, visibleRange } from '../../src/renderer/src/features/sessions/calendarSetup';
import { filterInput } from '../../src/renderer/src/features/sessions/CalendarFilter';
import { PlanPreview } from '../../src/renderer/src/features/sessions/PlanPreview';
import {
  emptySession,
  followingEnd,
  generateCandidate,
  generateDefaults,
  placeFromKey,
  placeKey,
  scheduledJpByUnit,
  sessionCandidate,
  sessionFormErrors,
  sessionValues,
} from '../../src/renderer/src/features/sessions/sessionValues';
import { defaultWeek, mondayOf, weeksOf } from '../../src/renderer/src/features/sessions/weeks';
import { addMinutes, parseTypedTime } from '../../src/renderer/src/lib/times';
import {
  generateInput,
  sessionFields,
  type ClassSummary,
  type ScheduledSession,
  type SchedulePlan,
} from '../../src/shared/contract';
import { renderUi } from './render';

const klass = {
  id: 7,
  programId: 3,
  name: 'Operator Komputer Angkatan 1',
  startDate: '2026-12-01',
  endDate: '2026-12-31',
  place: { kind: 'room', roomId: 2, name: 'Lab Komputer A' },
  instructors: [{ id: 5, fullName: 'Andi', role: 'lead', warnings: [] }],
} as unknown as ClassSummary;

const session: ScheduledSession = {
  id: 11,
  classId: 7,
  className: 'Operator Komputer Angkatan 1',
  programName: 'Operator Komputer',
  date: '2026-12-07',
  startTime: '08:00',
  endTime: '12:00',
  jp: 4,
  place: { kind: 'mtu', mtuSiteId: 4, name: 'Balai Desa Songka', village: 'Songka' },
  instructors: [{ id: 5, fullName: 'Andi' }],
  units: [
    { unitId: 1, code: 'J.620100.001.01', title: 'Komputer', jp: 3 },
    { unitId: 2, code: 'J.620100.002.01', title: 'Kata', jp: 1 },
  ],
  notes: '',
  attendanceTaken: false,
};

describe('typed times', () => {
  it.each([
    ['08:00', '08:00'],
    ['8:00', '08:00'],
    ['8.30', '08:30'],
    ['0800', '08:00'],
    ['830', '08:30'],
    ['8', '08:00'],
    [' 13 ', '13:00'],
  ])('reads %s as %s', (typed, time) => expect(parseTypedTime(typed)).toBe(time));

  it.each(['24:00', '8:60', 'pagi', '', '8:5', '12345'])('refuses %s', (typed) =>
    expect(parseTypedTime(typed)).toBeNull(),
  );

  it('adds minutes within the day only', () => {
    expect(addMinutes('08:00', 270)).toBe('12:30');
    expect(addMinutes('23:00', 60)).toBeNull();
  });
});

describe('the session form', () => {
  it('keeps a place as one select value and back', () => {
    expect(placeKey(session.place)).toBe('mtu:4');
    expect(placeFromKey('room:2')).toEqual({ kind: 'room', roomId: 2 });
    expect(placeFromKey(null)).toBeNull();
  });

  it('round-trips an existing session through the form into what sessions.update accepts', () => {
    const candidate = sessionCandidate(sessionValues(session), session.classId);
    const parsed = sessionFields.parse(candidate);
    expect(parsed).toMatchObject({
      classId: 7,
      date: '2026-12-07',
      startTime: '08:00',
      endTime: '12:00',
      jp: 4,
      place: { kind: 'mtu', mtuSiteId: 4 },
      instructorIds: [5],
      units: [
        { unitId: 1, jp: 3 },
        { unitId: 2, jp: 1 },
      ],
    });
  });

  it("starts a new session in the class's place with its instructors", () => {
    expect(emptySession(klass, '2026-12-08')).toMatchObject({
      date: '08/12/2026',
      placeKey: 'room:2',
      instructorIds: ['5'],
    });
  });

  it('shows place errors on the place select', () => {
    expect(sessionFormErrors({ 'place.roomId': 'not_found', endTime: 'time' })).toEqual({
      placeKey: 'not_found',
      endTime: 'time',
    });
  });

  it('lets the end follow start and JP until the clerk types their own', () => {
    const before = { ...emptySession(klass), startTime: '08:00', jp: 4, endTime: '11:00' };
    expect(followingEnd({ ...before, jp: 6 }, before, 45)).toBe('12:30');
    const typedOwn = { ...before, endTime: '12:00' };
    expect(followingEnd({ ...typedOwn, jp: 6 }, typedOwn, 45)).toBeNull();
    const empty = { ...before, endTime: '' };
    expect(followingEnd({ ...empty, startTime: '13:00' }, empty, 45)).toBe('16:00');
  });

  it('counts the JP each unit has in the timetable', () => {
    expect(
      scheduledJpByUnit([
        session,
        { ...session, id: 12, units: [{ unitId: 1, code: 'J.620100.001.01', title: 'Komputer', jp: 4 }] },
      ]),
    ).toEqual(
      new Map([
        [1, 7],
        [2, 1],
      ]),
    );
  });
});

describe('the generation form', () => {
  it('sends Monday to Friday from the class start, in its place, as sessions.generate accepts it', () => {
    const parsed = generateInput.parse(
      generateCandidate({ ...generateDefaults(klass), weekdays: ['5', '1', '3'] }, klass.id),
    );
    expect(parsed).toEqual({
      classId: 7,
      weekdays: [1, 3, 5],
      startTime: '08:00',
      jpPerDay: 8,
      breakMinutes: 60,
      fromDate: '2026-12-01',
      place: { kind: 'room', roomId: 2 },
      instructorIds: [5],
    });
  });
});

describe('weeks and the calendar', () => {
  it('prints by the Monday-to-Sunday week, offering this week or the next one with sessions', () => {
    expect(mondayOf('2026-12-13')).toBe('2026-12-07');
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
    const weeks = weeksOf(['2026-12-15', '2026-12-01', '2026-12-02', '2026-12-29']);
    expect(weeks).toEqual(['2026-11-30', '2026-12-14', '2026-12-28']);
    expect(defaultWeek(weeks, '2026-12-09')).toBe('2026-12-14');
    expect(defaultWeek(weeks, '2027-02-01')).toBe('2026-12-28');
    expect(defaultWeek([], '2027-02-01')).toBeNull();
  });

  it('loads the dates each view shows', () => {
    const wednesday = new Date(2026, 11, 9, 10);
    expect(visibleRange(wednesday, 'week', 'id')).toEqual({ from: '2026-12-07', to: '2026-12-13' });
    expect(visibleRange(wednesday, 'week', 'en')).toEqual({ from: '2026-12-06', to: '2026-12-12' });
    expect(visibleRange(wednesday, 'day', 'id')).toEqual({ from: '2026-12-09', to: '2026-12-09' });
    expect(visibleRange(wednesday, 'month', 'id')).toEqual({ from: '2026-11-24', to: '2027-01-07' });
  });

  it('turns a drop into sessions.move times, and refuses one spanning days or on the all-day row', () => {
    expect(movedTimes(new Date(2026, 11, 10, 9, 30), new Date(2026, 11, 10, 13, 30))).toEqual({
      date: '2026-12-10',
      startTime: '09:30',
      endTime: '13:30',
    });
    expect(movedTimes(new Date(2026, 11, 10, 22), new Date(2026, 11, 11, 1))).toBeNull();
    expect(movedTimes(new Date(2026, 11, 10), new Date(2026, 11, 10, 4), true)).toBeNull();
  });

  it('shows a session with its class and units at its wall-clock times', () => {
    const event = toEvent(session);
    expect(event.title).toBe('Operator Komputer Angkatan 1 · J.620100.001.01, J.620100.002.01');
    expect(event.start.getHours()).toBe(8);
    expect(event.end.getHours()).toBe(12);
  });

  it('narrows sessions.list by what the filter shows', () => {
    expect(filterInput({ kind: 'room', id: 2 })).toEqual({ roomId: 2 });
    expect(filterInput({ kind: 'instructor', id: null })).toEqual({});
  });
});

describe('the generation preview', () => {
  const plan: SchedulePlan = {
    classId: 7,
    totalJp: 16,
    scheduledJp: 0,
    sessions: [
      {
        date: '2026-12-01',
        startTime: '08:00',
        endTime: '15:00',
        jp: 8,
        units: [{ unitId: 1, code: 'U1', title: 'A', jp: 8 }],
      },
      {
        date: '2026-12-03',
        startTime: '08:00',
        endTime: '15:00',
        jp: 8,
        units: [{ unitId: 2, code: 'U2', title: 'B', jp: 8 }],
      },
    ],
    clashes: [
      {
        kind: 'room',
        date: '2026-12-03',
        plannedDate: '2026-12-03',
        startTime: '08:00',
        endTime: '12:00',
        otherSessionId: 40,
        otherClassId: 9,
        otherClassName: 'Desain Grafis Angkatan 2',
        resourceName: 'Lab Komputer A',
      },
    ],
    skippedHolidays: [{ date: '2026-12-02', name: 'Libur BLK' }],
    lastDate: '2026-12-03',
    fitsClassPeriod: false,
  };

  it('lists every clash naming the other class, the skipped holidays and the overrun', () => {
    renderUi(<PlanPreview plan={plan} classEndDate="2026-12-02" />);
    const alerts = screen.getAllByRole('alert');
    expect(alerts.map((alert) => alert.textContent).join(' ')).toContain('hari terakhir 3 Desember 2026');
    const clashes = screen.getByRole('alert', { name: /1 bentrok jadwal/ });
    expect(
      within(clashes).getByText(
        'Kamis, 3 Desember 2026, 08.00–12.00: Ruang Lab Komputer A sudah dipakai kelas Desain Grafis Angkatan 2.',
      ),
    ).toBeDefined();
    expect(screen.getByText('Rabu, 2 Desember 2026 — Libur BLK')).toBeDefined();
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });
});
