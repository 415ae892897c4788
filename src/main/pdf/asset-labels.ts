/**
 * Asset label sheets: A4 portrait, 3 x 8 labels per page, each with a QR holding the tag, the tag
 * in large type and a short name, for printing on sticker paper and sticking on the equipment.
 *
 * The cells are 70 x 37.1 mm and fill the sheet edge to edge, the layout of the common "3 x 8"
 * A4 sticker sheets. Every line is measured and broken here and drawn at a fixed place, so a
 * long name or tag is shortened (with an ellipsis) or set smaller, and never pushes into the
 * next label or onto another page. The QR is a PNG (qr-image.ts): one image per label instead
 * of hundreds of rectangles.
 */
import type { Content, ContentStack, TDocumentDefinitions } from 'pdfmake/interfaces';
import { type Face, lineHeight, setWidth } from './certificate-fonts';
import { qrPngDataUrl } from './qr-image';

export interface AssetLabel {
  tag: string;
  name: string;
  roomName: string;
}

// A4 in points and the 3 x 8 grid of 70 x 37.125 mm cells that fills it.
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
export const LABEL_COLUMNS = 3;
export const LABEL_ROWS = 8;
export const LABELS_PER_PAGE = LABEL_COLUMNS * LABEL_ROWS;
const CELL_WIDTH = PAGE_WIDTH / LABEL_COLUMNS;
const CELL_HEIGHT = PAGE_HEIGHT / LABEL_ROWS;

// The QR sits left, vertically centred, with at least four modules of blank sticker around it
// (the quiet zone scanners need) for tags up to about 14 characters.
const QR_SIZE = 64;
const QR_LEFT = 13;
const TEXT_LEFT = QR_LEFT + QR_SIZE + 9;
const TEXT_RIGHT = 11;
const TEXT_WIDTH = CELL_WIDTH - TEXT_LEFT - TEXT_RIGHT;
/** Office printers lose about 4 mm at the sheet's edge: the top and bottom rows stay inside. */
const TEXT_TOP = 13;
const TEXT_BOTTOM = 11;
// pdfkit kerns and rounds a hair differently from the measurement; keep clear of the edge.
const SAFETY = 0.97;

const BLACK = '#000000';
const TEXT = '#111111';
const MUTED = '#4a4a4a';
const RULE = '#9a9a9a';
const ELLIPSIS = '…';

const TAG_FACE = { bold: true, characterSpacing: 0.6 } as const;
const TAG_MAX_SIZE = 17;
/** Below this a tag on one line gets hard to read from a metre away: use two lines instead. */
const TAG_ONE_LINE_MIN = 11;
const TAG_MIN_SIZE = 7;
const NAME_FACE: Face = { bold: true, fontSize: 7.8 };
const ROOM_FACE: Face = { fontSize: 6.8 };
const BLK_FACE: Face = { fontSize: 5.6, characterSpacing: 0.15 };

const GAP_AFTER_TAG = 2;
const GAP_AFTER_NAME = 1.5;
const GAP_BEFORE_RULE = 3;
const GAP_AFTER_RULE = 2.5;

/**
 * Label sheets for `labels`, in order, 24 to a page, filling each page row by row from the top
 * left. The QR holds exactly the tag, so a scanner typing into the search field finds the asset.
 */
export function buildAssetLabelsPdf(blkName: string, labels: AssetLabel[]): TDocumentDefinitions {
  const blkLines = fitLines(blkName.toUpperCase(), BLK_FACE, TEXT_WIDTH, 2);
  const pages: Content[] = [];
  for (let start = 0; start < labels.length; start += LABELS_PER_PAGE) {
    const nodes: Content[] = [];
    labels.slice(start, start + LABELS_PER_PAGE).forEach((label, index) => {
      const x = (index % LABEL_COLUMNS) * CELL_WIDTH;
      const y = Math.floor(index / LABEL_COLUMNS) * CELL_HEIGHT;
      nodes.push(...labelNodes(label, blkLines, x, y));
    });
    pages.push({ stack: nodes, ...(start > 0 ? { pageBreak: 'before' as const } : {}) });
  }
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [0, 0, 0, 0],
    info: { title: `Label Aset – ${blkName}`, subject: `${labels.length} label aset` },
    // One measured line per text node: pdfmake must not break them again.
    defaultStyle: { fontSize: 8, lineHeight: 1, color: TEXT, noWrap: true },
    content: pages,
  };
}

