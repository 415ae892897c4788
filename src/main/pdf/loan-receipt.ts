/**
 * Berita acara serah terima (hand-over) and pengembalian (return) of workshop equipment: who
 * takes or brings back what, in which condition, with signature lines for both sides and the
 * head of the BLK.
 *
 * Written the way Indonesian offices write a berita acara: a letterhead, the title with its
 * number, "Pada hari ini ..." with the day and date in words, the two parties (PIHAK PERTAMA
 * hands over, PIHAK KEDUA receives; for a return the borrower is PIHAK PERTAMA), the list of
 * goods, the statement that they were received in the stated condition, and the signatures.
 * A long list flows onto further pages with its header repeated; the closing and the
 * signatures always stay together on one page.
 */
import type { Column, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AssetCondition, BorrowerKind } from '@shared/equipment';
import { formatDate } from '@shared/format';

export interface LoanReceiptDocument {
  kind: 'handover' | 'return';
  blk: { name: string; address: string; city: string; headName: string; headNip: string; headTitle: string };
  /** The loan's number as shown on screen, e.g. "PJM-0042". */
  loanNumber: string;
  /** ISO date of the hand-over (checked out on) or of the return. */
  date: string;
  borrowerKind: BorrowerKind;
  /** The instructor's, class's or MTU site's name. */
  borrower: string;
  responsibleName: string;
  purpose: string;
  checkedOutOn: string;
  dueOn: string;
  operatorName: string;
  items: {
    tag: string;
    name: string;
    brand: string;
    serialNumber: string;
    conditionOut: AssetCondition;
    conditionIn: AssetCondition | null;
    returnedOn: string | null;
    damageNote: string;
  }[];
}

export const CONDITION_WORDS: Readonly<Record<AssetCondition, string>> = {
  good: 'Baik',
  minor_damage: 'Rusak Ringan',
  major_damage: 'Rusak Berat',
};

const BORROWER_KIND_WORDS: Readonly<Record<BorrowerKind, string>> = {
  instructor: 'Instruktur',
  class: 'Kelas',
  mtu: 'Mobile Training Unit',
};

const DAY_NAMES = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

// A4 portrait: a wider left margin for the binder, as Indonesian office letters have.
const PAGE_WIDTH = 595.28;
const MARGIN_LEFT = 60;
const MARGIN_RIGHT = 48;
const CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
const INK = '#111111';
const MUTED = '#555555';
const HEADER_FILL = '#e8e8e8';
const DASH = '–';
const SIGNATURE_WIDTH = 200;
const HEAD_SIGNATURE_WIDTH = 260;

export function buildLoanReceiptPdf(doc: LoanReceiptDocument): TDocumentDefinitions {
  const isReturn = doc.kind === 'return';
  const title = isReturn ? 'BERITA ACARA PENGEMBALIAN PERALATAN' : 'BERITA ACARA SERAH TERIMA PERALATAN';
  const officer: Party = { name: doc.operatorName, role: `Petugas Peralatan ${doc.blk.name}` };
  const borrower: Party = { name: doc.responsibleName || doc.borrower, role: borrowerRole(doc) };
  const [first, second] = isReturn ? [borrower, officer] : [officer, borrower];
  const day = calendarDay(doc.date);

  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN_LEFT, 34, MARGIN_RIGHT, 34],
    info: { title: `${title} ${doc.loanNumber}`, subject: `${title} – ${doc.blk.name}` },
    defaultStyle: { fontSize: 9.5, lineHeight: 1.1, color: INK },
    footer: (page: number, pages: number) =>
      pages > 1
        ? {
            text: `${title} Nomor ${doc.loanNumber} · Halaman ${page} dari ${pages}`,
            alignment: 'right',
            fontSize: 7,
            color: MUTED,
            margin: [MARGIN_LEFT, 12, MARGIN_RIGHT, 0],
          }
        : null,
    content: [
      letterhead(doc.blk),
      { text: title, alignment: 'center', bold: true, fontSize: 12, decoration: 'underline', margin: [0, 10, 0, 1] },
      { text: `Nomor: ${doc.loanNumber}`, alignment: 'center', margin: [0, 0, 0, 10] },
      {
        text: [
          `Pada hari ini, ${DAY_NAMES[new Date(`${day}T00:00:00Z`).getUTCDay()]}, tanggal ${formatDate(day, 'id')}, `,
          `bertempat di ${doc.blk.name}, kami yang bertanda tangan di bawah ini:`,
        ],
        alignment: 'justify',
      },
      party('1.', first, 'PIHAK PERTAMA'),
      party('2.', second, 'PIHAK KEDUA'),
      { text: opening(doc), alignment: 'justify', margin: [0, 5, 0, 4] },
      loanDetails(doc),
      itemsTable(doc),
      closingAndSignatures(doc, first, second),
    ],
  };
}

type Inline = string | { text: string; bold: boolean };

