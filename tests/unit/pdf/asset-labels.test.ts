import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AssetLabel,
  buildAssetLabelsPdf,
  fitLines,
  fitTag,
  LABEL_COLUMNS,
  LABEL_ROWS,
  LABELS_PER_PAGE,
} from '../../../src/main/pdf/asset-labels';
import { setWidth } from '../../../src/main/pdf/certificate-fonts';
import { renderPdfToBuffer } from '../../../src/main/pdf/render';

// poppler-utils is installed by .ci/run; reading the PDF back is the only honest check of content.
const pdftotext = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
const squeeze = (s: string) => s.replace(/\s+/g, ' ');

const BLK = 'UPTD Balai Latihan Kerja Kabupaten Paser';
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const CELL_WIDTH = PAGE_WIDTH / LABEL_COLUMNS;
const CELL_HEIGHT = PAGE_HEIGHT / LABEL_ROWS;
const LONG_NAME =
  'Gerinda Tangan 4 inch Makita GA4030 dengan Batu Potong, Batu Gerinda dan Sikat Kawat Cadangan Lengkap';
const LONG_TAG = 'BLK-PSR/2026/OTOMOTIF/000123456';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pelita-labels-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function labels(count: number): AssetLabel[] {
  return Array.from({ length: count }, (_, i) => ({
    tag: `LAS-${String(i + 1).padStart(4, '0')}`,
    name: i % 2 === 0 ? 'Mesin Las Listrik Inverter' : 'Multimeter Digital',
    roomName: i % 3 === 0 ? 'Bengkel Las' : 'Bengkel Listrik',
  }));
}

async function render(list: AssetLabel[], name: string, blk = BLK): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await renderPdfToBuffer(buildAssetLabelsPdf(blk, list)));
  return file;
}

interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/** Every word pdftotext finds, with its box in points. */
function words(file: string): Word[] {
  const xml = execFileSync('pdftotext', ['-enc', 'UTF-8', '-bbox', file, '-']).toString('utf8');
  const found: Word[] = [];
  let page = 0;
  for (const line of xml.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m)
      found.push({
        page,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: m[5] ?? '',
      });
  }
  return found;
}

/** Page 1 rendered at 150 dpi, as a scanner would see it printed. */
function firstPage(file: string): PNG {
  const prefix = join(dir, 'page-1');
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', file, prefix]);
  return PNG.sync.read(readFileSync(`${prefix}.png`));
}

/** The QR found in one label's cell of the page. */
function decodeCell(page: PNG, index: number): string | undefined {
  const scale = 150 / 72;
  const x0 = Math.floor((index % LABEL_COLUMNS) * CELL_WIDTH * scale);
  const y0 = Math.floor(Math.floor(index / LABEL_COLUMNS) * CELL_HEIGHT * scale);
  const w = Math.floor(CELL_WIDTH * scale);
  const h = Math.floor(CELL_HEIGHT * scale);
  const cell = new PNG({ width: w, height: h });
  PNG.bitblt(page, cell, x0, y0, Math.min(w, page.width - x0), Math.min(h, page.height - y0), 0, 0);
  return jsQR(new Uint8ClampedArray(cell.data), w, h)?.data;
}

