import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Content } from 'pdfmake/interfaces';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinPdfkitParts } from '../../../src/main/pdf/join-parts';
import { qrPngDataUrl } from '../../../src/main/pdf/qr-image';
import { renderPdfToBuffer } from '../../../src/main/pdf/render';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pelita-join-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a poppler tool; poppler repairs a broken file silently but says so on stderr. */
function poppler(tool: string, args: string[]): string {
  const run = spawnSync(tool, args, { encoding: 'utf8' });
  expect(run.status).toBe(0);
  expect(run.stderr).toBe('');
  return run.stdout;
}
const pageText = (file: string, page: number) =>
  poppler('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-']);

/** A pdfkit PDF of `pages` pages, each naming its part and page, with a QR image on the first. */
async function part(name: string, pages: number, title = `Bagian ${name}`): Promise<Uint8Array> {
  const content: Content[] = Array.from({ length: pages }, (_, i) => ({
    ...(i > 0 ? { pageBreak: 'before' as const } : {}),
    stack: [
      { text: `Bagian ${name} halaman ${i + 1}`, bold: i % 2 === 0 },
      ...(i === 0 ? [{ image: qrPngDataUrl(`${name}-qr`), width: 60 }] : []),
    ],
  }));
  return renderPdfToBuffer({ info: { title }, content });
}

function written(bytes: Uint8Array, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

describe('joining pdfkit parts', () => {
  it('keeps every page in order, with its text, fonts and images, in a file poppler reads without repair', async () => {
    const file = written(joinPdfkitParts([await part('A', 3), await part('B', 1), await part('C', 2)]), 'abc.pdf');
    expect(poppler('pdfinfo', [file])).toMatch(/Pages:\s+6\b/);
    const expected = ['A halaman 1', 'A halaman 2', 'A halaman 3', 'B halaman 1', 'C halaman 1', 'C halaman 2'];
    expected.forEach((text, i) => expect(pageText(file, i + 1)).toContain(`Bagian ${text}`));
    // The QR image of each part, on that part's first page.
    const images = poppler('pdfimages', ['-list', file]);
    expect(images.split('\n').filter((line) => /^\s+\d+\s+\d+\s+image/.test(line))).toHaveLength(3);
    expect(images).toMatch(/^\s+1\s+0\s+image/m);
    expect(images).toMatch(/^\s+4\s+\d+\s+image/m);
    expect(images).toMatch(/^\s+5\s+\d+\s+image/m);
  });

  it('keeps the first part title and writes a cross-reference table that points at every object', async () => {
    const bytes = Buffer.from(joinPdfkitParts([await part('A', 2, 'Sertifikat Pelatihan (4)'), await part('B', 2)]));
    expect(poppler('pdfinfo', [written(bytes, 'ab.pdf')])).toMatch(/Title:\s+Sertifikat Pelatihan \(4\)/);
    const text = bytes.toString('latin1');
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    const table = /^xref\n0 (\d+)\n/.exec(text.slice(startxref));
    expect(table).not.toBeNull();
    const size = Number(table?.[1]);
    expect(text).toContain(`/Size ${size}`);
    for (let number = 1; number < size; number++) {
      const entry = text.slice(startxref + (table?.[0].length ?? 0) + number * 20).slice(0, 20);
      const offset = Number(entry.slice(0, 10));
      expect(entry.slice(10)).toBe(' 00000 n \n');
      expect(text.startsWith(`${number} 0 obj\n`, offset)).toBe(true);
    }
    // One page tree: a root over each part's tree, each naming the root as its parent.
    const object = (number: number) =>
      text.slice(text.indexOf(`\n${number} 0 obj\n`), text.indexOf('endobj', text.indexOf(`\n${number} 0 obj\n`)));
    const catalog = Number(/\/Root (\d+) 0 R/.exec(text.slice(startxref))?.[1]);
    const root = Number(/\/Pages (\d+) 0 R/.exec(object(catalog))?.[1]);
    expect(object(root)).toContain('/Count 4');
    const kids = [...(/\/Kids \[([^\]]*)\]/.exec(object(root))?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((match) =>
      Number(match[1]),
    );
    expect(kids.map((kid) => /\/Type \/Pages/.test(object(kid)))).toEqual([true, true]);
    for (const kid of kids) expect(object(kid)).toContain(`/Parent ${root} 0 R`);
  });

  it("gives each part's font subsets names of their own", async () => {
    const file = written(joinPdfkitParts([await part('A', 1), await part('B', 1), await part('C', 1)]), 'fonts.pdf');
    const subsets = [1, 2, 3].map((page) =>
      poppler('pdffonts', ['-f', String(page), '-l', String(page), file])
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .map((line) => line.split(/\s+/)[0]),
    );
    const names = subsets.flat();
    expect(names).toHaveLength(3);
    expect(new Set(names).size).toBe(3);
    for (const name of names) expect(name).toMatch(/^[A-Z]{6}\+NotoSans-Bold$/);
  });

  it('leaves strings alone even where they read like a reference', async () => {
    const title = 'Kelas 3 0 R (uji)';
    const bytes = Buffer.from(joinPdfkitParts([await part('A', 1), await part('B', 1, title)]));
    expect(bytes.toString('latin1')).toContain('(Kelas 3 0 R \\(uji\\))');
  });

  it('refuses what is not a whole pdfkit file, instead of writing half of one', async () => {
    const whole = await part('A', 1);
    expect(() => joinPdfkitParts([whole, Buffer.from('not a pdf')])).toThrow(/Cannot join PDF parts/);
    expect(() => joinPdfkitParts([whole, whole.subarray(0, whole.length - 200)])).toThrow(/Cannot join PDF parts/);
    expect(() => joinPdfkitParts([])).toThrow(/Cannot join PDF parts/);
  });
});