interface Party {
  name: string;
  role: string;
}

function borrowerRole(doc: LoanReceiptDocument): string {
  const kind = BORROWER_KIND_WORDS[doc.borrowerKind];
  // Who exactly borrows (the class, the MTU site) is in the details under the opening.
  return doc.borrowerKind === 'instructor' ? kind : `Penanggung Jawab ${kind}`;
}

/** The calendar day of an ISO date, or of an instant as it falls in Paser (WITA). */
function calendarDay(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(new Date(iso));
}

function letterhead(blk: LoanReceiptDocument['blk']): Content {
  return {
    stack: [
      { text: blk.name.toUpperCase(), alignment: 'center', bold: true, fontSize: 14 },
      blk.address.trim()
        ? { text: blk.address, alignment: 'center', fontSize: 8.5, color: MUTED, margin: [0, 2, 0, 5] }
        : { text: '', margin: [0, 0, 0, 4] },
      // Thick over thin: how an Indonesian official letterhead (kop surat) ends.
      {
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1.8, lineColor: INK },
          { type: 'line', x1: 0, y1: 3, x2: CONTENT_WIDTH, y2: 3, lineWidth: 0.6, lineColor: INK },
        ],
      },
    ],
  };
}

function party(number: string, who: Party, called: string): Content {
  return {
    table: {
      widths: [14, 60, 6, '*'],
      body: [
        [number, 'Nama', ':', { text: orDash(who.name), bold: true }],
        ['', 'Jabatan', ':', orDash(who.role)],
        ['', { text: ['Selanjutnya disebut ', { text: called, bold: true }, '.'], colSpan: 3 }, '', ''],
      ],
      dontBreakRows: true,
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 0,
      paddingRight: () => 2,
      paddingTop: () => 0.5,
      paddingBottom: () => 0.5,
    },
    margin: [8, 3, 0, 0],
    lineHeight: 1.05,
    unbreakable: true,
  };
}

/** One run per style: pdfmake justifies a space at the start of a run as a word of its own. */
function opening(doc: LoanReceiptDocument): Inline[] {
  const purpose = doc.purpose.trim();
  const forPurpose = purpose ? ` untuk keperluan ${purpose}` : '';
  if (doc.kind === 'return') {
    return [
      { text: 'PIHAK PERTAMA', bold: true },
      ' mengembalikan kepada ',
      { text: 'PIHAK KEDUA', bold: true },
      ` peralatan milik ${doc.blk.name} yang dipinjam pada tanggal ${formatDate(doc.checkedOutOn, 'id')}${forPurpose}, dengan rincian sebagai berikut:`,
    ];
  }
  return [
    { text: 'PIHAK PERTAMA', bold: true },
    ' menyerahkan kepada ',
    { text: 'PIHAK KEDUA', bold: true },
    ` peralatan milik ${doc.blk.name} untuk dipinjam dan dipergunakan${forPurpose}, dengan rincian sebagai berikut:`,
  ];
}

function loanDetails(doc: LoanReceiptDocument): Content {
  const rows: [string, string][] = [
    ['Peminjam', `${BORROWER_KIND_WORDS[doc.borrowerKind]} – ${orDash(doc.borrower)}`],
    // A return's opening already says when it was borrowed.
    ...(doc.kind === 'return' ? [] : [['Tanggal pinjam', formatDate(doc.checkedOutOn, 'id')] as [string, string]]),
    ['Batas pengembalian', formatDate(doc.dueOn, 'id')],
  ];
  if (doc.kind === 'return') {
    const day = calendarDay(doc.date);
    const late = daysBetween(doc.dueOn, day);
    rows.push(['Tanggal kembali', `${formatDate(day, 'id')}${late > 0 ? ` (terlambat ${late} hari)` : ''}`]);
  }
  return {
    table: {
      widths: [110, 6, '*'],
      body: rows.map(([label, value]) => [label, ':', value]),
      dontBreakRows: true,
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 0,
      paddingRight: () => 2,
      paddingTop: () => 0.5,
      paddingBottom: () => 0.5,
    },
    margin: [22, 0, 0, 6],
    lineHeight: 1.05,
    unbreakable: true,
  };
}

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

