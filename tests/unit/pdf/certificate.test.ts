import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCertificatePdf, unsupportedCharacters } from '../../../src/main/pdf/certificate';
import type { CertificateDocument } from '../../../src/main/pdf/certificate-document';
import { sample, writeLogo } from './certificate-sample';
import {
  balancedName,
  breakLines,
  nameFontSize,
  serifBoldWidth,
  setWidth,
} from '../../../src/main/pdf/certificate-fonts';
import { openFont } from '../../../src/main/pdf/font-cache';
import { allowLocalFiles, fontBytes, isInside } from '../../../src/main/pdf/fonts';
import { qrPngDataUrl } from '../../../src/main/pdf/qr-image';
import { renderPdfToBuffer } from '../../../src/main/pdf/render';

// poppler-utils is installed by .ci/run; reading the PDF back is the only honest check of content.
const pdftotext = (file: string, layout = false) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), file, '-']).toString('utf8');
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
const squeeze = (s: string) => s.replace(/\s+/g, ' ');

const LONG_NAME = 'Ni Luh Putu Ayu Wulandari Kusumaningrum Dewi Saraswati';

let dir: string;
let logoPath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pelita-cert-'));
  logoPath = join(dir, 'logo.png');
  writeLogo(logoPath);
  allowLocalFiles((p) => isInside(dir, p));
});
afterAll(() => {
  allowLocalFiles(undefined);
  rmSync(dir, { recursive: true, force: true });
});

async function render(docs: CertificateDocument[], name: string): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await renderPdfToBuffer(buildCertificatePdf(docs, 'id')));
  return file;
}

describe('completion certificate PDF', () => {
  it('prints a front and a back per certificate with names, serials, programme, JP and units', async () => {
    const file = await render(
      [
        sample('Budi', '001/BLK-PSR/OK/XI/2026', false, logoPath),
        sample(LONG_NAME, '002/BLK-PSR/OK/XI/2026', false, null),
      ],
      'two.pdf',
    );
    expect(pageCount(file)).toBe(4);
    const text = squeeze(pdftotext(file));
    expect(text).toContain('Budi');
    expect(text).toContain(LONG_NAME);
    expect(text).toContain('001/BLK-PSR/OK/XI/2026');
    expect(text).toContain('002/BLK-PSR/OK/XI/2026');
    expect(text).toContain('Operator Komputer Muda');
    expect(text).toContain('selama 90 Jam Pelajaran (JP)');
    expect(text).toContain('5 Oktober 2026 s.d. 13 November 2026');
    expect(text).toContain('Tanah Grogot, 23 November 2026');
    expect(text).toContain('NIP. 19700512 199803 1 007');
    for (const code of ['TIK.OP02.001.01', 'TIK.OP02.003.01', 'N.821100.001.02']) expect(text).toContain(code);
    // Letter-spaced headings come back from pdftotext with spaces between the letters.
    expect(text.replace(/\s/g, '')).toContain('DAFTARUNITKOMPETENSI');
    expect(text).toContain('Belum Kompeten');
    expect(text).not.toContain('SALINAN');
  });

  it('marks only the reprint as SALINAN with its reprint date', async () => {
    const file = await render(
      [
        sample('Budi', '001/BLK-PSR/OK/XI/2026', false, logoPath),
        sample('Siti Aminah', '003/BLK-PSR/OK/XI/2026', true, logoPath),
      ],
      'copy.pdf',
    );
    expect(pageCount(file)).toBe(4);
    const pages = pdftotext(file).split('\f');
    expect(pages[0]).not.toContain('SALINAN');
    expect(pages[1]).not.toMatch(/salinan/i);
    expect(pages[2]).toContain('SALINAN');
    expect(squeeze(pages[3] ?? '')).toContain('Salinan, dicetak ulang 30 November 2026');
  });

  it('keeps a very long name whole: two balanced lines, inside the frame', async () => {
    const size = nameFontSize(LONG_NAME, 600);
    expect(size).toBeGreaterThanOrEqual(16);
    expect(size).toBeLessThan(30);
    const lines = balancedName(LONG_NAME, size, 600).split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(serifBoldWidth(line, size)).toBeLessThanOrEqual(600);
    expect(nameFontSize('Budi', 600)).toBe(30);
    expect(balancedName('Budi', 30, 600)).toBe('Budi');

    const file = await render([sample(LONG_NAME, '004/BLK-PSR/OK/XI/2026', false, null)], 'long.pdf');
    expect(pageCount(file)).toBe(2);
    const front = squeeze(pdftotext(file, true).split('\f')[0] ?? '');
    expect(front).toContain('Ni Luh Putu Ayu Wulandari');
    expect(front).toContain('Kusumaningrum Dewi Saraswati');
  });

  it('keeps 25 units with long titles, and a two-line BLK name and wording, on one sheet per certificate', async () => {
    const doc = sample('Budi', '006/BLK-PSR/OK/XI/2026', false, logoPath);
    doc.blk.name = 'UPTD Balai Latihan Kerja Kabupaten Penajam Paser Utara Provinsi Kalimantan Timur';
    doc.blk.wordingEn =
      'has attended and completed the competency-based training programme of the vocational training centre';
    doc.facts.units = Array.from({ length: 25 }, (_, i) => ({
      code: `OTO.${String(i + 1).padStart(3, '0')}.01`,
      title: `Menerapkan Prosedur Keselamatan, Kesehatan Kerja dan Lingkungan Hidup di Bengkel, Bagian ${i + 1}`,
      jp: 8,
      result: 'competent' as const,
    }));
    const file = join(dir, 'units.pdf');
    writeFileSync(
      file,
      await renderPdfToBuffer(buildCertificatePdf([doc, sample('Siti', '007/BLK-PSR/OK/XI/2026', false, null)], 'en')),
    );
    expect(pageCount(file)).toBe(4);
    const pages = pdftotext(file).split('\f').map(squeeze);
    // The letter-spaced name comes back from pdftotext with stray spaces.
    expect(pages[0]?.replace(/\s/g, '')).toContain(
      'UPTDBALAILATIHANKERJAKABUPATENPENAJAMPASERUTARAPROVINSIKALIMANTANTIMUR',
    );
    expect(pages[0]).toContain('of the vocational training centre');
    for (let i = 1; i <= 25; i++) expect(pages[1]).toContain(`OTO.${String(i).padStart(3, '0')}.01`);
    expect(pages[1]).toContain('Bagian 25');
    expect(pages[2]).toContain('Siti');
  });

  it('carries a QR that decodes to the signed text', async () => {
    const doc = sample('Budi', '005/BLK-PSR/OK/XI/2026', false, logoPath);
    const file = await render([doc], 'qr.pdf');
    const prefix = join(dir, 'qr');
    execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', file, prefix]);
    const png = PNG.sync.read(readFileSync(`${prefix}.png`));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(doc.qrText);
  });
});

