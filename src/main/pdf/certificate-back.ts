/**
 * The back of a completion certificate: the competency units the trainee was trained and
 * assessed on, as the ministry's format lists them (code, title, JP, result), with the total.
 * Up to about 20 units fit one page; the type shrinks a step as the list grows.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { CertificateDocument } from './certificate-document';
import { accentRule, backFrame, INK, MUTED, PAGE_HEIGHT } from './certificate-frame';
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

/** Body type size by number of units: 10 pt for a short list, 8.5 pt near 20 units. */
function bodySize(units: number): number {
  if (units <= 10) return 10;
  if (units <= 15) return 9.2;
  return 8.2;
}

function headerCell(id: string, en: string, bilingual: boolean, align: 'left' | 'center'): TableCell {
  const cell: TableCell = {
    stack: [
      { text: id, bold: true, color: INK },
      ...(bilingual ? [{ text: en, italics: true, fontSize: 7, color: MUTED }] : []),
    ],
    alignment: align,
    fillColor: HEAD_FILL,
  };
  return cell;
}

export function backPage(doc: CertificateDocument, bilingual: boolean, reprintLine: string | null): Content {
  const L = BACK_LABELS;
  const f = doc.facts;
  const size = bodySize(f.units.length);
  const pad = f.units.length > 15 ? 2.4 : f.units.length > 10 ? 3.2 : 4.5;
  const resultCell = (r: 'competent' | 'not_yet_competent'): TableCell => {
    const id = r === 'competent' ? L.competent : L.notYetCompetent;
    const en = r === 'competent' ? L.en.competent : L.en.notYet;
    return {
      text: bilingual ? [id, { text: ` / ${en}`, italics: true, fontSize: size - 2, color: MUTED }] : id,
      alignment: 'center',
      color: r === 'competent' ? '#111111' : '#8a1c14',
    };
  };
  const body: TableCell[][] = [
    [
      headerCell(L.no, L.en.no, bilingual, 'center'),
      headerCell(L.code, L.en.code, bilingual, 'left'),
      headerCell(L.title, L.en.title, bilingual, 'left'),
      headerCell(L.jp, L.en.jp, bilingual, 'center'),
      headerCell(L.result, L.en.result, bilingual, 'center'),
    ],
    ...f.units.map((u, i): TableCell[] => [
      { text: String(i + 1), alignment: 'center' },
      { text: u.code, characterSpacing: 0.2 },
      { text: u.title },
      { text: String(u.jp), alignment: 'center' },
      resultCell(u.result),
    ]),
    [
      { text: L.total, colSpan: 3, alignment: 'right', bold: true },
      {},
      {},
      { text: String(f.totalJp), alignment: 'center', bold: true },
      {},
    ],
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
      ...(bilingual ? [{ text: L.headingEn, italics: true, fontSize: 9, alignment: 'center' as const, color: MUTED }] : []),
      accentRule(110, [0, 5, 0, 7]),
      {
        columns: [
          { width: '*', text: [{ text: `${L.programme}: `, color: MUTED }, { text: f.programName, bold: true }] },
          {
            width: '*',
            text: [{ text: `${L.name}: `, color: MUTED }, { text: f.fullName, bold: true }],
            alignment: 'right',
          },
        ],
        columnGap: 16,
        fontSize: 10,
        margin: [0, 0, 0, 8],
      },
      {
        table: { headerRows: 1, widths: [24, 110, '*', 34, 'auto'], body },
        fontSize: size,
        layout: {
          hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
            i === 0 || i === 1 || i === node.table.body.length - 1 || i === node.table.body.length ? 0.9 : 0.3,
          vLineWidth: () => 0,
          hLineColor: (i: number) => (i === 0 ? INK : i === 1 ? INK : '#b8c0cc'),
          paddingTop: () => pad,
          paddingBottom: () => pad,
          paddingLeft: () => 5,
          paddingRight: () => 5,
        },
      },
      {
        absolutePosition: { x: 64, y: PAGE_HEIGHT - 44 },
        columns: [
          { text: [{ text: `${L.serial}: `, color: MUTED }, { text: doc.serial, bold: true, color: INK }] },
          ...(reprintLine ? [{ text: reprintLine, alignment: 'right' as const, color: '#b3261e' }] : []),
        ],
        fontSize: 8,
      },
    ],
  };
}
