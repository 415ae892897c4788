/**
 * Fonts parsed once per process. pdfkit parses every TTF afresh for each document, keeps its
 * word-width cache per document, and fontkit decodes glyphs and layout tables lazily per parsed
 * copy: each new document paid ~300 ms per font before its first word and milliseconds per word,
 * so a folder of 1,000 certificates at one file each took minutes.
 *
 * fonts.ts hands pdfmake the same bytes (one Buffer per file) for every document, and fontkit is
 * taught (pdfmake and pdfkit offer no hook) to parse those bytes once:
 * - `fontkit.create` tries each registered format in turn and builds the first that accepts the
 *   bytes. The TrueType format now declines bytes parsed before, and a last format accepts them
 *   and returns that font. A fontkit font holds no per-document state: pdfkit keeps its subset,
 *   widths and caches in its own wrapper, and fontkit clones the tables it changes to subset;
 * - `layout` remembers its results per font. pdfkit gets a fresh copy of each result, because
 *   it rescales positions in place;
 * - a glyph's outline is decoded once (see patchGlyphs).
 */
import { createRequire } from 'node:module';

/** The slice of fontkit's API used here and by certificate-fonts.ts (fontkit ships no types). */
export interface FontkitFont {
  postscriptName: string | null;
  numGlyphs: number;
  unitsPerEm: number;
  /** hhea ascent and descent (negative), in font units. */
  ascent: number;
  descent: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string, ...rest: unknown[]): GlyphRun;
}

interface GlyphRun {
  glyphs: unknown[];
  positions: object[];
  advanceWidth: number;
}

interface FontkitModule {
  create(bytes: Uint8Array, postscriptName?: string): FontkitFont | null;
  registerFormat(format: FontFormat): void;
}

/** A font class as fontkit's registry holds it: `probe` picks it, `new` builds the font. */
interface FontFormat {
  probe(bytes: Uint8Array): boolean;
  new (stream: { buffer: Uint8Array }): FontkitFont;
}

type Layout = (this: FontkitFont, text: string, ...rest: unknown[]) => GlyphRun;

/**
 * The very fontkit instance pdfkit requires, found from pdfmake's own location: importing
 * 'fontkit' here could give its ESM build, a separate instance pdfkit never calls.
 */
function pdfkitsFontkit(): FontkitModule {
  const fromHere = createRequire(import.meta.url);
  const fromPdfmake = createRequire(fromHere.resolve('pdfmake'));
  const fromPdfkit = createRequire(fromPdfmake.resolve('pdfkit'));
  return fromPdfkit('fontkit') as FontkitModule;
}

const PATCHED = Symbol.for('pelita.sharedFonts');
// Words and short runs of text; a long-running app prints few distinct ones, but stay bounded.
const MAX_RUNS = 50_000;

const parsedFrom = new WeakMap<Uint8Array, FontkitFont>();
const runs = new WeakMap<FontkitFont, Map<string, GlyphRun>>();

/** A run pdfkit may scale in place without touching the cached one. */
function copyRun(run: GlyphRun): GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run);
  copy.glyphs = run.glyphs.slice();
  // Positions are plain records of numbers (fontkit's class has no methods).
  copy.positions = run.positions.map((p) => ({ ...p }));
  return copy;
}

let originalLayout: Layout | undefined;

/** fontkit's own result for `text`, computed once per font; callers must not change it. */
function rememberedRun(font: FontkitFont, text: string, rest: unknown[]): GlyphRun {
  let mine = runs.get(font);
  if (!mine) {
    mine = new Map();
    runs.set(font, mine);
  }
  const key = rest.length === 0 ? text : `${text}\u0000${JSON.stringify(rest)}`;
  let run = mine.get(key);
  if (!run) {
    run = (originalLayout ?? font.layout).call(font, text, ...rest);
    if (mine.size >= MAX_RUNS) mine.clear();
    mine.set(key, run);
  }
  return run;
}

/** Advance width of `text` in font units, as pdfkit will set it (kerning included). */
export function advanceWidth(font: FontkitFont, text: string): number {
  return rememberedRun(font, text, []).advanceWidth;
}

interface GlyphInternals {
  _font: { _variationProcessor?: unknown };
  _decode(): unknown;
}

const outlines = new WeakMap<object, unknown>();

/**
 * Remembers each glyph's decoded outline: pdfkit's subsetting decodes every glyph it embeds,
 * once per document, just to learn whether it is a composite. Variable fonts transform
 * outlines per instance, so their glyphs are left alone (Pelita ships none).
 */
function patchGlyphs(font: FontkitFont & { getGlyph(id: number): unknown }): void {
  const proto = Object.getPrototypeOf(font.getGlyph(0)) as Record<PropertyKey, unknown> | null;
  if (!proto || proto[PATCHED] || typeof proto._decode !== 'function') return;
  const original = proto._decode as (this: GlyphInternals) => unknown;
  proto._decode = function rememberedOutline(this: GlyphInternals) {
    if (this._font._variationProcessor) return original.call(this);
    if (!outlines.has(this)) outlines.set(this, original.call(this));
    return outlines.get(this);
  };
  proto[PATCHED] = true;
}

function patchLayout(font: FontkitFont): void {
  const proto = Object.getPrototypeOf(font) as Record<PropertyKey, unknown>;
  if (proto[PATCHED] || typeof proto.layout !== 'function') return;
  originalLayout = proto.layout as Layout;
  const remembered: Layout = function rememberedLayout(this: FontkitFont, text, ...rest) {
    return copyRun(rememberedRun(this, text, rest));
  };
  proto.layout = remembered;
  proto[PATCHED] = true;
}

/**
 * A "format" that accepts only bytes parsed before and builds nothing: constructing a class
 * whose constructor returns an object yields that object.
 */
const AlreadyParsed = function alreadyParsed(stream: { buffer: Uint8Array }) {
  return parsedFrom.get(stream.buffer);
} as unknown as FontFormat;
AlreadyParsed.probe = (bytes) => parsedFrom.has(bytes);

/**
 * Parses `bytes` once for the whole process, and makes fontkit hand out that parse whenever it
 * is given the same bytes again. If fontkit's shape ever changes, fonts are parsed per
 * document as before: slower, still correct.
 */
export function openFont(bytes: Uint8Array): FontkitFont {
  const known = parsedFrom.get(bytes);
  if (known) return known;
  const fontkit = pdfkitsFontkit();
  const font = fontkit.create(bytes);
  if (!font) throw new Error('Not a font file');
  const format = (Object.getPrototypeOf(font) as { constructor: FontFormat }).constructor;
  if (typeof format.probe !== 'function') return font;
  const original = format.probe as FontFormat['probe'] & { [PATCHED]?: true };
  if (!original[PATCHED]) {
    const declineParsed = Object.assign((b: Uint8Array) => !parsedFrom.has(b) && original.call(format, b), {
      [PATCHED]: true as const,
    });
    format.probe = declineParsed;
    fontkit.registerFormat(AlreadyParsed);
  }
  patchLayout(font);
  if (typeof (font as Partial<{ getGlyph: unknown }>).getGlyph === 'function')
    patchGlyphs(font as FontkitFont & { getGlyph(id: number): unknown });
  parsedFrom.set(bytes, font);
  return font;
}
