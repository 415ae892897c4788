/**
 * "Sertifikat Pelatihan": the BLK's completion certificate, A4 landscape, front and back per
 * trainee. The front carries what a reader checks at a glance (who, which programme, how many
 * JP, when, signed by whom) and the QR that proves it offline; the back lists the competency
 * units. Indonesian comes first, since this is a government document; English follows as small
 * secondary lines when the BLK prints bilingual certificates (an English wording is set) or the
 * app runs in English. Dates stay Indonesian either way, like the rest of the primary text.
 */
import type { Column, Content, Margins, Style, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Locale } from '@shared/domain';
import { formatDate } from '@shared/format';
import { backPage } from './certificate-back';
import type { CertificateDocument } from './certificate-document';
import { accentRule, CONTENT_WIDTH, copyStamp, frontFrame, INK, MARGIN_X, MUTED, STAMP_RED } from './certificate-frame';
import { balancedName, breakLines, type Face, nameFontSize, oneRunPerLine } from './certificate-fonts';
import { qrPngDataUrl } from './qr-image';
import { FONT_FAMILY_SANS, FONT_FAMILY_SERIF } from './fonts';

export { unsupportedCharacters } from './certificate-fonts';

const LABELS = {
  number: 'Nomor',
  numberEn: 'No.',
  givenTo: 'diberikan kepada',
  givenToEn: 'is awarded to',
  birth: 'lahir di',
  period: (jp: number, from: string, to: string) => `selama ${jp} Jam Pelajaran (JP), pada tanggal ${from} s.d. ${to}`,
  periodEn: (jp: number, from: string, to: string) => `${jp} training hours (JP), from ${from} to ${to}`,
  scan: 'Pindai untuk memeriksa keaslian',
  scanEn: 'Scan to verify',
  nip: 'NIP.',
  reprinted: (date: string) => `Salinan, dicetak ulang ${date}`,
  reprintedShort: (date: string) => `dicetak ulang ${date}`,
};

const MARGIN_TOP = 34;
// Small on purpose: the bottom rows are placed absolutely and pdfmake moves an absolute block
// that crosses the bottom margin onto a page of its own.
const MARGIN_BOTTOM = 22;
/** The name keeps clear of the corner brackets even when it fills the line. */
const NAME_WIDTH = CONTENT_WIDTH - 80;
/** Top of the QR and signature row; the flowing text above must end before it. */
const BOTTOM_ROW_Y = 440;
const BOTTOM_ROW_INSET = 32;
const QR_SIZE = 95;
/** The caption under the QR may run this far past either side of it. */
const QR_CAPTION_OVERHANG = 20;
const SIGNATURE_BLOCK_WIDTH = 240;
/** The BLK's name and address keep clear of the logo's sides. */
const HEADER_WIDTH = CONTENT_WIDTH - 260;

/** pdfmake decodes each image once per key: one key per distinct file, shared by every page. */
class ImageKeys {
  readonly images: Record<string, string> = {};
  private readonly byPath = new Map<string, string>();
  key(path: string | null): string | null {
    if (!path) return null;
    let key = this.byPath.get(path);
    if (!key) {
      key = `img${this.byPath.size}`;
      this.byPath.set(path, key);
      this.images[key] = path;
    }
    return key;
  }
}

/**
 * A text in a box `width` points wide, broken into lines here (see certificate-fonts.ts): the
 * document's default is one unbreakable run per text, so anything that may run long comes
 * through this.
 */
function lines(text: string, style: Face & Style, width: number): Content {
  return { ...style, ...oneRunPerLine(breakLines(text, style, width)) };
}

/** An English line under its Indonesian one: sans italic, since Noto Serif ships no italic here. */
const secondary = (text: string, width: number, margin: Margins = [0, 0, 0, 0]): Content =>
  lines(
    text,
    { font: FONT_FAMILY_SANS, italics: true, fontSize: 8.5, color: MUTED, alignment: 'center', margin },
    width,
  );

/** Long wordings step down so the front always stays one page. */
const wordingSize = (text: string): number => (text.length > 220 ? 10 : text.length > 140 ? 11 : 12);

