/**
 * The back of a completion certificate: the competency units the trainee was trained and
 * assessed on, as the ministry's format lists them (code, title, JP, result), with the total.
 * Up to about 20 units fit one page; the type shrinks a step as the list grows.
 */
import type { Column, Content, TableCell } from 'pdfmake/interfaces';
import type { CertificateDocument } from './certificate-document';
import { breakLines, type Face, lineHeight, oneRunPerLine, setWidth } from './certificate-fonts';
import { accentRule, backFrame, CONTENT_WIDTH, INK, MARGIN_X, MUTED, PAGE_HEIGHT } from './certificate-frame';
import { FONT_FAMILY_SERIF } from './fonts';

export interface BackLabels {
  heading: string;
  headingEn: string;
  programme: string;
  name: string;
  no: string;
  code: string;
  title: string;
  jp: string;
  result: string;
  competent: string;
  notYetCompetent: string;
  total: string;
  /** [id, en] pairs for the header cells' small second line. */
  en: { no: string; code: string; title: string; jp: string; result: string; competent: string; notYet: string };
  serial: string;
}

export const BACK_LABELS: BackLabels = {
  heading: 'DAFTAR UNIT KOMPETENSI',
  headingEn: 'List of competency units',
  programme: 'Program Pelatihan',
  name: 'Nama',
  no: 'No',
  code: 'Kode Unit',
  title: 'Judul Unit Kompetensi',
  jp: 'JP',
  result: 'Hasil',
  competent: 'Kompeten',
  notYetCompetent: 'Belum Kompeten',
  total: 'Jumlah Jam Pelajaran',
  en: {
    no: 'No.',
    code: 'Unit code',
    title: 'Unit title',
    jp: 'Hours',
    result: 'Result',
    competent: 'Competent',
    notYet: 'Not yet competent',
  },
  serial: 'Nomor Sertifikat',
};

const HEAD_FILL = '#eef1f6';
const CELL_PADDING_X = 5;
const NO_WIDTH = 24;
const CODE_WIDTH = 110;
const JP_WIDTH = 34;
const EN_HEADER_SIZE = 7;

/** A cell's words in one of its faces: Indonesian upright, the English gloss smaller in italics. */
const english = (size: number): Face => ({ italics: true, fontSize: size });

/** The document's line height (certificate.ts defaultStyle), which table text inherits. */
const LINE_HEIGHT = 1.15;
/**
 * Room for the table between the heading block and the serial line at the foot, in points; the
 * heading block takes two lines when the programme or the name is long.
 */
const TABLE_ROOM = { oneLineHeading: 428, twoLineHeading: 414 };
const HEADING_COLUMN_WIDTH = (CONTENT_WIDTH - 16) / 2;

/** Type size and cell padding, from roomy to tight: the first whose table fits is used. */
interface Scale {
  size: number;
  pad: number;
}
const TIGHTEST: Scale = { size: 6.6, pad: 1 };
const SCALES: Scale[] = [
  { size: 10, pad: 4.5 },
  { size: 9.2, pad: 3.2 },
  { size: 8.2, pad: 2.4 },
  { size: 7.4, pad: 1.6 },
  TIGHTEST,
];

/** A header cell's words: the Indonesian heading, the English gloss smaller under it. */
function headerColumn(width: number, id: string, en: string, bilingual: boolean, align: 'left' | 'center'): Column {
  return {
    width,
    stack: [
      { text: id, bold: true, color: INK },
      ...(bilingual ? [{ text: en, italics: true, fontSize: EN_HEADER_SIZE, color: MUTED }] : []),
    ],
    alignment: align,
  };
}

const resultWords = (r: 'competent' | 'not_yet_competent', bilingual: boolean) => ({
  id: r === 'competent' ? BACK_LABELS.competent : BACK_LABELS.notYetCompetent,
  en: bilingual ? ` / ${r === 'competent' ? BACK_LABELS.en.competent : BACK_LABELS.en.notYet}` : '',
});

/** Column widths at a type size: every column is set, the title takes what the others leave. */
function columnWidths(units: CertificateDocument['facts']['units'], size: number, bilingual: boolean) {
  const L = BACK_LABELS;
  const result = Math.ceil(
    Math.max(
      setWidth(L.result, { bold: true, fontSize: size }),
      bilingual ? setWidth(L.en.result, english(EN_HEADER_SIZE)) : 0,
      ...units.map((u) => {
        const { id, en } = resultWords(u.result, bilingual);
        return setWidth(id, { fontSize: size }) + (en ? setWidth(en, english(size - 2)) : 0);
      }),
    ),
  );
  const title = CONTENT_WIDTH - NO_WIDTH - CODE_WIDTH - JP_WIDTH - result - 5 * 2 * CELL_PADDING_X;
  return { result, title };
}

/** Whether the programme and the name each fit their half of the line under the heading. */
function headingOnOneLine(f: CertificateDocument['facts']): boolean {
  const fits = (text: string) => breakLines(text, { bold: true, fontSize: 10 }, HEADING_COLUMN_WIDTH).length === 1;
  return fits(`${BACK_LABELS.programme}: ${f.programName}`) && fits(`${BACK_LABELS.name}: ${f.fullName}`);
}

/**
 * The roomiest scale at which the whole table fits the page, so front and back stay one sheet
 * whether a programme has 4 units or 25 with long titles; past that, the tightest.
 */
