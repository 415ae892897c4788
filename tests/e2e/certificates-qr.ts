import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text of the QR on one page of a PDF, read the way a scanner would: from the rendered image. */
export function qrTextOnPage(pdf: string, page: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'pelita-qr-'));
  try {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '150',
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
