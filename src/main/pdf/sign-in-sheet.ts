/**
 * "Daftar Hadir Peserta": the sheet passed round the workshop for trainees to sign. A4 portrait,
 * letterhead, what the session (or week) is, then one row per trainee with a signature box per
 * session day, and the instructors' signatures under it. In a one-day sheet the signature cells
 * alternate left and right with the row number, as on Indonesian attendance sheets, so that
 * neighbours' signatures never run into each other.
 */
import type { Column, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { type DisplayLocale, formatDate } from '@shared/format';

export interface SignInSheetDay {
  date: string; // ISO date
  /** "08:00–12:00", one entry per session of the day. */
  times: string[];
  jp: number;
}

export interface SignInSheetData {
  blkName: string;
  blkAddress: string;
  programName: string;
  className: string;
  place: string;
  days: SignInSheetDay[];
  instructors: string[];
  trainees: {
    fullName: string;
    registrationNo: string;
    /** Days before this one are greyed out (joined later). */
    joinedOn: string | null;
  }[];
}

export interface SignInSheetLabels {
  title: string;
  programme: string;
  className: string;
  place: string;
  date: string;
  week: string;
  time: string;
  jp: string;
  instructor: string;
  no: string;
  name: string;
  registrationNo: string;
  signature: string;
  instructorSignature: string;
  notJoined: string;
}

export const SIGN_IN_SHEET_LABELS_ID: SignInSheetLabels = {
  title: 'DAFTAR HADIR PESERTA PELATIHAN',
  programme: 'Program Pelatihan',
  className: 'Kelas / Paket',
  place: 'Tempat',
  date: 'Hari / Tanggal',
  week: 'Minggu',
  time: 'Waktu',
  jp: 'Jumlah JP',
  instructor: 'Instruktur',
  no: 'No',
  name: 'Nama Peserta',
  registrationNo: 'No. Pendaftaran',
  signature: 'Tanda Tangan',
  instructorSignature: 'Instruktur',
  notJoined: 'Sel abu-abu: peserta belum bergabung pada tanggal tersebut.',
};

export const SIGN_IN_SHEET_LABELS_EN: SignInSheetLabels = {
  title: 'TRAINEE ATTENDANCE SHEET',
  programme: 'Training programme',
  className: 'Class',
  place: 'Place',
  date: 'Day / Date',
  week: 'Week',
  time: 'Time',
  jp: 'JP',
  instructor: 'Instructor',
  no: 'No',
  name: 'Trainee name',
  registrationNo: 'Registration No.',
  signature: 'Signature',
  instructorSignature: 'Instructor',
  notJoined: 'Grey cells: the trainee had not joined the class on that date.',
};

const MARGIN_X = 40;
const A4_SHORT = 595.28;
const A4_LONG = 841.89;
const NO_WIDTH = 20;
const REGISTRATION_WIDTH = 74;
const CELL_PADDING = 8;
const INK = '#1b2a41';
const MUTED = '#555555';
const GREY = '#d9d9d9';

/**
 * One day prints portrait with a wide signature column; a week prints landscape, because seven
 * signature boxes next to a full name do not fit across a portrait page.
 */
export function buildSignInSheet(
  data: SignInSheetData,
  labels: SignInSheetLabels,
  locale: DisplayLocale,
): TDocumentDefinitions {
  const oneDay = data.days.length === 1;
  const contentWidth = (oneDay ? A4_SHORT : A4_LONG) - 2 * MARGIN_X;
  const dayName = (date: string) =>
    new Date(`${date}T00:00:00Z`).toLocaleDateString(locale === 'id' ? 'id-ID' : 'en-GB', {
      weekday: 'long',
      timeZone: 'UTC',
    });
  const first = data.days[0];
  const last = data.days[data.days.length - 1];
  const when =
    !first || !last
      ? []
      : oneDay
        ? [
            [labels.date, `${dayName(first.date)}, ${formatDate(first.date, locale)}`] as const,
            [labels.time, first.times.join(', ')] as const,
          ]
        : [[labels.week, `${formatDate(first.date, locale)} – ${formatDate(last.date, locale)}`] as const];
  const totalJp = data.days.reduce((sum, day) => sum + day.jp, 0);
  return {
    pageSize: 'A4',
    pageOrientation: oneDay ? 'portrait' : 'landscape',
    pageMargins: [MARGIN_X, 28, MARGIN_X, 36],
    info: { title: `${labels.title} – ${data.className}` },
    defaultStyle: { fontSize: 9, lineHeight: 1.1, color: '#111111' },
    footer: (page: number, pages: number) => ({
      text: `${data.className} · ${page}/${pages}`,
      alignment: 'right',
      fontSize: 7,
      color: MUTED,
      margin: [MARGIN_X, 12, MARGIN_X, 0],
    }),
    content: [
      letterhead(data.blkName, data.blkAddress, contentWidth),
      {
        text: labels.title,
        alignment: 'center',
        bold: true,
        fontSize: 13,
        characterSpacing: 1,
        color: INK,
        margin: [0, 10, 0, 8],
      },
      details([
        [labels.programme, data.programName],
        [labels.className, data.className],
        ...(data.place ? [[labels.place, data.place] as const] : []),
        ...when,
        [labels.jp, `${totalJp} JP`],
        [labels.instructor, data.instructors.length > 0 ? data.instructors.join(', ') : '–'],
      ]),
      traineeTable(data, labels, locale, dayName, contentWidth),
      ...(!oneDay && data.trainees.some((t) => t.joinedOn && first && t.joinedOn > first.date)
        ? [{ text: labels.notJoined, fontSize: 7, color: MUTED, margin: [0, 3, 0, 0] } as Content]
        : []),
      instructorSignatures(data.instructors, labels),
    ],
  };
}

function letterhead(blkName: string, blkAddress: string, contentWidth: number): Content {
  return {
    stack: [
      { text: blkName.toUpperCase(), alignment: 'center', bold: true, fontSize: 13, color: INK },
      { text: blkAddress, alignment: 'center', fontSize: 8, color: MUTED, margin: [0, 2, 0, 5] },
      // Thick over thin: how an Indonesian official letterhead (kop surat) ends.
      {
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: contentWidth, y2: 0, lineWidth: 1.6, lineColor: INK },
          { type: 'line', x1: 0, y1: 3, x2: contentWidth, y2: 3, lineWidth: 0.5, lineColor: INK },
        ],
      },
    ],
  };
}

