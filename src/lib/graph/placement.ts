/**
 * Label placement: each label tries the sides of its node in turn and takes
 * the first where it overlaps no circle, no label already placed and not the
 * drawing's edge. Labels that fit nowhere are left out; the node keeps its
 * name in its `<title>` and in the text list below the drawing.
 */
import type { Point } from './types.ts';

/** An axis-aligned box in drawing coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a label sits relative to its node, in drawing coordinates (y grows downwards). */
export type LabelSide = 'left' | 'right' | 'below' | 'above' | 'above-left' | 'above-right' | 'below-left' | 'below-right';

/** Which end of the label is at its anchor: `left` labels end at it on their right, `right` labels start at it on their left. */
export function horizontalOf(side: LabelSide): 'left' | 'right' | 'centre' {
  return side.endsWith('left') ? 'left' : side.endsWith('right') ? 'right' : 'centre';
}

/** Where a label is drawn, and the box it covers. */
export interface LabelPlacement {
  /** The anchor point: for labels left of the node their right end, for those right of it their left end, else their middle. */
  x: number;
  /** The baseline. */
  y: number;
  side: LabelSide;
  box: Rect;
}

/** A node asking for a label: its centre, radius and text. */
export interface LabelRequest extends Point {
  key: string;
  text: string;
  r: number;
}

/** The drawing labels must stay inside, and their size. */
export interface PlacementOptions {
  fontSize: number;
  width: number;
  height: number;
  /** Space between a circle and its label. */
  gap?: number;
}

/**
 * Average advance of a character in em, measured on IBM Plex Sans Arabic and
 * rounded up: joined Arabic letters are narrower than Latin ones, spaces narrower still.
 */
const ADVANCE_EM = { space: 0.26, digit: 0.58, other: 0.5 };

/** An estimate of the label's width: the build has no font metrics, and a slight over-estimate only costs a label. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    em += char === ' ' ? ADVANCE_EM.space : /[0-9]/.test(char) ? ADVANCE_EM.digit : ADVANCE_EM.other;
  }
  return em * fontSize;
}

/** Sides in the order they are tried: in Arabic a label reads after its marker, to its left; the corners are the last resort. */
const SIDES: readonly LabelSide[] = ['left', 'right', 'below', 'above', 'below-left', 'above-left', 'below-right', 'above-right'];

/** Places labels for the requests in the order given (put the most important first). */
export function placeLabels(
  requests: readonly LabelRequest[],
  { fontSize, width, height, gap = 5 }: PlacementOptions,
): Map<string, LabelPlacement> {
  const placed = new Map<string, LabelPlacement>();
  const taken: Rect[] = [];
  for (const request of requests) {
    const textWidth = estimateTextWidth(request.text, fontSize);
    for (const side of SIDES) {
      const candidate = labelAt(request, side, textWidth, fontSize, gap);
      const { box } = candidate;
      const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
      if (!inside) continue;
      if (taken.some((other) => overlaps(box, other))) continue;
      if (requests.some((node) => circleMeetsRect(node, node.r, box))) continue;
      placed.set(request.key, candidate);
      taken.push(box);
      break;
    }
  }
  return placed;
}

/** Arabic glyphs rise about 0.8 em above the baseline and fall about 0.4 em below it. */
const ASCENT = 0.8;
const DESCENT = 0.4;

function labelAt({ x, y, r }: LabelRequest, side: LabelSide, textWidth: number, fontSize: number, gap: number): LabelPlacement {
  const ascent = ASCENT * fontSize;
  const boxHeight = (ASCENT + DESCENT) * fontSize;
  const horizontal = horizontalOf(side);
  const vertical = side.startsWith('above') ? 'above' : side.startsWith('below') ? 'below' : 'middle';
  // A corner label clears the circle's diagonal, not its full radius.
  const reach = horizontal !== 'centre' && vertical !== 'middle' ? r * Math.SQRT1_2 : r;
  const anchorX = horizontal === 'left' ? x - reach - gap : horizontal === 'right' ? x + reach + gap : x;
  const boxTop = vertical === 'above' ? y - reach - gap - boxHeight : vertical === 'below' ? y + reach + gap : y - boxHeight / 2;
  const boxLeft = horizontal === 'left' ? anchorX - textWidth : horizontal === 'right' ? anchorX : anchorX - textWidth / 2;
  return { x: anchorX, y: boxTop + ascent, side, box: { x: boxLeft, y: boxTop, width: textWidth, height: boxHeight } };
}

/** Whether two rectangles share any area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether a circle reaches into a rectangle. */
export function circleMeetsRect(centre: Point, r: number, rect: Rect): boolean {
  const nearestX = Math.min(Math.max(centre.x, rect.x), rect.x + rect.width);
  const nearestY = Math.min(Math.max(centre.y, rect.y), rect.y + rect.height);
  return (centre.x - nearestX) ** 2 + (centre.y - nearestY) ** 2 < r * r;
}
