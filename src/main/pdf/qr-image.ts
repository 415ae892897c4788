/**
 * A QR code as a tiny PNG, for certificates and asset labels. pdfmake's own `qr` node draws every
 * dark module as a separate rectangle with its own colour and line settings: some 700 drawing
 * operations per certificate, most of the cost of a 1,000-certificate batch.
 */
import { createRequire } from 'node:module';
import { crc32 } from 'node:zlib';

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

interface QrModules {
  /** Modules per side. */
  size: number;
  /** Column and row of each dark module. */
  dark: { x: number; y: number }[];
}

/** The QR's dark modules, from pdfmake's encoder (same masks and error correction). */
function qrModules(text: string): QrModules {
  // pdfmake floors fit / modules to whole points; a large fit keeps every module >= 1 point.
  const node = qrEncoder().default.measure({ qr: text, eccLevel: 'M', fit: 1000, mask: QR_MASK });
  const [background, ...rects] = node._canvas ?? [];
  const moduleSize = rects[0]?.w ?? 1;
  return {
    size: background ? Math.round(background.w / moduleSize) : 0,
    dark: rects.map((r) => ({ x: Math.round(r.x / moduleSize), y: Math.round(r.y / moduleSize) })),
  };
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * `data` as a zlib stream of stored (uncompressed) blocks. A QR's modules are close to random
 * bits and do not compress, so this is as small as deflating them, and it spares each QR the
 * setup of a compressor, which cost more than the rest of the PNG.
 */
function storedZlib(data: Buffer): Buffer {
  const MAX_BLOCK = 0xffff;
  const parts: Buffer[] = [Buffer.from([0x78, 0x01])];
  for (let start = 0; start < data.length; start += MAX_BLOCK) {
    const block = data.subarray(start, start + MAX_BLOCK);
    const head = Buffer.alloc(5);
    head[0] = start + MAX_BLOCK >= data.length ? 1 : 0; // BFINAL, BTYPE 00 (stored)
    head.writeUInt16LE(block.length, 1);
    head.writeUInt16LE(~block.length & 0xffff, 3);
    parts.push(head, block);
  }
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length; i++) {
    a = (a + (data[i] ?? 0)) % 65521;
    b = (b + a) % 65521;
  }
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((b << 16) | a) >>> 0, 0);
  parts.push(adler);
  return Buffer.concat(parts);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The QR as a PNG data URL with one black-or-white pixel per module (1 bit deep, 8 modules a
 * byte) and no quiet zone (the paper around it is left blank). pdfkit copies a greyscale PNG's
 * compressed data straight into the PDF, so a QR costs one image operation instead of hundreds
 * of rectangles or path commands, and viewers do not smooth an image scaled up this far, so the
 * modules print sharp.
 */
export function qrPngDataUrl(text: string): string {
  const { size: n, dark } = qrModules(text);
  const stride = 1 + Math.ceil(n / 8);
  // Each row is its filter byte, 0 (none), then the modules; a set bit is white.
  const raw = Buffer.alloc(n * stride, 0xff);
  for (let y = 0; y < n; y++) raw[y * stride] = 0;
  for (const { x, y } of dark) {
    const at = y * stride + 1 + (x >> 3);
    raw[at] = (raw[at] ?? 0) & ~(0x80 >> (x & 7));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(n, 0);
  header.writeUInt32BE(n, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  const png = Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', storedZlib(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}
