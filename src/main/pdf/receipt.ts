/**
 * "Tanda Terima Pendaftaran": the slip a walk-in takes home after enrolling. A5 portrait, the
 * size most BLK front desks print slips on (or A4 folded), with a letterhead, the registration
 * number big enough to read out over the phone, the person's and the class's details, what to
 * bring to daftar ulang, and two signatures.
 */
import type { Column, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { type DisplayLocale, formatDate, formatDateTime } from '@shared/format';

export interface ReceiptData {
  blkName: string;
  blkAddress: string;
  registrationNo: string;
  issuedAt: string; // ISO instant; show as date and time in WITA
  participant: {
    fullName: string;
    nik: string;
    birthPlace: string;
    birthDate: string /* ISO date */;
    sex: 'L' | 'P';
    phone: string;
    address: string;
  };
  klass: { name: string; programName: string; startDate: string; endDate: string /* ISO dates */ };
  status: string; // already translated status label, e.g. 'Terdaftar' or 'Peserta cadangan (urutan 2)'
  operatorName: string;
}

export interface ReceiptLabels {
  title: string;
  registrationNo: string;
  date: string;
  name: string;
  nik: string;
  birth: string;
  sex: string;
  sexL: string;
  sexP: string;
  phone: string;
  address: string;
  programme: string;
  className: string;
  classDates: string;
  status: string;
  officer: string;
  applicant: string;
  note: string;
}

export const RECEIPT_LABELS_ID: ReceiptLabels = {
  title: 'TANDA TERIMA PENDAFTARAN',
  registrationNo: 'Nomor Pendaftaran',
  date: 'Tanggal',
  name: 'Nama Lengkap',
  nik: 'NIK',
  birth: 'Tempat, Tanggal Lahir',
  sex: 'Jenis Kelamin',
  sexL: 'Laki-laki',
  sexP: 'Perempuan',
  phone: 'No. HP / WA',
  address: 'Alamat',
  programme: 'Program Pelatihan',
  className: 'Kelas / Paket',
  classDates: 'Jadwal Pelatihan',
  status: 'Status',
  officer: 'Petugas Pendaftaran',
  applicant: 'Pendaftar',
  note:
    'Simpan tanda terima ini. Pada saat daftar ulang, bawa tanda terima ini beserta fotokopi KTP ' +
    'dan fotokopi ijazah terakhir. Pendaftaran belum berarti diterima sebagai peserta; hasil ' +
    'seleksi akan diberitahukan oleh petugas BLK.',
};

export const RECEIPT_LABELS_EN: ReceiptLabels = {
  title: 'REGISTRATION RECEIPT',
  registrationNo: 'Registration No.',
  date: 'Date',
  name: 'Full name',
  nik: 'NIK (ID number)',
  birth: 'Place and date of birth',
  sex: 'Sex',
  sexL: 'Male',
  sexP: 'Female',
  phone: 'Phone / WhatsApp',
  address: 'Address',
  programme: 'Training programme',
  className: 'Class',
  classDates: 'Training dates',
  status: 'Status',
  officer: 'Registration officer',
  applicant: 'Applicant',
  note:
    'Keep this receipt. For re-registration (daftar ulang), bring it together with a copy of ' +
    'your KTP (identity card) and of your latest school certificate (ijazah). Registering does ' +
    'not yet mean acceptance; BLK staff will tell you the selection result.',
};

// A5 portrait is 419.53 x 595.28 pt. 1 cm top/bottom and 1.27 cm sides stay inside what office
// laser and inkjet printers can reach, and leave room for a long name and address on one page.
const MARGIN_X = 36;
const MARGIN_Y = 28;
const CONTENT_WIDTH = 419.53 - 2 * MARGIN_X;
const INK = '#1b2a41';
const MUTED = '#555555';
const RULE = '#1b2a41';
const PLACEHOLDER = '–';
const SIGNATURE_WIDTH = 160;

/**
 * Builds the receipt. `locale` decides month names and time style; by default it follows the
 * labels, so passing RECEIPT_LABELS_EN alone gives an all-English slip.
 */
export function buildRegistrationReceipt(
  data: ReceiptData,
  labels: ReceiptLabels = RECEIPT_LABELS_ID,
  locale: DisplayLocale = labels === RECEIPT_LABELS_EN ? 'en' : 'id',
): TDocumentDefinitions {
  const p = data.participant;
  const k = data.klass;
  const birth = [p.birthPlace.trim(), p.birthDate ? formatDate(p.birthDate, locale) : ''].filter(Boolean).join(', ');

  return {
    pageSize: 'A5',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN_X, MARGIN_Y, MARGIN_X, MARGIN_Y],
    info: { title: `${labels.title} ${data.registrationNo}`, subject: `${labels.title} – ${data.blkName}` },
    defaultStyle: { fontSize: 9, lineHeight: 1.1, color: '#111111' },
    content: [
      letterhead(data.blkName, data.blkAddress),
      {
        text: labels.title,
        alignment: 'center',
        bold: true,
        fontSize: 12.5,
        characterSpacing: 1.2,
        color: INK,
        margin: [0, 10, 0, 8],
      },
      numberBanner(data, labels, locale),
      detailsTable([
        [labels.name, { text: orDash(p.fullName), bold: true }],
        [labels.nik, { text: orDash(p.nik), characterSpacing: 0.6 }],
        [labels.birth, orDash(birth)],
        [labels.sex, p.sex === 'L' ? labels.sexL : labels.sexP],
        [labels.phone, orDash(p.phone)],
        [labels.address, orDash(p.address)],
      ]),
      { canvas: [hr(0.5, '#bbbbbb')], margin: [0, 4, 0, 4] },
      detailsTable([
        [labels.programme, { text: orDash(k.programName), bold: true }],
        [labels.className, orDash(k.name)],
        [labels.classDates, `${formatDate(k.startDate, locale)} – ${formatDate(k.endDate, locale)}`],
        [labels.status, { text: orDash(data.status), bold: true, color: INK }],
      ]),
      noteBox(labels.note),
      signatures(labels, data.operatorName, p.fullName),
    ],
  };
}

