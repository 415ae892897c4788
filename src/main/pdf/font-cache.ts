/**
 * Font work shared across PDF documents. pdfkit parses every TTF afresh for each document and
 * keeps its word-width cache per document, while fontkit decodes the OpenType layout tables
 * (kerning, marks) lazily without keeping them. So every new document paid ~300 ms per font
 * before its first word and milliseconds per word, plus decoding the name and metrics tables
 * again to embed the font: a folder of 1,000 certificates at one file each would take minutes.
 *
 * Two patches on fontkit's font class (pdfmake and pdfkit offer no hook for either):
 * - a table decoded once per font file is handed to every later copy of that file. fontkit
 *   clones the tables it changes when subsetting, and nothing else writes to them;
 * - `layout` runs on the first parsed copy of a file and remembers its results. pdfkit still
 *   builds its own subset per document (it uses only glyph ids, identical across copies of a
 *   file) and gets a fresh copy of each result, because it rescales positions in place.
 */
import { createRequire } from 'node:module';

/** The slice of fontkit's API used here and by certificate-fonts.ts (fontkit ships no types). */
export interface FontkitFont {
  postscriptName: string | null;
  numGlyphs: number;
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string, ...rest: unknown[]): GlyphRun;
}

interface GlyphRun {
  glyphs: unknown[];
  positions: object[];
  advanceWidth: number;
}

interface TableEntry {
  tag: string;
  checkSum: number;
  length: number;
}

/** fontkit's private parts that the patches rely on; checked before patching. */
interface FontInternals {
  directory: { tables: Record<string, TableEntry> };
}

interface FontkitModule {
  create(bytes: Uint8Array, postscriptName?: string): FontkitFont | null;
}

type Layout = (this: FontkitFont, text: string, ...rest: unknown[]) => GlyphRun;
type DecodeTable = (this: FontkitFont & FontInternals, table: TableEntry) => unknown;

/**
 * The very fontkit instance pdfkit requires, found from pdfmake's own location: importing
 * 'fontkit' here could give its ESM build, a separate instance pdfkit never calls.
 */
export function pdfkitsFontkit(): FontkitModule {
  const fromHere = createRequire(import.meta.url);
  const fromPdfmake = createRequire(fromHere.resolve('pdfmake'));
  const fromPdfkit = createRequire(fromPdfmake.resolve('pdfkit'));
  return fromPdfkit('fontkit') as FontkitModule;
}

const PATCHED = Symbol.for('pelita.sharedLayout');
// Words and short runs of text; a long-running app prints few distinct ones, but stay bounded.
const MAX_RUNS = 50_000;

/** The first parsed copy of each font file, which does the shaping for all copies. */
const canonical = new Map<string, FontkitFont>();
const runs = new Map<string, GlyphRun>();
const tables = new Map<string, unknown>();
const keys = new WeakMap<object, string>();

/**
 * Identifies a font file by its table directory: every table's tag, length and checksum, read
 * when fontkit opens the file. Two different files do not share all of them.
 */
function fontKey(font: FontkitFont & FontInternals): string {
  let key = keys.get(font);
  if (!key) {
    key = Object.values(font.directory.tables)
      .map((t) => `${t.tag}:${t.length}:${t.checkSum}`)
      .join(',');
    keys.set(font, key);
  }
  return key;
}

/** A run pdfkit may scale in place without touching the cached one. */
function copyRun(run: GlyphRun): GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run);
  copy.glyphs = run.glyphs.slice();
  copy.positions = run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p) as object) as object, p));
  return copy;
}

/**
 * Patches fontkit's font class once per process, using `sample` (any TTF fontkit reads) to reach
 * it. Idempotent. If fontkit's shape ever changes, it leaves fontkit alone: slower, still correct.
 */
export function shareFontLayout(sample: Uint8Array): void {
  const font = pdfkitsFontkit().create(sample);
  if (!font) return;
  const proto = Object.getPrototypeOf(font) as Record<PropertyKey, unknown>;
  if (proto[PATCHED]) return;
  const internals = font as Partial<FontInternals>;
  if (typeof proto.layout !== 'function' || typeof proto._decodeTable !== 'function') return;
  if (typeof internals.directory?.tables !== 'object') return;

  const originalDecode = proto._decodeTable as DecodeTable;
  const sharedDecode: DecodeTable = function sharedDecodeTable(table) {
    const key = `${fontKey(this)}\u0000${table.tag}`;
    if (tables.has(key)) return tables.get(key);
    const decoded = originalDecode.call(this, table);
    tables.set(key, decoded);
    return decoded;
  };

  const original = proto.layout as Layout;
  const shared: Layout = function sharedLayout(this: FontkitFont, text, ...rest) {
    const key = fontKey(this as FontkitFont & FontInternals);
    if (!canonical.has(key)) canonical.set(key, this);
    const owner = canonical.get(key) ?? this;
    const runKey = `${key}\u0000${text}\u0000${JSON.stringify(rest)}`;
    let run = runs.get(runKey);
    if (!run) {
      run = original.call(owner, text, ...rest);
      if (runs.size >= MAX_RUNS) runs.clear();
      runs.set(runKey, run);
    }
    return copyRun(run);
  };
  proto._decodeTable = sharedDecode;
  proto.layout = shared;
  proto[PATCHED] = true;
}

/** Parses a font for our own measuring (sharing the layout work above once patched). */
export function openFont(bytes: Uint8Array): FontkitFont {
  const font = pdfkitsFontkit().create(bytes);
  if (!font) throw new Error('Not a font file');
  return font;
}