function itemsTable(doc: LoanReceiptDocument): Content {
  const isReturn = doc.kind === 'return';
  const head = (text: string): TableCell => ({ text, bold: true, alignment: 'center', fillColor: HEADER_FILL });
  const header: TableCell[] = [
    head('No'),
    head('Kode Label'),
    head('Nama Alat'),
    head('Merk'),
    head('No. Seri'),
    head('Kondisi Keluar'),
    ...(isReturn ? [head('Kondisi Kembali'), head('Catatan Kerusakan')] : []),
  ];
  const returnDay = calendarDay(doc.date);
  const body: TableCell[][] = doc.items.map((item, index) => {
    const cells: TableCell[] = [
      { text: String(index + 1), alignment: 'center' },
      { text: item.tag, bold: true },
      item.name,
      orDash(item.brand),
      orDash(item.serialNumber),
      { text: CONDITION_WORDS[item.conditionOut], alignment: 'center' },
    ];
    if (isReturn) {
      const back = item.conditionIn;
      cells.push(
        back === null
          ? { text: 'Belum kembali', alignment: 'center', italics: true, color: MUTED }
          : {
              stack: [
                { text: CONDITION_WORDS[back], bold: back !== item.conditionOut },
                // Returned in an earlier batch than this record's date: say when.
                ...(item.returnedOn && item.returnedOn !== returnDay
                  ? [{ text: item.returnedOn.split('-').reverse().join('-'), fontSize: 6.5, color: MUTED }]
                  : []),
              ],
              alignment: 'center',
            },
        orDash(item.damageNote.trim()),
      );
    }
    return cells;
  });
  const count = doc.items.length;
  const total: TableCell[] = [
    { text: `Jumlah: ${count} unit`, colSpan: header.length, bold: true, alignment: 'right' },
    ...header.slice(1).map(() => ''),
  ];
  return {
    table: {
      headerRows: 1,
      // Never a lone header at the foot of a page.
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: isReturn ? [14, 50, '*', 44, 52, 38, 42, 80] : [18, 60, '*', 68, 76, 62],
      body: [header, ...body, total],
    },
    layout: {
      hLineWidth: () => 0.6,
      vLineWidth: () => 0.6,
      hLineColor: () => '#333333',
      vLineColor: () => '#333333',
      paddingLeft: () => 2.5,
      paddingRight: () => 2.5,
      paddingTop: () => 1.5,
      paddingBottom: () => 1.5,
    },
    fontSize: isReturn ? 7.5 : 8.5,
    lineHeight: 1.1,
  };
}

function closingAndSignatures(doc: LoanReceiptDocument, first: Party, second: Party): Content {
  const isReturn = doc.kind === 'return';
  const placeAndDate = `${doc.blk.city ? `${doc.blk.city}, ` : ''}${formatDate(calendarDay(doc.date), 'id')}`;
  const outstanding = doc.items.filter((item) => item.conditionIn === null).length;
  const received: Inline[] = isReturn
    ? [
        'Peralatan tersebut telah diterima kembali oleh ',
        { text: 'PIHAK KEDUA', bold: true },
        ` dalam keadaan sebagaimana tercantum pada kolom Kondisi Kembali di atas.${
          outstanding > 0
            ? ` Sebanyak ${outstanding} unit belum dikembalikan dan tetap menjadi tanggung jawab peminjam.`
            : ''
        }`,
      ]
    : [
        'Peralatan tersebut telah diterima oleh ',
        { text: 'PIHAK KEDUA', bold: true },
        ' dalam keadaan sebagaimana tercantum di atas, untuk dipergunakan dan dipelihara dengan baik serta ',
        'dikembalikan paling lambat tanggal ',
        { text: formatDate(doc.dueOn, 'id'), bold: true },
        '.',
      ];
  return {
    stack: [
      { text: received, alignment: 'justify', margin: [0, 6, 0, 2] },
      {
        text: 'Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
        alignment: 'justify',
      },
      {
        columns: [
          // The empty first line keeps both names on one level under the place and date.
          signature([' ', 'Yang Menyerahkan,', 'PIHAK PERTAMA'], first.name, null, SIGNATURE_WIDTH),
          { text: '', width: '*' },
          signature([placeAndDate, 'Yang Menerima,', 'PIHAK KEDUA'], second.name, null, SIGNATURE_WIDTH),
        ],
        margin: [0, 6, 0, 0],
      },
      {
        columns: [
          { text: '', width: '*' },
          signature(['Mengetahui,', doc.blk.headTitle], doc.blk.headName, doc.blk.headNip, HEAD_SIGNATURE_WIDTH),
          { text: '', width: '*' },
        ],
        margin: [0, 6, 0, 0],
      },
    ],
    // A signature separated from the text it signs, or from its name, would be worthless.
    unbreakable: true,
  };
}

function signature(heading: string[], name: string, nip: string | null, width: number): Column {
  return {
    width,
    lineHeight: 1,
    stack: [
      ...heading.map((line) => ({ text: line, alignment: 'center' as const, bold: line.startsWith('PIHAK') })),
      // Room for a signature and, on the head's side, the BLK stamp.
      { text: ' ', margin: [0, 0, 0, 26] },
      {
        text: orDash(name),
        alignment: 'center',
        bold: true,
        decoration: 'underline',
        fontSize: name.length > 36 ? 8.5 : 9.5,
      },
      ...(nip !== null ? [{ text: `NIP. ${orDash(nip)}`, alignment: 'center' as const }] : []),
    ],
  };
}

function orDash(value: string): string {
  return value.trim() === '' ? DASH : value;
}