function frontPage(doc: CertificateDocument, first: boolean, bilingual: boolean, images: ImageKeys): Content {
  const { blk, facts } = doc;
  const logo = images.key(blk.logoPath);
  const signature = images.key(blk.signaturePath);
  const birth = [facts.birthPlace.trim(), facts.birthDate ? formatDate(facts.birthDate, 'id') : '']
    .filter(Boolean)
    .join(', ');
  const identity = [facts.nik ? `NIK ${facts.nik}` : '', birth].filter(Boolean).join('   ·   ');
  const size = nameFontSize(facts.fullName, NAME_WIDTH);
  const serif = { font: FONT_FAMILY_SERIF } as const;
  // A one-line name without English lines leaves the page short: spread the body a little.
  const air = size >= 24 && !bilingual ? 6 : 0;

  const flow: Content[] = [
    logo
      ? { image: logo, fit: [140, 54], alignment: 'center', margin: [0, 2, 0, 5] }
      : { text: '', margin: [0, 14, 0, 0] },
    lines(
      blk.name.toUpperCase(),
      { bold: true, fontSize: 12.5, characterSpacing: 0.8, color: INK, alignment: 'center', margin: [130, 0, 130, 1] },
      HEADER_WIDTH,
    ),
    lines(blk.address, { fontSize: 8, color: MUTED, alignment: 'center', margin: [130, 0, 130, 0] }, HEADER_WIDTH),
    accentRule(180, [0, 6, 0, 7]),
    lines(
      blk.title.toUpperCase(),
      {
        ...serif,
        bold: true,
        fontSize: blk.title.length > 24 ? 23 : 28,
        characterSpacing: blk.title.length > 24 ? 2.5 : 5,
        color: INK,
        alignment: 'center',
      },
      CONTENT_WIDTH,
    ),
    {
      text: [
        { text: `${LABELS.number}${bilingual ? ` / ${LABELS.numberEn}` : ''}: `, color: MUTED },
        { text: doc.serial, bold: true, characterSpacing: 0.6 },
      ],
      fontSize: 10,
      alignment: 'center',
      margin: [0, 2, 0, 8 + air],
    },
    {
      text: [
        { ...serif, text: LABELS.givenTo, fontSize: 12 },
        ...(bilingual ? [{ text: `  /  ${LABELS.givenToEn}`, italics: true, fontSize: 8.5, color: MUTED }] : []),
      ],
      alignment: 'center',
      margin: [0, 0, 0, 3],
    },
    {
      ...serif,
      ...oneRunPerLine(balancedName(facts.fullName, size, NAME_WIDTH).split('\n')),
      bold: true,
      fontSize: size,
      lineHeight: 0.98,
      color: INK,
      alignment: 'center',
      margin: [(CONTENT_WIDTH - NAME_WIDTH) / 2, 0, (CONTENT_WIDTH - NAME_WIDTH) / 2, 0],
    },
    accentRule(260, [0, 3, 0, 5]),
    ...(identity ? [{ text: identity, fontSize: 10, alignment: 'center' as const, color: '#222222' }] : []),
    lines(
      blk.wording,
      { ...serif, fontSize: wordingSize(blk.wording), alignment: 'center', margin: [40, 9 + air, 40, 0] },
      CONTENT_WIDTH - 80,
    ),
    ...(blk.wordingEn.trim() ? [secondary(blk.wordingEn, CONTENT_WIDTH - 80, [40, 1, 40, 0])] : []),
    lines(
      facts.programName,
      {
        ...serif,
        bold: true,
        fontSize: facts.programName.length > 60 ? 14 : 17,
        color: INK,
        alignment: 'center',
        margin: [30, 4 + air, 30, 2 + air / 2],
      },
      CONTENT_WIDTH - 60,
    ),
    lines(
      LABELS.period(facts.totalJp, formatDate(facts.startDate, 'id'), formatDate(facts.endDate, 'id')),
      { ...serif, fontSize: 11.5, alignment: 'center' },
      CONTENT_WIDTH,
    ),
    ...(bilingual
      ? [
          secondary(
            LABELS.periodEn(facts.totalJp, formatDate(facts.startDate, 'en'), formatDate(facts.endDate, 'en')),
            CONTENT_WIDTH,
          ),
        ]
      : []),
  ];

  // The QR is an image (see qr-image.ts) with its caption centred under it.
  const qrLeft = MARGIN_X + BOTTOM_ROW_INSET;
  const qrCaption: Content = {
    absolutePosition: { x: qrLeft, y: BOTTOM_ROW_Y + QR_SIZE + 3 },
    columns: [
      {
        width: QR_SIZE + 2 * QR_CAPTION_OVERHANG,
        stack: [
          { text: LABELS.scan, fontSize: 6.5, color: MUTED },
          ...(bilingual ? [{ text: LABELS.scanEn, fontSize: 6, italics: true, color: MUTED }] : []),
          { text: doc.serial, fontSize: 6.5, bold: true, color: INK },
        ],
        alignment: 'center',
      },
    ],
  };

  const signBlock: Column = {
    width: SIGNATURE_BLOCK_WIDTH,
    stack: [
      lines(`${blk.city}, ${formatDate(doc.issuedOn, 'id')}`, { fontSize: 10 }, SIGNATURE_BLOCK_WIDTH),
      lines(blk.headTitle, { fontSize: 10, bold: true, color: INK, margin: [0, 1, 0, 0] }, SIGNATURE_BLOCK_WIDTH),
      // Without a scanned signature the head signs by hand (and stamps): leave the same room.
      signature
        ? { image: signature, fit: [170, 48], alignment: 'center', margin: [0, 4, 0, 2] }
        : { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 0, y2: 54, lineWidth: 0, lineColor: '#ffffff' }] },
      lines(blk.headName, { fontSize: 10.5, bold: true, decoration: 'underline', color: INK }, SIGNATURE_BLOCK_WIDTH),
      ...(blk.headNip.trim() ? [{ text: `${LABELS.nip} ${blk.headNip}`, fontSize: 9.5 }] : []),
    ],
    alignment: 'center',
  };

  return {
    ...(first ? {} : { pageBreak: 'before' as const }),
    stack: [
      frontFrame(),
      {
        image: qrPngDataUrl(doc.qrText),
        width: QR_SIZE,
        height: QR_SIZE,
        absolutePosition: { x: qrLeft + QR_CAPTION_OVERHANG, y: BOTTOM_ROW_Y },
      },
      ...(doc.copyOf ? [copyStamp(LABELS.reprintedShort(formatDate(doc.copyOf.reprintedOn, 'id')))] : []),
      ...flow,
      qrCaption,
      {
        absolutePosition: { x: MARGIN_X + BOTTOM_ROW_INSET, y: BOTTOM_ROW_Y },
        columns: [{ width: '*', text: '' }, signBlock],
        // An absolute block runs to the right page margin; stop short of it by the same inset.
        margin: [0, 0, BOTTOM_ROW_INSET, 0],
      },
    ],
  };
}

