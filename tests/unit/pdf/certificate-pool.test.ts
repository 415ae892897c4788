import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { certificateParts, closeCertificatePool, renderCertificatePdf } from '../../../src/main/pdf/certificate-pool';
import { sample, writeLogo } from './certificate-sample';

const defaultPartSize = certificateParts.size;
let dir: string;
let images: string;
let logo: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pelita-pool-'));
  images = join(dir, 'images');
  mkdirSync(images);
  logo = join(images, 'logo.png');
  writeLogo(logo);
});
afterEach(async () => {
  certificateParts.size = defaultPartSize;
  await closeCertificatePool();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function written(bytes: Uint8Array, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}
const info = (file: string) => execFileSync('pdfinfo', [file]).toString();
// -raw: in content order, which keeps the rotated SALINAN watermark that the default mode drops.
const pageText = (file: string, page: number) =>
  execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-']).toString(
    'utf8',
  );

const NAMES = ['Andi Saputra', 'Bayu Pratama', 'Citra Dewi', 'Dian Lestari', 'Eko Wijaya'];
const serial = (i: number) => `${String(i + 1).padStart(3, '0')}/BLK-PSR/OK/XI/2026`;

// Each test may start the workers afresh: under tsx that takes a few seconds on a busy machine.
describe('certificate render workers', { timeout: 30_000 }, () => {
  it('renders a batch in parts side by side and joins them, in order, into one PDF', async () => {
    certificateParts.size = 2;
    const docs = NAMES.map((name, i) => sample(name, serial(i), false, logo));
    const file = written(await renderCertificatePdf(docs, 'id', images), 'joined.pdf');
    expect(info(file)).toMatch(/Pages:\s+10\b/);
    // The batch's title and author, not the first part's.
    expect(info(file)).toMatch(/Title:\s+Sertifikat Pelatihan \(5\)/);
    expect(info(file)).toMatch(/Author:\s+Pelita/);
    NAMES.forEach((name, i) => {
      expect(pageText(file, 2 * i + 1)).toContain(name);
      expect(pageText(file, 2 * i + 1)).toContain(serial(i));
      expect(pageText(file, 2 * i + 2)).toContain('Judul Unit Kompetensi');
    });
  });

  it('marks the sheets SALINAN by the whole batch, whichever part a page is in', async () => {
    certificateParts.size = 1;
    const copies = NAMES.slice(0, 3).map((name, i) => sample(name, serial(i), true, null));
    const allCopies = written(await renderCertificatePdf(copies, 'id', images), 'copies.pdf');
    // The back carries no stamp: SALINAN there is the watermark, drawn in every part.
    for (const page of [2, 4, 6]) expect(pageText(allCopies, page)).toContain('SALINAN');
    // A mixed batch: the copy's own part is all copies, yet only its stamp marks it.
    const mixed = [copies[0], sample('Bayu', serial(1), false, null)].flatMap((doc) => (doc ? [doc] : []));
    const file = written(await renderCertificatePdf(mixed, 'id', images), 'mixed.pdf');
    expect(pageText(file, 1)).toContain('dicetak ulang 30 November 2026');
    expect(pageText(file, 2)).not.toContain('SALINAN');
    expect(pageText(file, 4)).not.toContain('SALINAN');
  });

  it('renders one file per certificate, several at once, each with its own title', async () => {
    const files = await Promise.all(
      NAMES.map((name, i) => renderCertificatePdf([sample(name, serial(i), false, logo)], 'id', images)),
    );
    files.forEach((bytes, i) => {
      const file = written(bytes, `one-${i}.pdf`);
      expect(info(file)).toMatch(/Pages:\s+2\b/);
      expect(info(file)).toContain(`${serial(i)} – ${NAMES[i]}`);
    });
  });

  it('refuses an image from outside the data dir, and the next certificate still renders', async () => {
    const outside = join(dir, 'outside.png');
    writeLogo(outside);
    await expect(renderCertificatePdf([sample('Andi', serial(0), false, outside)], 'id', images)).rejects.toThrow(
      /Certificate rendering failed: .*denied/i,
    );
    const bytes = await renderCertificatePdf([sample('Andi', serial(0), false, logo)], 'id', images);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  });

  it('closing the workers fails what is in flight; the next render starts new ones', async () => {
    const inFlight = renderCertificatePdf([sample('Andi', serial(0), false, null)], 'id', images);
    const failed = expect(inFlight).rejects.toThrow(/closed/);
    await closeCertificatePool();
    await failed;
    const bytes = await renderCertificatePdf([sample('Bayu', serial(1), false, null)], 'id', images);
    expect(bytes.byteLength).toBeGreaterThan(1000);
  });
});
