import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { allowLocalFiles, fontsDir, isInside, RESOURCES_ENV, resetPdfSetup } from '../../../src/main/pdf/fonts';
import {
  buildRegistrationReceipt,
  RECEIPT_LABELS_EN,
  RECEIPT_LABELS_ID,
  type ReceiptData,
} from '../../../src/main/pdf/receipt';
import { renderPdfToBuffer, renderPdfToFile } from '../../../src/main/pdf/render';

// poppler-utils is installed by .ci/run; reading the PDF back is the only honest check of content.
const pdftotext = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
const pdfinfo = (file: string) => execFileSync('pdfinfo', [file]).toString('utf8');
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(pdfinfo(file))?.[1]);
// pdftotext breaks lines where the layout wraps; compare with whitespace squeezed.
const squeeze = (s: string) => s.replace(/\s+/g, ' ');

// 1x1 transparent PNG, to test which local images a document may read.
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

function sample(overrides: Partial<ReceiptData['participant']> = {}): ReceiptData {
  return {
    blkName: 'UPTD Balai Latihan Kerja Kabupaten Paser',
    blkAddress: 'Jl. Jenderal Sudirman No. 12, Tana Paser, Kalimantan Timur 76211',
    registrationNo: 'REG-2026-000123',
    issuedAt: '2026-11-23T06:05:00Z', // 14.05 WITA
    participant: {
      fullName: 'Siti Nurhaliza Rahmawati',
      nik: '6401044708040002',
      birthPlace: 'Tana Paser',
      birthDate: '2004-08-07',
      sex: 'P',
      phone: '0812-5566-7788',
      address: 'Jl. Kusuma Bangsa RT 05, Kel. Tanah Grogot, Kec. Tanah Grogot, Kab. Paser',
      ...overrides,
    },
    klass: {
      name: 'Operator Komputer Angkatan II 2026',
      programName: 'Operator Komputer',
      startDate: '2026-12-01',
      endDate: '2026-12-30',
    },
    status: 'Peserta cadangan (urutan 2)',
    operatorName: 'Rahmat Hidayat',
  };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pelita-pdf-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('registration receipt', () => {
  it('writes a one-page A5 PDF with the details a trainee needs, and no temp file', async () => {
    const target = join(dir, 'tanda-terima.pdf');
    await renderPdfToFile(buildRegistrationReceipt(sample(), RECEIPT_LABELS_ID), target);

    expect(readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readdirSync(dir)).toEqual(['tanda-terima.pdf']);
    const info = pdfinfo(target);
    expect(info).toMatch(/Pages:\s+1\b/);
    expect(info).toMatch(/Page size:\s+419\.53 x 595\.28 pts/);
    expect(info).toMatch(/Title:\s+TANDA TERIMA PENDAFTARAN REG-2026-000123/);
    expect(info).toMatch(/Author:\s+Pelita/);

    const text = squeeze(pdftotext(target));
    for (const expected of [
      'UPTD BALAI LATIHAN KERJA KABUPATEN PASER',
      'TANDA TERIMA PENDAFTARAN',
      'REG-2026-000123',
      'Siti Nurhaliza Rahmawati',
      '6401044708040002',
      'Tana Paser, 7 Agustus 2004',
      'Perempuan',
      '23 November 2026 14.05 WITA',
      '1 Desember 2026 – 30 Desember 2026',
      'Peserta cadangan (urutan 2)',
      'fotokopi KTP',
      'Petugas Pendaftaran',
      'Rahmat Hidayat',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('speaks English when given the English labels', async () => {
    const target = join(dir, 'receipt.pdf');
    await renderPdfToFile(buildRegistrationReceipt(sample({ sex: 'L' }), RECEIPT_LABELS_EN), target);
    const text = squeeze(pdftotext(target));
    expect(text).toContain('REGISTRATION RECEIPT');
    expect(text).toContain('Male');
    expect(text).toContain('23 November 2026 14:05 WITA');
    expect(text).toContain('7 August 2004');
  });

  it('keeps a 120-character name and a single name on one page', async () => {
    const long =
      'Raden Ajeng Siti Nurhaliza Kusumawardhani Putri Ayu Wulandari Setyaningsih Prawirodirdjo ' +
      'Hadiningrat Sastroamidjojo Sari';
    expect(long).toHaveLength(120);
    for (const [file, fullName] of [
      ['long.pdf', long],
      ['single.pdf', 'Sukarti'],
    ] as const) {
      const target = join(dir, file);
      await renderPdfToFile(buildRegistrationReceipt(sample({ fullName }), RECEIPT_LABELS_ID), target);
      expect(pageCount(target)).toBe(1);
      // Name appears twice: in the details and under the applicant's signature line.
      const text = squeeze(pdftotext(target));
      expect(text.split(fullName).length - 1).toBe(2);
    }
  });

  it('prints empty optional fields as a dash rather than a blank', async () => {
    const target = join(dir, 'empty.pdf');
    await renderPdfToFile(buildRegistrationReceipt(sample({ phone: '', address: '  ' }), RECEIPT_LABELS_ID), target);
    expect(squeeze(pdftotext(target))).toMatch(/No\. HP \/ WA\s*:?\s*–/);
  });

  // Noto Sans covers Latin, Greek and Cyrillic only. Characters outside it (emoji, CJK) are
  // drawn as the font's empty "tofu" box; nothing throws. pdftotext may lose the rest of that
  // text run, so a name like this reads back only up to the first missing glyph.
  it('renders characters the font lacks as boxes instead of crashing', async () => {
    const target = join(dir, 'tofu.pdf');
    const data = sample({ fullName: 'Dewi 🌸 王小明 Ñoño' });
    await expect(renderPdfToFile(buildRegistrationReceipt(data, RECEIPT_LABELS_ID), target)).resolves.toBeUndefined();
    expect(pageCount(target)).toBe(1);
    expect(pdftotext(target)).toContain('Dewi');
  });
});

describe('renderPdfToFile', () => {
  it('replaces an existing PDF whole', async () => {
    const target = join(dir, 'receipt.pdf');
    writeFileSync(target, 'old contents');
    await renderPdfToFile(buildRegistrationReceipt(sample({ fullName: 'Sukarti' }), RECEIPT_LABELS_ID), target);
    expect(pdftotext(target)).toContain('Sukarti');
    expect(readdirSync(dir)).toEqual(['receipt.pdf']);
  });

  it('rejects a folder that does not exist and creates nothing', async () => {
    const missing = join(dir, 'no-such-folder');
    const target = join(missing, 'receipt.pdf');
    await expect(renderPdfToFile(buildRegistrationReceipt(sample(), RECEIPT_LABELS_ID), target)).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(existsSync(missing)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves nothing behind when the document itself fails', async () => {
    const target = join(dir, 'broken.pdf');
    await expect(renderPdfToFile({ content: [{ image: '/etc/hostname' }] }, target)).rejects.toThrow(/denied/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('returns a buffer for callers that keep the PDF in memory', async () => {
    const bytes = await renderPdfToBuffer(buildRegistrationReceipt(sample(), RECEIPT_LABELS_ID));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

describe('pdf fonts and resource policy', () => {
  afterEach(() => {
    allowLocalFiles(undefined);
  });

  it('finds the bundled TTF fonts and their licence', () => {
    const fonts = fontsDir();
    for (const file of [
      'NotoSans-Regular.ttf',
      'NotoSans-Bold.ttf',
      'NotoSans-Italic.ttf',
      'NotoSans-BoldItalic.ttf',
    ]) {
      expect(existsSync(join(fonts, file))).toBe(true);
    }
    expect(existsSync(join(fonts, 'NotoSerif-Regular.ttf'))).toBe(true);
    expect(readFileSync(join(fonts, 'OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE');
  });

  it('honours PELITA_RESOURCES_DIR', () => {
    const resources = join(dir, 'resources');
    mkdirSync(join(resources, 'fonts'), { recursive: true });
    symlinkSync(join(fontsDir(), 'NotoSans-Regular.ttf'), join(resources, 'fonts', 'NotoSans-Regular.ttf'));
    vi.stubEnv(RESOURCES_ENV, resources);
    resetPdfSetup();
    try {
      expect(fontsDir()).toBe(join(resources, 'fonts'));
    } finally {
      vi.unstubAllEnvs();
      resetPdfSetup();
    }
  });

  it('serves sans, bold, italic and serif text', async () => {
    const bytes = await renderPdfToBuffer({
      content: [
        { text: 'biasa ' },
        { text: 'tebal', bold: true },
        { text: 'miring', italics: true },
        { text: 'keduanya', bold: true, italics: true },
        { text: 'Sertifikat', font: 'NotoSerif', bold: true },
      ],
    });
    expect(bytes.length).toBeGreaterThan(1000);
  });

  it('refuses network resources without fetching them', async () => {
    await expect(renderPdfToBuffer({ content: [{ image: 'https://example.com/logo.png' }] })).rejects.toThrow(
      /denied by resource access policy/,
    );
  });

  it('reads local images only from folders allowed on purpose', async () => {
    const images = join(dir, 'images');
    mkdirSync(images);
    const logo = join(images, 'logo.png');
    writeFileSync(logo, PNG_1X1);

    await expect(renderPdfToBuffer({ content: [{ image: logo }] })).rejects.toThrow(/denied/);
    allowLocalFiles((path) => isInside(images, path));
    await expect(renderPdfToBuffer({ content: [{ image: logo }] })).resolves.toBeInstanceOf(Buffer);
    await expect(renderPdfToBuffer({ content: [{ image: join(images, '..', '..', 'x.png') }] })).rejects.toThrow(
      /denied/,
    );
  });

  it('isInside does not mistake a sibling prefix or a .. escape for a child', () => {
    expect(isInside('/data', '/data/images/a.png')).toBe(true);
    expect(isInside('/data', '/data')).toBe(true);
    expect(isInside('/data', '/database/a.png')).toBe(false);
    expect(isInside('/data', '/data/../etc/passwd')).toBe(false);
  });
});
