/**
 * What the certificate needs to know about its fonts before it lays out a page: which
 * characters the serif cannot draw (a name in Chinese script or with an emoji would print as
 * blank boxes on a document that cannot be corrected afterwards), how wide a text sets, so the
 * name can be sized to fit instead of overflowing the frame, and where lines break.
 *
 * The certificate breaks its own lines and hands pdfmake one unbreakable run per line: pdfmake
 * otherwise measures, styles and draws every word as a run of its own, which made up a quarter
 * of the time to print a batch.
 */
import { advanceWidth, type FontkitFont, openFont } from './font-cache';
import { FONT_FAMILY_SANS, FONT_FAMILY_SERIF, type FontFamily, fontBytes, fontFile } from './fonts';

/** How a run of text is set: the pdfmake style properties that change its width. */
export interface Face {
  font?: FontFamily;
  bold?: boolean;
  italics?: boolean;
  fontSize: number;
  characterSpacing?: number;
}

/** The same parse pdfkit draws with (font-cache.ts), so measuring and drawing agree. */
const font = (face: Omit<Face, 'fontSize'>): FontkitFont =>
  openFont(fontBytes(fontFile(face.font ?? FONT_FAMILY_SANS, face.bold ?? false, face.italics ?? false)));

/** Width of `text` in points as pdfkit sets it, letter spacing included. */
export function setWidth(text: string, face: Face): number {
  const f = font(face);
  const spacing = (face.characterSpacing ?? 0) * Math.max(0, text.length - 1);
  return (advanceWidth(f, text) / f.unitsPerEm) * face.fontSize + spacing;
}

/**
 * Height of one line of `face` as pdfmake sets it: the font's ascent to descent (pdfkit leaves
 * out the line gap) times the style's `lineHeight`.
 */
export function lineHeight(face: Face, lineHeightFactor: number): number {
  const f = font(face);
  return ((f.ascent - f.descent) / f.unitsPerEm) * face.fontSize * lineHeightFactor;
}

/**
 * `text` broken into lines no wider than `width`, at spaces (greedy, as pdfmake would), keeping
 * the line breaks already in it. A single word wider than the box keeps a line of its own.
 */
export function breakLines(text: string, face: Face, width: number): string[] {
  const key = `${text}\u0000${face.font ?? ''}|${face.bold ?? ''}|${face.italics ?? ''}|${face.fontSize}|${face.characterSpacing ?? 0}|${width}`;
  let lines = brokenLines.get(key);
  if (!lines) {
    lines = greedyLines(text, face, width);
    if (brokenLines.size >= MAX_REMEMBERED) brokenLines.clear();
    brokenLines.set(key, lines);
  }
  return lines;
}

/**
 * Lines broken here as pdfmake content: a single line is a text node of its own, and only
 * several lines take a stack, since each node costs pdfmake a measure and a style lookup.
 */
export function oneRunPerLine(lines: string[]): { text: string } | { stack: { text: string }[] } {
  return lines.length === 1 ? { text: lines[0] ?? '' } : { stack: lines.map((line) => ({ text: line })) };
}

// Most texts (the BLK's name, the wording, the programme) repeat on every certificate of a batch.
const brokenLines = new Map<string, string[]>();
const MAX_REMEMBERED = 5_000;

function greedyLines(text: string, face: Face, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.trim().split(/\s+/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && setWidth(candidate, face) > width) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * The distinct characters of `text` that Noto Serif has no glyph for, in order of first
 * appearance. Whitespace and invisible joiners never print, so they are never reported.
 */
export function unsupportedCharacters(text: string): string[] {
  const serif = font({ font: FONT_FAMILY_SERIF });
  const missing = new Set<string>();
  for (const ch of text) {
    if (/\s/u.test(ch) || ch === '\u200d' || ch === '\u200c') continue;
    const codePoint = ch.codePointAt(0);
    if (codePoint !== undefined && !serif.hasGlyphForCodePoint(codePoint)) missing.add(ch);
  }
  return [...missing];
}

/** Width of `text` set in Noto Serif Bold at `size` points. */
export function serifBoldWidth(text: string, size: number): number {
  return setWidth(text, { font: FONT_FAMILY_SERIF, bold: true, fontSize: size });
}

export const NAME_MAX_SIZE = 30;
export const NAME_MIN_SIZE = 16;
/** Below this a single line looks timid; break onto two lines instead of shrinking further. */
const NAME_ONE_LINE_MIN = 24;
// pdfkit kerns and rounds slightly differently from this estimate; keep clear of the edge.
const SAFETY = 0.94;

/**
 * Point size for the trainee's name in a box `width` points wide: 30 pt when it fits on one
 * line, shrinking to 24 pt; past that the name may take two lines (pdfmake breaks at spaces),
 * shrinking down to 16 pt. Never larger than what fits, so a long name wraps but never spills.
 */
export function nameFontSize(name: string, width: number): number {
  const atOnePoint = serifBoldWidth(name.trim(), 1);
  if (atOnePoint <= 0) return NAME_MAX_SIZE;
  const oneLine = (width * SAFETY) / atOnePoint;
  if (oneLine >= NAME_ONE_LINE_MIN) return Math.min(NAME_MAX_SIZE, Math.floor(oneLine));
  // Two lines never fill perfectly (words do not split evenly): budget 85% of both.
  const twoLines = (2 * width * SAFETY * 0.85) / atOnePoint;
  return Math.max(NAME_MIN_SIZE, Math.min(NAME_ONE_LINE_MIN - 2, Math.floor(twoLines)));
}

/**
 * The name as set on the certificate: as is when it fits one line at `size`, otherwise broken
 * at the space that makes the two lines most even, so a long name never ends in one orphaned
 * word ("... Kusumaningrum Dewi / Saraswati").
 */
export function balancedName(name: string, size: number, width: number): string {
  const text = name.trim().replace(/\s+/g, ' ');
  if (serifBoldWidth(text, size) <= width * SAFETY) return text;
  const words = text.split(' ');
  let best = text;
  let bestLonger = Number.POSITIVE_INFINITY;
  for (let i = 1; i < words.length; i++) {
    const first = words.slice(0, i).join(' ');
    const second = words.slice(i).join(' ');
    const longer = Math.max(serifBoldWidth(first, 1), serifBoldWidth(second, 1));
    if (longer < bestLonger) {
      bestLonger = longer;
      best = `${first}\n${second}`;
    }
  }
  return best;
}