function fittingScale(doc: CertificateDocument, bilingual: boolean): Scale {
  const f = doc.facts;
  const room = headingOnOneLine(f) ? TABLE_ROOM.oneLineHeading : TABLE_ROOM.twoLineHeading;
  const tableHeight = ({ size, pad }: Scale): number => {
    const line = lineHeight({ fontSize: size }, LINE_HEIGHT);
    const header =
      lineHeight({ bold: true, fontSize: size }, LINE_HEIGHT) +
      (bilingual ? lineHeight(english(EN_HEADER_SIZE), LINE_HEIGHT) : 0);
    const { title } = columnWidths(f.units, size, bilingual);
    const titleLines = f.units.reduce((sum, u) => sum + breakLines(u.title, { fontSize: size }, title).length, 0);
    const rows = f.units.length + 2;
    return header + line * (titleLines + 1) + rows * 2 * pad + rows;
  };
  return SCALES.find((scale) => tableHeight(scale) <= room) ?? TIGHTEST;
}

export function backPage(doc: CertificateDocument, bilingual: boolean, reprintLine: string | null): Content {
  const L = BACK_LABELS;
  const f = doc.facts;
  const { size, pad } = fittingScale(doc, bilingual);
  const resultColumn = (r: 'competent' | 'not_yet_competent'): Column => {
    const { id, en } = resultWords(r, bilingual);
    return {
      width: resultWidth,
      text: en ? [id, { text: en, italics: true, fontSize: size - 2, color: MUTED }] : id,
      alignment: 'center',
      color: r === 'competent' ? '#111111' : '#8a1c14',
    };
  };
  // Every column has a set width and the titles are broken into lines here: pdfmake would
  // otherwise measure each word of the table as a run of its own (see certificate-fonts.ts).
  const { result: resultWidth, title: titleWidth } = columnWidths(f.units, size, bilingual);
  // Each row is one table cell holding the five columns, spaced as five cells with their padding
  // would be: pdfmake draws a table's rules and fills once per cell, so a five-column table cost
  // five line segments per rule and five rectangles for the header, most of the back's drawing.
  const row = (columns: Column[], fillColor?: string): TableCell[] => [
    { columns, columnGap: 2 * CELL_PADDING_X, ...(fillColor ? { fillColor } : {}) },
  ];
  const body: TableCell[][] = [
    row(
      [
        headerColumn(NO_WIDTH, L.no, L.en.no, bilingual, 'center'),
        headerColumn(CODE_WIDTH, L.code, L.en.code, bilingual, 'left'),
        headerColumn(titleWidth, L.title, L.en.title, bilingual, 'left'),
        headerColumn(JP_WIDTH, L.jp, L.en.jp, bilingual, 'center'),
        headerColumn(resultWidth, L.result, L.en.result, bilingual, 'center'),
      ],
      HEAD_FILL,
    ),
    ...f.units.map((u, i) =>
      row([
        { width: NO_WIDTH, text: String(i + 1), alignment: 'center' },
        { width: CODE_WIDTH, text: u.code, characterSpacing: 0.2 },
        { width: titleWidth, ...oneRunPerLine(breakLines(u.title, { fontSize: size }, titleWidth)) },
        { width: JP_WIDTH, text: String(u.jp), alignment: 'center' },
        resultColumn(u.result),
      ]),
    ),
    row([
      {
        width: NO_WIDTH + CODE_WIDTH + titleWidth + 2 * 2 * CELL_PADDING_X,
        text: L.total,
        alignment: 'right',
        bold: true,
      },
      { width: JP_WIDTH, text: String(f.totalJp), alignment: 'center', bold: true },
    ]),
  ];

  return {
    pageBreak: 'before',
    stack: [
      backFrame(),
      {
        text: L.heading,
        font: FONT_FAMILY_SERIF,
        bold: true,
        fontSize: 18,
        characterSpacing: 2.5,
        alignment: 'center',
        color: INK,
      },
      ...(bilingual
        ? [{ text: L.headingEn, italics: true, fontSize: 9, alignment: 'center' as const, color: MUTED }]
        : []),
      accentRule(110, [0, 5, 0, 7]),
      {
        columns: [
          {
            width: '*',
            text: [
              { text: `${L.programme}: `, color: MUTED },
              { text: f.programName, bold: true },
            ],
          },
          {
            width: '*',
            text: [
              { text: `${L.name}: `, color: MUTED },
              { text: f.fullName, bold: true },
            ],
            alignment: 'right',
          },
        ],
        columnGap: 16,
        fontSize: 10,
        // Wrapping splits each word into a run of its own; only a heading that needs it wraps.
        noWrap: headingOnOneLine(f),
        margin: [0, 0, 0, 8],
      },
      {
        table: { headerRows: 1, widths: [CONTENT_WIDTH - 2 * CELL_PADDING_X], body },
        fontSize: size,
        layout: {
          hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
            i === 0 || i === 1 || i === node.table.body.length - 1 || i === node.table.body.length ? 0.9 : 0.3,
          vLineWidth: () => 0,
          hLineColor: (i: number) => (i === 0 ? INK : i === 1 ? INK : '#b8c0cc'),
          paddingTop: () => pad,
          paddingBottom: () => pad,
          paddingLeft: () => CELL_PADDING_X,
          paddingRight: () => CELL_PADDING_X,
        },
      },
      {
        absolutePosition: { x: MARGIN_X, y: PAGE_HEIGHT - 44 },
        columns: [
          {
            text: [
              { text: `${L.serial}: `, color: MUTED },
              { text: doc.serial, bold: true, color: INK },
            ],
          },
          ...(reprintLine ? [{ text: reprintLine, alignment: 'right' as const, color: '#b3261e' }] : []),
        ],
        fontSize: 8,
      },
    ],
  };
}
