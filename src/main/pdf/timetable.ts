/**
 * "Jadwal Pelatihan": one class's week on A4 landscape, to pin on the workshop door and hand to
 * instructors. A letterhead, the class and the week, then one row per session (the day spans its
 * sessions): time, JP, competency units, instructors, place. Empty weekdays stay visible so a
 * missing day reads as "no training" rather than as a printing fault.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { type DisplayLocale, formatDate } from '@shared/format';

export interface TimetableSession {
  startTime: string;
  endTime: string;
  jp: number;
  units: { code: string; title: string; jp: number }[];
  instructors: string[];
  place: string;
}

export interface TimetableDay {
  date: string; // ISO
  /** The holiday's name when the day is one. */
  holiday: string | null;
  sessions: TimetableSession[];
}

export interface TimetableData {
  blkName: string;
  blkAddress: string;
  className: string;
  programName: string;
  weekStart: string; // ISO, a Monday
  weekEnd: string; // ISO, the Sunday after
  days: TimetableDay[];
}

export interface TimetableLabels {
  title: string;
  programme: string;
  className: string;
  week: string;
  day: string;
  time: string;
  jp: string;
  units: string;
  instructors: string;
  place: string;
  holiday: string;
  noSession: string;
  totalJp: string;
  /** Monday first. */
  weekdays: readonly [string, string, string, string, string, string, string];
}

export const TIMETABLE_LABELS_ID: TimetableLabels = {
  title: 'JADWAL PELATIHAN',
  programme: 'Program Pelatihan',
  className: 'Kelas / Paket',
  week: 'Minggu',
  day: 'Hari / Tanggal',
  time: 'Waktu',
  jp: 'JP',
  units: 'Unit Kompetensi',
  instructors: 'Instruktur',
  place: 'Tempat',
  holiday: 'Libur',
  noSession: 'Tidak ada pelatihan',
  totalJp: 'Jumlah JP minggu ini',
  weekdays: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
};

export const TIMETABLE_LABELS_EN: TimetableLabels = {
  title: 'TRAINING TIMETABLE',
  programme: 'Training programme',
  className: 'Class',
  week: 'Week',
  day: 'Day / Date',
  time: 'Time',
  jp: 'JP',
  units: 'Competency units',
  instructors: 'Instructors',
  place: 'Place',
  holiday: 'Holiday',
  noSession: 'No training',
  totalJp: 'JP this week',
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

// A4 landscape is 841.89 x 595.28 pt; 1.27 cm margins suit office printers.
const MARGIN = 36;
const CONTENT_WIDTH = 841.89 - 2 * MARGIN;
const INK = '#1b2a41';
const MUTED = '#555555';
const HEADER_FILL = '#e8edf3';
const PLACEHOLDER = '–';

function weekdayName(labels: TimetableLabels, isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return labels.weekdays[(day + 6) % 7] ?? '';
}

export function buildTimetable(
  data: TimetableData,
  labels: TimetableLabels = TIMETABLE_LABELS_ID,
  locale: DisplayLocale = labels === TIMETABLE_LABELS_EN ? 'en' : 'id',
): TDocumentDefinitions {
  const week = `${formatDate(data.weekStart, locale)} – ${formatDate(data.weekEnd, locale)}`;
  const totalJp = data.days.reduce(
    (sum, day) => sum + day.sessions.reduce((inner, session) => inner + session.jp, 0),
    0,
  );
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    info: {
      title: `${labels.title} ${data.className} ${data.weekStart}`,
      subject: `${labels.title} – ${data.blkName}`,
    },
    defaultStyle: { fontSize: 9.5, lineHeight: 1.1, color: '#111111' },
    content: [
      letterhead(data.blkName, data.blkAddress),
      {
        text: labels.title,
        alignment: 'center',
        bold: true,
        fontSize: 14,
        characterSpacing: 1.2,
        color: INK,
        margin: [0, 10, 0, 6],
      },
      {
        columns: [
          {
            text: [
              { text: `${labels.programme}: `, color: MUTED },
              { text: data.programName, bold: true },
            ],
            width: '*',
          },
          {
            text: [
              { text: `${labels.className}: `, color: MUTED },
              { text: data.className, bold: true },
            ],
            width: '*',
          },
          {
            text: [
              { text: `${labels.week}: `, color: MUTED },
              { text: week, bold: true },
            ],
            width: 'auto',
          },
        ],
        columnGap: 12,
        margin: [0, 0, 0, 8],
      },
      sessionsTable(data, labels, locale),
      { text: `${labels.totalJp}: ${totalJp}`, alignment: 'right', bold: true, margin: [0, 6, 0, 0] },
    ],
  };
}