/** What a whole print batch shares, even when it is rendered in parts (certificate-pool.ts). */
export interface CertificateBatch {
  title: string;
  subject: string;
  /** Every certificate in the batch is a reprint: the sheet carries SALINAN across it as well. */
  allCopies: boolean;
}

export function certificateBatch(docs: CertificateDocument[]): CertificateBatch {
  const firstDoc = docs[0];
  return {
    title: firstDoc
      ? docs.length === 1
        ? `${firstDoc.blk.title} ${firstDoc.serial} – ${firstDoc.facts.fullName}`
        : `${firstDoc.blk.title} (${docs.length})`
      : 'Sertifikat',
    subject: firstDoc?.blk.name ?? '',
    allCopies: docs.length > 0 && docs.every((d) => d.copyOf !== null),
  };
}

/**
 * One A4 landscape document with a front and a back page per certificate, in the given order.
 * Images are referenced by key so a batch of 1,000 decodes the logo and signature once.
 */
export function buildCertificatePdf(
  docs: CertificateDocument[],
  locale: Locale,
  batch: CertificateBatch = certificateBatch(docs),
): TDocumentDefinitions {
  const images = new ImageKeys();
  const content: Content[] = [];
  docs.forEach((doc, i) => {
    const bilingual = locale === 'en' || doc.blk.wordingEn.trim() !== '';
    const reprint = doc.copyOf ? LABELS.reprinted(formatDate(doc.copyOf.reprintedOn, 'id')) : null;
    content.push(frontPage(doc, i === 0, bilingual, images));
    content.push(backPage(doc, bilingual, reprint));
  });
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [MARGIN_X, MARGIN_TOP, MARGIN_X, MARGIN_BOTTOM],
    info: { title: batch.title, subject: batch.subject },
    // A reprint printed on its own carries the mark across the whole sheet as well; in a mixed
    // batch the stamp alone marks the copies, since pdfmake's watermark spans every page.
    ...(batch.allCopies
      ? { watermark: { text: 'SALINAN', color: STAMP_RED, opacity: 0.07, bold: true, fontSize: 96, angle: -20 } }
      : {}),
    images: images.images,
    // Texts that may run long are broken into lines by `lines` above.
    defaultStyle: { font: FONT_FAMILY_SANS, fontSize: 10, lineHeight: 1.15, color: '#111111', noWrap: true },
    content,
  };
}
