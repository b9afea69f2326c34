/**
 * ForceAtlas2 at build time. The run is deterministic: starting positions come
 * from a hash of each id, the iteration count is fixed, and nodes and edges are
 * fed in the graph's (sorted) insertion order.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seededPosition } from './hash.ts';
import type { EntityGraph, Point, RelationEdge } from './types.ts';

/** How a layout run is set up. */
export interface LayoutOptions {
  /** ForceAtlas2 iterations; a fixed number, never "until it settles", so runs agree. */
  iterations?: number;
  /** Changes every starting position at once, for trying another arrangement. */
  seed?: string;
  /** A node held at the origin (a neighbourhood's centre). */
  pinned?: string;
}

interface LayoutNode {
  x: number;
  y: number;
  size: number;
  fixed: boolean;
}

/** Frontmatter relations are facts an editor wrote down; they pull harder than one shared article. */
const STRUCTURAL_PULL = 3;

/** How strongly an edge pulls its ends together. */
export function layoutWeight(edge: RelationEdge): number {
  return edge.type === 'co-mention' ? edge.weight : STRUCTURAL_PULL;
}

/** Node positions in layout units, keyed by node; the ordering of the map is the graph's. */
export function layoutGraph(graph: EntityGraph, { iterations = 400, seed = 'marsad', pinned }: LayoutOptions = {}): Map<string, Point> {
  // The multigraph folds into a simple one: parallel relations add up to one pull.
  const work = new UndirectedGraph<LayoutNode, { weight: number }>();
  const spread = 10 * Math.sqrt(Math.max(graph.order, 1));
  graph.forEachNode((key) => {
    const start = key === pinned ? { x: 0, y: 0 } : seededPosition(key, seed, spread);
    work.addNode(key, { ...start, size: 1, fixed: key === pinned });
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    const weight = layoutWeight(attributes);
    if (work.hasEdge(source, target)) work.updateEdgeAttribute(source, target, 'weight', (value) => (value ?? 0) + weight);
    else work.addEdge(source, target, { weight });
  });

  const positions = new Map<string, Point>();
  if (work.order === 0) return positions;
  const mapping =
    work.size === 0
      ? Object.fromEntries(work.mapNodes((key, { x, y }) => [key, { x, y }]))
      : forceAtlas2(work, {
          iterations,
          getEdgeWeight: 'weight',
          settings: forceAtlas2.inferSettings(work),
        });
  work.forEachNode((key) => {
    const point = mapping[key];
    if (point) positions.set(key, { x: point.x, y: point.y });
  });
  return positions;
}