describe('asset label sheet PDF', () => {
  it('puts 24 labels on a page: 240 labels make 10 pages with every tag, name and room', async () => {
    const list = labels(240);
    const file = await render(list, '240.pdf');
    expect(LABELS_PER_PAGE).toBe(24);
    expect(pageCount(file)).toBe(10);
    const text = squeeze(pdftotext(file));
    for (const label of list) expect(text).toContain(label.tag);
    expect(text).toContain('Mesin Las Listrik Inverter');
    expect(text).toContain('Multimeter Digital');
    expect(text).toContain('Bengkel Las');
    expect(text).toContain('Bengkel Listrik');
    expect(text).toContain(BLK.toUpperCase());
    const pages = pdftotext(file).split('\f');
    expect(pages[0]).toContain('LAS-0024');
    expect(pages[0]).not.toContain('LAS-0025');
    expect(pages[9]).toContain('LAS-0240');
  });

  it('starts a new page at the 25th label and prints a single label alone', async () => {
    expect(pageCount(await render(labels(24), '24.pdf'))).toBe(1);
    expect(pageCount(await render(labels(25), '25.pdf'))).toBe(2);
    expect(pageCount(await render(labels(1), '1.pdf'))).toBe(1);
  });

  it('holds exactly the tag in each QR, also for a long tag and a lower-case one', async () => {
    const list = labels(6);
    list[1] = { tag: LONG_TAG, name: 'Scan Tool OBD II', roomName: 'Bengkel Otomotif' };
    list[5] = { tag: 'las-2026.0001_b', name: 'Helm Las', roomName: 'Bengkel Las' };
    const page = firstPage(await render(list, 'qr.pdf'));
    expect(decodeCell(page, 0)).toBe('LAS-0001');
    expect(decodeCell(page, 1)).toBe(LONG_TAG);
    expect(decodeCell(page, 4)).toBe('LAS-0005');
    expect(decodeCell(page, 5)).toBe('las-2026.0001_b');
  });

  it('shortens long names, rooms and tags with an ellipsis and keeps every word inside its own label', async () => {
    const list: AssetLabel[] = Array.from({ length: 24 }, (_, i) => ({
      tag: i % 4 === 0 ? LONG_TAG : i % 4 === 1 ? 'W'.repeat(40) : `LAS-${i}`,
      name: i % 2 === 0 ? LONG_NAME : 'Kompresor-Udara-Tanpa-Oli-Dengan-Tangki-Seratus-Liter-Swan-SVP-202',
      roomName: 'Bengkel Otomotif Sepeda Motor dan Mobil Ringan Gedung B Lantai 2',
    }));
    const longBlk = 'UPTD Balai Latihan Kerja Kabupaten Penajam Paser Utara Provinsi Kalimantan Timur Indonesia';
    const file = await render(list, 'long.pdf', longBlk);
    expect(pageCount(file)).toBe(1);
    const text = squeeze(pdftotext(file));
    expect(text).not.toContain(LONG_NAME);
    expect(text).toContain('Gerinda Tangan 4 inch');
    expect(text).toContain('…');
    // The long tag is broken after a separator and read back whole.
    expect(text.replace(/\s/g, '')).toContain(LONG_TAG);
    const all = words(file);
    expect(all.length).toBeGreaterThan(100);
    for (const word of all) {
      const col = Math.floor((word.xMin + 0.5) / CELL_WIDTH);
      const row = Math.floor((word.yMin + 0.5) / CELL_HEIGHT);
      // Inside its cell, clear of the edge by a little (cut tolerance of sticker sheets).
      expect(word.xMax, word.text).toBeLessThanOrEqual((col + 1) * CELL_WIDTH - 4);
      expect(word.yMax, word.text).toBeLessThanOrEqual((row + 1) * CELL_HEIGHT - 4);
      expect(word.xMin).toBeGreaterThanOrEqual(col * CELL_WIDTH + 4);
      expect(word.yMin).toBeGreaterThanOrEqual(row * CELL_HEIGHT + 4);
    }
  });
});

describe('fitLines and fitTag', () => {
  const face = { bold: true, fontSize: 7.8 };

  it('keeps text that fits as it is', () => {
    expect(fitLines('Bor Listrik', face, 100, 2)).toEqual(['Bor Listrik']);
  });

  it('breaks at spaces, caps the lines and ends the last one with an ellipsis, never wider than the box', () => {
    const lines = fitLines(LONG_NAME, face, 100, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    for (const line of lines) expect(setWidth(line, face)).toBeLessThanOrEqual(100);
    expect(lines.join(' ').replace('…', '')).toBe(LONG_NAME.slice(0, lines.join(' ').length - 1).trimEnd());
  });

  it('breaks a word wider than the box between its letters', () => {
    const lines = fitLines('Kompresor-Udara-Tanpa-Oli-Dengan-Tangki', face, 60, 3);
    for (const line of lines) expect(setWidth(line, face)).toBeLessThanOrEqual(60);
    expect(lines.join('').replace('…', '')).toMatch(/^Kompresor-Udara/);
  });

  it('sets a short tag large on one line and a long one on two lines after a separator', () => {
    const short = fitTag('LAS-0012');
    expect(short.lines).toEqual(['LAS-0012']);
    expect(short.size).toBeGreaterThanOrEqual(16);
    const long = fitTag(LONG_TAG);
    expect(long.lines).toHaveLength(2);
    expect(long.lines.join('')).toBe(LONG_TAG);
    expect(long.lines[0]).toMatch(/[/-]$/);
  });
});
