/**
 * From a laid-out graph to what is drawn: node positions fitted into the
 * drawing, radii, edge widths and label places, all rounded so the SVG
 * prints the same bytes for the same content.
 */
import { compareKeys } from './build.ts';
import { placeLabels, type LabelPlacement } from './placement.ts';
import type { EdgeType, EntityGraph, EntityNode, Point } from './types.ts';
import { round1 } from './xml.ts';

/** The size of the drawing and of what is in it. */
export interface SceneOptions {
  /** Width of the drawing in SVG units. */
  width: number;
  /** The drawing is as tall as the layout needs, up to this. */
  maxHeight: number;
  /** Space kept free around the nodes, for labels. */
  padding: number;
  /** Radii of the least and the most mentioned node. */
  radius: { min: number; max: number };
  fontSize: number;
  /** Nodes smaller than this get no label (their name stays in the title and the text list). */
  labelMinRadius?: number;
  /** A node drawn as the centre of the picture (a neighbourhood's entity). */
  focus?: string;
}

/** A node where it is drawn, with its radius and label. */
export type SceneNode = EntityNode &
  Point & {
    r: number;
    degree: number;
    focus: boolean;
    label: LabelPlacement | undefined;
  };

/** An edge as drawn: its ends and its stroke width. */
export interface SceneEdge {
  key: string;
  type: EdgeType;
  weight: number;
  source: string;
  target: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Stroke width in SVG units. */
  width: number;
}

/** Everything the SVG renderer draws, in drawing order. */
export interface Scene {
  width: number;
  height: number;
  /** Largest first, so small nodes are drawn over large ones and stay clickable. */
  nodes: SceneNode[];
  /** Co-mentions first, so the relations an editor recorded are drawn on top. */
  edges: SceneEdge[];
}

/** Stroke widths: recorded relations have one width; co-mentions grow with the articles shared. */
const STRUCTURAL_WIDTH = 2.2;
const CO_MENTION_WIDTH = { min: 0.6, max: 4.5 };

/** Fits the layout into the drawing, sizes the nodes by their articles, places labels largest node first. */
export function buildScene(graph: EntityGraph, positions: ReadonlyMap<string, Point>, options: SceneOptions): Scene {
  const { width, maxHeight, padding, radius, fontSize, labelMinRadius = 0, focus } = options;
  const keys = graph.nodes().filter((key) => positions.has(key));
  const points = keys.map((key) => positions.get(key) as Point);
  const fit = fitter(points, width, maxHeight, padding);

  const maxMentions = Math.max(1, ...keys.map((key) => graph.getNodeAttribute(key, 'mentions')));
  const nodes = keys.map((key, index): SceneNode => {
    const attributes = graph.getNodeAttributes(key);
    const point = fit.place(points[index] as Point);
    const r = round1(radius.min + (radius.max - radius.min) * Math.sqrt(attributes.mentions / maxMentions));
    return { ...attributes, x: point.x, y: point.y, r, degree: graph.degree(key), focus: key === focus, label: undefined };
  });
  nodes.sort((a, b) => (a.focus !== b.focus ? (a.focus ? -1 : 1) : b.r - a.r || b.degree - a.degree || compareKeys(a.key, b.key)));

  const labels = placeLabels(
    nodes.filter((node) => node.r >= labelMinRadius || node.focus).map(({ key, name, x, y, r }) => ({ key, text: name, x, y, r })),
    { fontSize, width, height: fit.height },
  );
  for (const node of nodes) node.label = roundLabel(labels.get(node.key));

  const byKey = new Map<string, SceneNode>(nodes.map((node) => [node.key, node]));
  let maxShared = 1;
  graph.forEachEdge((_edge, { type, weight }) => {
    if (type === 'co-mention') maxShared = Math.max(maxShared, weight);
  });
  const edges: SceneEdge[] = [];
  graph.forEachEdge((key, { type, weight }, source, target) => {
    const from = byKey.get(source);
    const to = byKey.get(target);
    if (!from || !to) return;
    edges.push({
      key,
      type,
      weight,
      source,
      target,
      x1: from.x,
      y1: from.y,
      x2: to.x,
      y2: to.y,
      width: edgeWidth(type, weight, maxShared),
    });
  });
  edges.sort((a, b) => Number(a.type !== 'co-mention') - Number(b.type !== 'co-mention') || compareKeys(a.key, b.key));
  return { width, height: fit.height, nodes, edges };
}

/** Stroke width of an edge, rounded to two decimals. */
export function edgeWidth(type: EdgeType, weight: number, maxShared: number): number {
  if (type !== 'co-mention') return STRUCTURAL_WIDTH;
  const share = maxShared > 1 ? (weight - 1) / (maxShared - 1) : 0;
  return Math.round((CO_MENTION_WIDTH.min + (CO_MENTION_WIDTH.max - CO_MENTION_WIDTH.min) * Math.sqrt(share)) * 100) / 100;
}

/**
 * How much wider than tall (or the reverse) the drawing may stretch the layout.
 * A force layout has no preferred axis, and labels run sideways: a little
 * stretch fills a wide screen and gives them room, more would mislead.
 */
const MAX_STRETCH = 1.4;

/** Scales the layout into the drawing and centres it; a lone node sits in the middle. */
function fitter(
  points: readonly Point[],
  width: number,
  maxHeight: number,
  padding: number,
): { height: number; place(point: Point): Point } {
  if (points.length === 0) return { height: Math.round(2 * padding), place: (point) => point };
  const xs = points.map(({ x }) => x);
  const ys = points.map(({ y }) => y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const spanX = Math.max(...xs) - minX;
  const spanY = Math.max(...ys) - minY;
  const fitX = spanX > 0 ? (width - 2 * padding) / spanX : Infinity;
  const fitY = spanY > 0 ? (maxHeight - 2 * padding) / spanY : Infinity;
  const uniform = Math.min(fitX, fitY);
  const scaleX = Number.isFinite(uniform) ? Math.min(fitX, uniform * MAX_STRETCH) : 0;
  const scaleY = Number.isFinite(uniform) ? Math.min(fitY, uniform * MAX_STRETCH) : 0;
  const height = Math.round(Math.min(maxHeight, spanY * scaleY + 2 * padding));
  const offsetX = (width - spanX * scaleX) / 2;
  const offsetY = (height - spanY * scaleY) / 2;
  return {
    height,
    place: ({ x, y }) => ({ x: round1(offsetX + (x - minX) * scaleX), y: round1(offsetY + (y - minY) * scaleY) }),
  };
}

function roundLabel(label: LabelPlacement | undefined): LabelPlacement | undefined {
  if (!label) return undefined;
  const { box } = label;
  return {
    ...label,
    x: round1(label.x),
    y: round1(label.y),
    box: { x: round1(box.x), y: round1(box.y), width: round1(box.width), height: round1(box.height) },
  };
}