function labelNodes(label: AssetLabel, blkLines: string[], cellX: number, cellY: number): Content[] {
  const tag = label.tag.trim();
  const fitted = fitTag(tag);
  const tagFace: Face = { ...TAG_FACE, fontSize: fitted.size };
  // The BLK's name is a footer at the same place on every label; the tag starts at the same
  // height on every label; the name and the room take the room between, the name shortened.
  const footerHeight = GAP_BEFORE_RULE + GAP_AFTER_RULE + blkLines.length * lineHeight(BLK_FACE, 1);
  const footerTop = CELL_HEIGHT - TEXT_BOTTOM - footerHeight;
  const roomLines = label.roomName.trim() === '' ? [] : fitLines(label.roomName, ROOM_FACE, TEXT_WIDTH, 1);
  const used =
    fitted.lines.length * lineHeight(tagFace, 1) +
    GAP_AFTER_TAG +
    GAP_AFTER_NAME +
    roomLines.length * lineHeight(ROOM_FACE, 1);
  const nameRoom = Math.floor((footerTop - TEXT_TOP - used) / lineHeight(NAME_FACE, 1));
  const nameLines = nameRoom <= 0 ? [] : fitLines(label.name, NAME_FACE, TEXT_WIDTH, Math.min(2, nameRoom));
  const x = cellX + TEXT_LEFT;
  return [
    {
      image: qrPngDataUrl(tag),
      width: QR_SIZE,
      height: QR_SIZE,
      absolutePosition: { x: cellX + QR_LEFT, y: cellY + (CELL_HEIGHT - QR_SIZE) / 2 },
    },
    {
      absolutePosition: { x, y: cellY + TEXT_TOP },
      stack: [
        { ...lines(fitted.lines, tagFace), color: BLACK, margin: [0, 0, 0, GAP_AFTER_TAG] },
        { ...lines(nameLines, NAME_FACE), margin: [0, 0, 0, GAP_AFTER_NAME] },
        lines(roomLines, ROOM_FACE),
      ],
    },
    {
      absolutePosition: { x, y: cellY + footerTop },
      stack: [
        {
          canvas: [{ type: 'line', x1: 0, y1: 0, x2: TEXT_WIDTH, y2: 0, lineWidth: 0.4, lineColor: RULE }],
          margin: [0, GAP_BEFORE_RULE, 0, GAP_AFTER_RULE],
        },
        { ...lines(blkLines, BLK_FACE), color: MUTED },
      ],
    },
  ];
}

/** Measured lines as one node each: pdfmake joins the lines of a `noWrap` text into one. */
function lines(texts: string[], face: Face): ContentStack {
  return { ...face, stack: texts.map((text) => ({ text })) };
}

/**
 * The tag's size and lines: one line as large as fits (17 pt down to 11 pt), else two lines
 * broken between characters (after a separator where possible), down to 7 pt; a tag too long
 * even then is shortened with an ellipsis, which the QR still holds in full.
 */
export function fitTag(tag: string): { size: number; lines: string[] } {
  const atOne = setWidth(tag, { ...TAG_FACE, fontSize: 1, characterSpacing: 0 });
  const spacing = TAG_FACE.characterSpacing * Math.max(0, tag.length - 1);
  const oneLine = Math.floor(((TEXT_WIDTH * SAFETY - spacing) / Math.max(atOne, 0.01)) * 2) / 2;
  if (oneLine >= TAG_ONE_LINE_MIN) return { size: Math.min(TAG_MAX_SIZE, oneLine), lines: [tag] };
  for (let size = TAG_ONE_LINE_MIN - 0.5; size >= TAG_MIN_SIZE; size -= 0.5) {
    const lines = breakTag(tag, { ...TAG_FACE, fontSize: size }, TEXT_WIDTH * SAFETY);
    if (lines.length <= 2) return { size, lines };
  }
  const face = { ...TAG_FACE, fontSize: TAG_MIN_SIZE };
  return { size: TAG_MIN_SIZE, lines: fitLines(tag, face, TEXT_WIDTH, 2) };
}

/** A tag broken between characters into lines no wider than `width`, after a separator where possible. */
function breakTag(tag: string, face: Face, width: number): string[] {
  const lines: string[] = [];
  let rest = tag;
  while (rest !== '') {
    let end = rest.length;
    while (end > 1 && setWidth(rest.slice(0, end), face) > width) end -= 1;
    if (end < rest.length) {
      const cut = Math.max(...['-', '/', '.', '_'].map((sep) => rest.lastIndexOf(sep, end - 1)));
      if (cut >= Math.floor(end / 2)) end = cut + 1;
    }
    lines.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  return lines;
}

/**
 * `text` in at most `maxLines` lines no wider than `width`: broken at spaces, a word wider than
 * the line broken between its characters, and the last line ending in an ellipsis when the
 * text does not fit.
 */
export function fitLines(text: string, face: Face, width: number, maxLines: number): string[] {
  const limit = width * SAFETY;
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (setWidth(candidate, face) <= limit) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A word wider than a whole line (a model number, a long compound): break between letters.
    while (setWidth(line, face) > limit && line.length > 1) {
      let end = line.length - 1;
      while (end > 1 && setWidth(line.slice(0, end), face) > limit) end -= 1;
      lines.push(line.slice(0, end));
      line = line.slice(end);
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(`${kept[maxLines - 1] ?? ''} ${lines[maxLines] ?? ''}`, face, limit);
  return kept;
}

/** The longest start of `text` that fits `limit` with an ellipsis after it, cut at a space if one is near. */
function withEllipsis(text: string, face: Face, limit: number): string {
  let end = text.length;
  while (end > 0 && setWidth(`${text.slice(0, end).trimEnd()}${ELLIPSIS}`, face) > limit) end -= 1;
  const space = text.lastIndexOf(' ', end);
  // Prefer ending on a whole word unless that throws away much of the line.
  if (space > end * 0.7) end = space;
  return `${text
    .slice(0, end)
    .trimEnd()
    .replace(/[\s,.;:–-]+$/, '')}${ELLIPSIS}`;
}