function letterhead(blkName: string, blkAddress: string): Content {
  return {
    stack: [
      { text: blkName.toUpperCase(), alignment: 'center', bold: true, fontSize: 12, color: INK },
      { text: blkAddress, alignment: 'center', fontSize: 8, color: MUTED, margin: [0, 2, 0, 5] },
      // The thick-over-thin double rule is how Indonesian official letterheads (kop surat) end.
      { canvas: [hr(1.6, RULE), { ...hr(0.5, RULE), y1: 3, y2: 3 }] },
    ],
  };
}

function numberBanner(data: ReceiptData, labels: ReceiptLabels, locale: DisplayLocale): Content {
  return {
    table: {
      widths: ['*', 'auto'],
      body: [
        [
          {
            stack: [
              { text: labels.registrationNo, fontSize: 7.5, color: MUTED },
              { text: data.registrationNo, bold: true, fontSize: 16, color: INK, characterSpacing: 0.8 },
              {
                text: `${labels.date}: ${formatDateTime(data.issuedAt, locale)}`,
                fontSize: 7.5,
                color: MUTED,
                margin: [0, 2, 0, 0],
              },
            ],
            margin: [4, 3, 0, 3],
          },
          // Only the number goes into the QR: the slip may be lost, and a code full of personal
          // data would be read by whoever finds it. At daftar ulang a scanner finds the record.
          { qr: data.registrationNo, fit: 48, margin: [0, 2, 2, 2], alignment: 'right' },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0.8,
      vLineWidth: (i: number) => (i === 1 ? 0 : 0.8),
      hLineColor: () => INK,
      vLineColor: () => INK,
      fillColor: () => '#f1f4f8',
      paddingLeft: () => 6,
      paddingRight: () => 6,
    },
    margin: [0, 0, 0, 8],
  };
}

type Row = [string, string | { text: string; bold?: boolean; color?: string; characterSpacing?: number }];

function detailsTable(rows: Row[]): Content {
  const body: TableCell[][] = rows.map(([label, value]) => [
    { text: label, color: MUTED },
    { text: ':', color: MUTED },
    typeof value === 'string' ? { text: value } : value,
  ]);
  return {
    table: { widths: [104, 6, '*'], body, dontBreakRows: true },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 0,
      paddingRight: () => 2,
      paddingTop: () => 1,
      paddingBottom: () => 1,
    },
  };
}

function noteBox(note: string): Content {
  return {
    table: { widths: ['*'], body: [[{ text: note, fontSize: 7.5, lineHeight: 1.2, margin: [4, 3, 4, 3] }]] },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => '#999999',
      vLineColor: () => '#999999',
      // A dashed hairline reads as instructions to the trainee, not as a field to fill in.
      hLineStyle: () => ({ dash: { length: 2, space: 2 } }),
      vLineStyle: () => ({ dash: { length: 2, space: 2 } }),
    },
    margin: [0, 8, 0, 0],
  };
}

function signatures(labels: ReceiptLabels, officer: string, applicant: string): Content {
  const block = (role: string, name: string): Column => ({
    stack: [
      { text: `${role},`, alignment: 'center' },
      // Room for a signature and, on the officer's side, the BLK stamp.
      { text: ' ', margin: [0, 0, 0, 32] },
      {
        canvas: [{ type: 'line', x1: 8, y1: 0, x2: SIGNATURE_WIDTH - 8, y2: 0, lineWidth: 0.6, lineColor: '#333333' }],
      },
      // A very long name would wrap into a tower and push the block off the page.
      {
        text: orDash(name),
        alignment: 'center',
        bold: true,
        fontSize: name.length > 60 ? 7.5 : 9,
        margin: [0, 2, 0, 0],
      },
    ],
    width: SIGNATURE_WIDTH,
  });
  return {
    columns: [block(labels.officer, officer), { text: '', width: '*' }, block(labels.applicant, applicant)],
    margin: [0, 12, 0, 0],
    // A signature separated from its name by a page break would be worthless.
    unbreakable: true,
  };
}

function hr(lineWidth: number, color: string) {
  return { type: 'line' as const, x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth, lineColor: color };
}

function orDash(value: string): string {
  return value.trim() === '' ? PLACEHOLDER : value;
}
