import type { ScheduledSession, WrittenFile } from '@shared/contract';
import type { Locale } from '@shared/domain';
import type { HandlerContext } from '../../context';
import { savePdfWhereClerkChooses } from '../../pdf/save';
import { buildTimetable, TIMETABLE_LABELS_EN, TIMETABLE_LABELS_ID, type TimetableDay } from '../../pdf/timetable';
import { readBlkProfile } from '../settings/queries';
import { addDays, mondayOf } from './generate';
import { listSessions, readClassForSchedule } from './queries';

/** "Jadwal-Operator_Komputer_Angkatan_1-2026-11-23.pdf": safe on Windows, says what it is. */
export function timetableFileName(className: string, weekStart: string): string {
  const safeName =
    className
      .replace(/[^A-Za-z0-9-]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 80) || 'Kelas';
  return `Jadwal-${safeName}-${weekStart}.pdf`;
}

function placeName(place: ScheduledSession['place']): string {
  if (!place) return '';
  return place.kind === 'room' ? place.name : [place.name, place.village].filter(Boolean).join(', ');
}

/**
 * The class's week, Monday to Saturday always (Sunday when something is on it), as a PDF the
 * clerk saves and opens; null when the save dialog is cancelled.
 */
export async function printTimetable(
  ctx: HandlerContext,
  classId: number,
  weekOf: string,
  locale: Locale,
): Promise<WrittenFile | null> {
  const klass = await readClassForSchedule(ctx.db, classId);
  const weekStart = mondayOf(weekOf);
  const weekEnd = addDays(weekStart, 6);
  const [blk, sessions, holidays] = await Promise.all([
    readBlkProfile(ctx.db),
    listSessions(ctx.db, { from: weekStart, to: weekEnd, classId }),
    ctx.db
      .selectFrom('holidays')
      .select(['date', 'name'])
      .where('date', '>=', weekStart)
      .where('date', '<=', weekEnd)
      .execute(),
  ]);
  const holidayOn = new Map(holidays.map((holiday) => [holiday.date, holiday.name]));
  const days: TimetableDay[] = [];
  for (let offset = 0; offset < 7; offset++) {
    const date = addDays(weekStart, offset);
    const onDay = sessions.filter((session) => session.date === date);
    if (offset === 6 && onDay.length === 0) continue;
    days.push({
      date,
      holiday: holidayOn.get(date) ?? null,
      sessions: onDay.map((session) => ({
        startTime: session.startTime,
        endTime: session.endTime,
        jp: session.jp,
        units: session.units,
        instructors: session.instructors.map((instructor) => instructor.fullName),
        place: placeName(session.place),
      })),
    });
  }
  const doc = buildTimetable(
    {
      blkName: blk.name,
      blkAddress: blk.address,
      className: klass.name,
      programName: klass.programName,
      weekStart,
      weekEnd,
      days,
    },
    locale === 'id' ? TIMETABLE_LABELS_ID : TIMETABLE_LABELS_EN,
  );
  return savePdfWhereClerkChooses(ctx.platform, doc, timetableFileName(klass.name, weekStart));
}
