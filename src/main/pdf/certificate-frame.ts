/**
 * The certificate's ornament, drawn as vector paths so it costs a few bytes per page and prints
 * crisply on any office printer: a double rule frame with gold corner brackets and diamonds on
 * the front, a lighter single frame on the back, and the red SALINAN stamp of a reprint. Each
 * colour and weight is one path: a batch of 1,000 certificates pays per drawing operation.
 */
import type { CanvasElement, Content } from 'pdfmake/interfaces';

/** pdfmake draws SVG paths in page coordinates; its typings do not list the element. */
export function pathElement(
  d: string,
  style: { color?: string; lineColor?: string; lineWidth?: number },
): CanvasElement {
  return { type: 'path', d, lineWidth: 0, ...style } as unknown as CanvasElement;
}

// A4 landscape in points.
export const PAGE_WIDTH = 841.89;
export const PAGE_HEIGHT = 595.28;
/** Left and right page margins, the same on both sides of the sheet. */
export const MARGIN_X = 64;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;

export const INK = '#1b2a41';
export const GOLD = '#a8863a';
export const MUTED = '#4a5568';
export const STAMP_RED = '#b3261e';

const OUTER = 20;
const INNER = 27;
const BRACKET = 35;
const BRACKET_LENGTH = 52;

function rect(inset: number, lineWidth: number, lineColor: string): CanvasElement {
  return {
    type: 'rect',
    x: inset,
    y: inset,
    w: PAGE_WIDTH - 2 * inset,
    h: PAGE_HEIGHT - 2 * inset,
    lineWidth,
    lineColor,
  };
}

const f = (v: number) => Number(v.toFixed(2));
const diamond = (cx: number, cy: number, r: number) =>
  `M${f(cx)} ${f(cy - r)}L${f(cx + r)} ${f(cy)}L${f(cx)} ${f(cy + r)}L${f(cx - r)} ${f(cy)}Z`;
const ell = (x: number, y: number, dx: number, dy: number, len: number) =>
  `M${f(x + dx * len)} ${f(y)}L${f(x)} ${f(y)}L${f(x)} ${f(y + dy * len)}`;

const CORNERS: [number, number, number, number][] = [
  [BRACKET, BRACKET, 1, 1],
  [PAGE_WIDTH - BRACKET, BRACKET, -1, 1],
  [BRACKET, PAGE_HEIGHT - BRACKET, 1, -1],
  [PAGE_WIDTH - BRACKET, PAGE_HEIGHT - BRACKET, -1, -1],
];

// Page coordinates, so the strings are built once; pdfmake never moves a path.
const BRACKETS = CORNERS.map(([x, y, dx, dy]) => ell(x, y, dx, dy, BRACKET_LENGTH)).join('');
// A second, shorter L inside the first gives each corner depth without an image.
const INNER_BRACKETS = CORNERS.map(([x, y, dx, dy]) => ell(x + dx * 5, y + dy * 5, dx, dy, 19)).join('');
const DIAMONDS = [
  ...CORNERS.map(([x, y, dx, dy]) => diamond(x - dx * 8, y - dy * 8, 4)),
  diamond(PAGE_WIDTH / 2, INNER, 5),
  diamond(PAGE_WIDTH / 2, PAGE_HEIGHT - INNER, 5),
  diamond(INNER, PAGE_HEIGHT / 2, 5),
  diamond(PAGE_WIDTH - INNER, PAGE_HEIGHT / 2, 5),
].join('');

/**
 * The front's frame, plus any extra page-coordinate elements (the QR) in the same canvas.
 * Built afresh per page: pdfmake moves rects and lines in place by the node's position.
 */
export function frontFrame(extra: CanvasElement[] = []): Content {
  return {
    canvas: [
      rect(OUTER, 2.4, INK),
      rect(INNER, 0.7, INK),
      pathElement(BRACKETS, { lineColor: GOLD, lineWidth: 1.4 }),
      pathElement(INNER_BRACKETS, { lineColor: GOLD, lineWidth: 0.6 }),
      pathElement(DIAMONDS, { color: GOLD }),
      ...extra,
    ],
    absolutePosition: { x: 0, y: 0 },
  };
}

export function backFrame(): Content {
  return { canvas: [rect(OUTER, 1.2, INK), rect(OUTER + 4, 0.4, GOLD)], absolutePosition: { x: 0, y: 0 } };
}

/** A short gold rule under a heading or a name. */
export function accentRule(width: number, margin: [number, number, number, number]): Content {
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.8, lineColor: GOLD }],
    alignment: 'center',
    margin,
  };
}

const STAMP_WIDTH = 150;

/**
 * The reprint mark, top right inside the frame where it cannot cover the name: a red box with
 * SALINAN and the reprint date, the way offices stamp a copy by hand.
 */
export function copyStamp(reprintedLine: string): Content {
  return {
    // The right edge sits on the page margin: an absolute block may not run past it.
    absolutePosition: { x: PAGE_WIDTH - MARGIN_X - STAMP_WIDTH, y: BRACKET + 12 },
    table: {
      widths: [STAMP_WIDTH - 10],
      body: [
        [
          {
            stack: [
              { text: 'SALINAN', bold: true, fontSize: 17, characterSpacing: 4, color: STAMP_RED },
              { text: reprintedLine, fontSize: 7, color: STAMP_RED, margin: [0, 1, 0, 0] },
            ],
            alignment: 'center',
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 1.6,
      vLineWidth: () => 1.6,
      hLineColor: () => STAMP_RED,
      vLineColor: () => STAMP_RED,
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
  };
}