function letterhead(blkName: string, blkAddress: string): Content {
  return {
    stack: [
      { text: blkName.toUpperCase(), alignment: 'center', bold: true, fontSize: 13, color: INK },
      { text: blkAddress, alignment: 'center', fontSize: 8.5, color: MUTED, margin: [0, 2, 0, 5] },
      // Thick over thin: how an Indonesian official letterhead (kop surat) ends.
      { canvas: [rule(1.6, 0), rule(0.5, 3)] },
    ],
  };
}

function rule(lineWidth: number, y: number) {
  return { type: 'line' as const, x1: 0, y1: y, x2: CONTENT_WIDTH, y2: y, lineWidth, lineColor: INK };
}

function sessionsTable(data: TimetableData, labels: TimetableLabels, locale: DisplayLocale): Content {
  const header: TableCell[] = [labels.day, labels.time, labels.jp, labels.units, labels.instructors, labels.place].map(
    (text) => ({ text, bold: true, fillColor: HEADER_FILL, color: INK }),
  );
  const body: TableCell[][] = [header];
  // Rows that open a new day get a heavier rule above them.
  const dayStarts = new Set<number>();
  for (const day of data.days) {
    dayStarts.add(body.length);
    const dayCell = (rowSpan: number): TableCell => ({
      stack: [
        { text: weekdayName(labels, day.date), bold: true },
        { text: formatDate(day.date, locale), color: MUTED },
      ],
      rowSpan,
    });
    if (day.sessions.length === 0) {
      const note = day.holiday === null ? labels.noSession : `${labels.holiday}: ${day.holiday}`;
      body.push([dayCell(1), { text: note, colSpan: 5, color: MUTED, italics: true }, '', '', '', '']);
      continue;
    }
    day.sessions.forEach((session, index) => {
      body.push([
        index === 0 ? dayCell(day.sessions.length) : '',
        { text: `${session.startTime}–${session.endTime}`, noWrap: true },
        { text: String(session.jp), alignment: 'center' },
        session.units.length === 0
          ? PLACEHOLDER
          : {
              stack: session.units.map((unit) => ({
                text: [
                  { text: unit.code, bold: true },
                  ` ${unit.title}`,
                  session.units.length > 1 ? { text: ` (${unit.jp} JP)`, color: MUTED } : '',
                ],
                margin: [0, 0, 0, 2],
              })),
            },
        session.instructors.length === 0 ? PLACEHOLDER : { stack: session.instructors.map((name) => ({ text: name })) },
        session.place === '' ? PLACEHOLDER : session.place,
      ]);
    });
  }
  return {
    table: { headerRows: 1, widths: [92, 62, 24, '*', 150, 130], body, dontBreakRows: true },
    layout: {
      hLineWidth: (i: number) => (i === 0 || i === 1 || i === body.length ? 1 : dayStarts.has(i) ? 0.8 : 0.3),
      vLineWidth: () => 0.3,
      hLineColor: (i: number) => (i <= 1 || i === body.length || dayStarts.has(i) ? INK : '#aaaaaa'),
      vLineColor: () => '#aaaaaa',
      paddingTop: () => 4,
      paddingBottom: () => 4,
      paddingLeft: () => 5,
      paddingRight: () => 5,
    },
  };
}
