/**
 * A QR code as a tiny PNG, for certificates and asset labels. pdfmake's own `qr` node draws every
 * dark module as a separate rectangle with its own colour and line settings: some 700 drawing
 * operations per certificate, most of the cost of a 1,000-certificate batch.
 */
import { createRequire } from 'node:module';
import { crc32, deflateSync } from 'node:zlib';

interface QrNode {
  qr: string;
  eccLevel: 'L' | 'M' | 'Q' | 'H';
  fit: number;
  mask: number;
  _canvas?: { x: number; y: number; w: number; h: number }[];
}

interface QrEncoder {
  default: { measure(node: QrNode): QrNode };
}

let encoder: QrEncoder | undefined;

/**
 * A fixed mask pattern. Choosing the best of the eight (the encoder's default) scores each
 * against patterns that trouble scanners, and costs 90% of the encoding time: about 1.5 s per
 * 1,000 certificates. A certificate's payload is base64 of a signed record, close to random bits,
 * so every mask scores about the same; any mask is valid to every reader.
 */
const QR_MASK = 0;

/** pdfmake's encoder is internal (no export); reach it from pdfmake's own folder. */
function qrEncoder(): QrEncoder {
  if (!encoder) {
    const fromHere = createRequire(import.meta.url);
    const pdfmakeMain = fromHere.resolve('pdfmake');
    encoder = createRequire(pdfmakeMain)('./qrEnc.js') as QrEncoder;
  }
  return encoder;
}

/** The QR matrix, true for a dark module, from pdfmake's encoder (same masks and error correction). */
function qrMatrix(text: string): boolean[][] {
  // pdfmake floors fit / modules to whole points; a large fit keeps every module >= 1 point.
  const node = qrEncoder().default.measure({ qr: text, eccLevel: 'M', fit: 1000, mask: QR_MASK });
  const all = node._canvas ?? [];
  const background = all[0];
  const rects = all.slice(1);
  const mod = rects[0]?.w ?? 1;
  const n = background ? Math.round(background.w / mod) : 0;
  const matrix = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (const r of rects) {
    const row = matrix[Math.round(r.y / mod)];
    if (row) row[Math.round(r.x / mod)] = true;
  }
  return matrix;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The QR as a PNG data URL with one grey pixel per module and no quiet zone (the paper around it
 * is left blank). pdfkit copies a greyscale PNG's compressed data straight into the PDF, so a
 * QR costs one image operation instead of hundreds of rectangles or path commands, and viewers
 * do not smooth an image scaled up this far, so the modules print sharp.
 */
export function qrPngDataUrl(text: string): string {
  const matrix = qrMatrix(text);
  const n = matrix.length;
  const raw = Buffer.alloc(n * (n + 1), 0xff);
  matrix.forEach((row, y) => {
    raw[y * (n + 1)] = 0; // filter: none
    row.forEach((dark, x) => {
      if (dark) raw[y * (n + 1) + 1 + x] = 0;
    });
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(n, 0);
  header.writeUInt32BE(n, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const png = Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    // Fastest level: the modules are close to random bits, which compress little at any level.
    chunk('IDAT', deflateSync(raw, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}
