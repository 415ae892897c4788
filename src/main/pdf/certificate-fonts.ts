/**
 * What the certificate needs to know about its serif font before it lays out a page: which
 * characters it cannot draw (a name in Chinese script or with an emoji would print as blank
 * boxes on a document that cannot be corrected afterwards), and how wide a name sets, so the
 * name can be sized to fit instead of overflowing the frame.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FontkitFont, openFont } from './font-cache';
import { fontsDir } from './fonts';

const SERIF_REGULAR = 'NotoSerif-Regular.ttf';
const SERIF_BOLD = 'NotoSerif-Bold.ttf';

const cache = new Map<string, FontkitFont>();

/** Parsing a TTF takes milliseconds; a batch of 1,000 certificates must do it once. */
function font(file: string): FontkitFont {
  const hit = cache.get(file);
  if (hit) return hit;
  const opened = openFont(readFileSync(join(fontsDir(), file)));
  cache.set(file, opened);
  return opened;
}

/**
 * The distinct characters of `text` that Noto Serif has no glyph for, in order of first
 * appearance. Whitespace and invisible joiners never print, so they are never reported.
 */
export function unsupportedCharacters(text: string): string[] {
  const serif = font(SERIF_REGULAR);
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
  const bold = font(SERIF_BOLD);
  return (bold.layout(text).advanceWidth / bold.unitsPerEm) * size;
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
