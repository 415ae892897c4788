import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * Where certificate.ts puts the QR on the front, in points from the top left, with room around
 * it: a scanner is held over the code, it does not read the whole sheet.
 */
const QR_AREA = { x: 76, y: 400, size: 175 };
const DPI = 300;

/**
 * The text of the QR on a certificate's front page, read the way a scanner would: from the
 * printed image, close up. Read from the whole page at 150 dpi (modules 3.2 pixels wide), jsQR
 * missed 2-3 in 100 signed QRs; at 300 dpi it missed none of 150, whole page or this crop. That
 * was a flaky test, not a code a scanner misses.
 */
export function qrTextOnPage(pdf: string, page: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'pelita-qr-'));
  const px = (points: number) => String(Math.round((points * DPI) / 72));
  try {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      String(DPI),
      '-x',
      px(QR_AREA.x),
      '-y',
      px(QR_AREA.y),
      '-W',
      px(QR_AREA.size),
      '-H',
      px(QR_AREA.size),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      pdf,
      join(dir, 'page'),
    ]);
    const image = PNG.sync.read(readFileSync(join(dir, 'page.png')));
    const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    if (!code) throw new Error(`no QR found on page ${page} of ${pdf}`);
    return code.data;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The serial inside a QR text (`PLT1.` + base64url JSON payload + `.` + signature). */
export function serialOfQr(text: string): string {
  const payload = text.split('.')[1] ?? '';
  const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { s?: unknown };
  return String(parsed.s);
}

/** One character of the signed payload changed: the signature no longer matches. */
export function tamper(text: string): string {
  const [prefix = '', payload = '', signature = ''] = text.split('.');
  const at = Math.floor(payload.length / 2);
  const swapped = payload[at] === 'A' ? 'B' : 'A';
  return [prefix, `${payload.slice(0, at)}${swapped}${payload.slice(at + 1)}`, signature].join('.');
}

export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}