function details(rows: (readonly [string, string])[]): Content {
  return {
    table: {
      widths: [95, 6, '*'],
      body: rows.map(([label, value]) => [
        { text: label, color: MUTED },
        { text: ':', color: MUTED },
        { text: value || '–', bold: label !== '' },
      ]),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 8],
  };
}

function traineeTable(
  data: SignInSheetData,
  labels: SignInSheetLabels,
  locale: DisplayLocale,
  dayName: (date: string) => string,
  contentWidth: number,
): Content {
  const oneDay = data.days.length === 1;
  // Leave the name at least 190 pt (a long Indonesian name on one line); pdfmake adds 8 pt of
  // padding to every column on top of its width.
  const columns = 3 + data.days.length;
  const forDays = contentWidth - NO_WIDTH - REGISTRATION_WIDTH - 190 - columns * CELL_PADDING;
  const dayWidth = oneDay ? 180 : Math.min(90, Math.floor(forDays / data.days.length));
  const header: TableCell[] = [
    { text: labels.no, bold: true, alignment: 'center' },
    { text: labels.name, bold: true },
    { text: labels.registrationNo, bold: true },
    ...(oneDay
      ? [{ text: labels.signature, bold: true, alignment: 'center' as const }]
      : data.days.map((day) => ({
          stack: [
            { text: dayName(day.date), fontSize: 7 },
            { text: formatDate(day.date, locale).replace(/ (\d{4})$/, ''), bold: true, fontSize: 7.5 },
          ],
          alignment: 'center' as const,
        }))),
  ];
  const body: TableCell[][] = data.trainees.map((trainee, index) => {
    const no = index + 1;
    const cells: TableCell[] = oneDay
      ? [
          {
            text: `${no}. ..................`,
            alignment: no % 2 === 1 ? 'left' : 'right',
            color: MUTED,
            fontSize: 8,
            margin: [2, 7, 2, 0],
          },
        ]
      : data.days.map((day) =>
          trainee.joinedOn && day.date < trainee.joinedOn ? { text: '', fillColor: GREY } : { text: '' },
        );
    return [
      { text: String(no), alignment: 'center', margin: [0, 5, 0, 0] },
      { text: trainee.fullName, margin: [0, 5, 0, 0] },
      { text: trainee.registrationNo, fontSize: 7.5, margin: [0, 6, 0, 0] },
      ...cells,
    ];
  });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [NO_WIDTH, '*', REGISTRATION_WIDTH, ...data.days.map(() => dayWidth)],
      // A row tall enough for a signature by hand.
      heights: (row: number) => (row === 0 ? 18 : 23),
      body: [header, ...body],
    },
    layout: {
      hLineWidth: () => 0.6,
      vLineWidth: () => 0.6,
      hLineColor: () => '#444444',
      vLineColor: () => '#444444',
      fillColor: (row: number) => (row === 0 ? '#eef1f5' : null),
    },
  };
}

function instructorSignatures(instructors: string[], labels: SignInSheetLabels): Content {
  const names = instructors.length > 0 ? instructors : [''];
  const block = (name: string): Column => ({
    stack: [
      { text: `${labels.instructorSignature},`, alignment: 'center' },
      { text: ' ', margin: [0, 0, 0, 30] },
      { canvas: [{ type: 'line', x1: 10, y1: 0, x2: 150, y2: 0, lineWidth: 0.6, lineColor: '#333333' }] },
      { text: name || ' ', alignment: 'center', bold: true, margin: [0, 2, 0, 0] },
    ],
    width: 160,
  });
  return {
    columns: [{ text: '', width: '*' }, ...names.slice(0, 3).map(block)],
    columnGap: 10,
    margin: [0, 14, 0, 0],
    unbreakable: true,
  };
}