describe('qrPngDataUrl', () => {
  it('writes a valid 1-bit greyscale PNG, one pixel per module', () => {
    const text = `PLT1.001/BLK-PSR/OK/XI/2026.${'eyJzIjoiMDAxIn0'.repeat(8)}`;
    const bytes = Buffer.from(qrPngDataUrl(text).replace('data:image/png;base64,', ''), 'base64');
    // pngjs checks every chunk's CRC and inflates the stored zlib stream, checking its Adler-32.
    const png = PNG.sync.read(bytes);
    expect(png.width).toBe(png.height);
    expect(bytes.readUInt8(24)).toBe(1);
    expect(bytes.readUInt8(25)).toBe(0);
    // The top left finder pattern: a dark 7-module square ring around a light ring.
    const dark = (x: number, y: number) => png.data[(y * png.width + x) * 4] === 0;
    expect([0, 1, 2, 3, 4, 5, 6].map((x) => dark(x, 0))).toEqual([true, true, true, true, true, true, true]);
    expect([0, 1, 2, 3, 4, 5, 6].map((x) => dark(x, 1))).toEqual([true, false, false, false, false, false, true]);
    expect(dark(7, 0)).toBe(false);
  });
});

describe('breakLines', () => {
  it('breaks at spaces into lines no wider than the box, keeping every word and given line break', () => {
    const face = { fontSize: 11 };
    const text = 'telah mengikuti dan menyelesaikan Pelatihan Berbasis Kompetensi program Operator Komputer Muda';
    const lines = breakLines(text, face, 200);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(setWidth(line, face)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text);
    expect(breakLines('Baris satu\nBaris dua', face, 500)).toEqual(['Baris satu', 'Baris dua']);
  });

  it('gives a word wider than the box a line of its own instead of losing it', () => {
    expect(breakLines('No. 0001/BLK-PSR/OPERATOR-KOMPUTER-MUDA/2026 ok', { fontSize: 10 }, 60)).toEqual([
      'No.',
      '0001/BLK-PSR/OPERATOR-KOMPUTER-MUDA/2026',
      'ok',
    ]);
  });

  it('counts letter spacing in the width', () => {
    const plain = setWidth('SERTIFIKAT', { fontSize: 20 });
    expect(setWidth('SERTIFIKAT', { fontSize: 20, characterSpacing: 5 })).toBeCloseTo(plain + 9 * 5, 5);
  });
});

describe('font parsing', () => {
  it('parses each font file once and hands every document the same parse', () => {
    const bytes = fontBytes('NotoSerif-Bold.ttf');
    expect(fontBytes('NotoSerif-Bold.ttf')).toBe(bytes);
    expect(openFont(bytes)).toBe(openFont(bytes));
    // Other bytes of the same file are a different font object: nothing is shared by accident.
    expect(openFont(Buffer.from(bytes))).not.toBe(openFont(bytes));
  });
});

describe('unsupportedCharacters', () => {
  it('accepts Indonesian names, accents and whitespace', () => {
    expect(unsupportedCharacters('Budi')).toEqual([]);
    expect(unsupportedCharacters('  Ni Luh  Putu\tAyu ')).toEqual([]);
    expect(unsupportedCharacters("Andréa O'Neil-Ñúñez")).toEqual([]);
  });

  it('names each distinct character the serif cannot draw, once', () => {
    expect(unsupportedCharacters('王小明 王')).toEqual(['王', '小', '明']);
    expect(unsupportedCharacters('Budi 😀😀')).toEqual(['😀']);
  });
});
