/** An entity's own corner of the graph: the entities within a few relations of it. */
import { MultiUndirectedGraph } from 'graphology';
import { compareKeys } from './build.ts';
import type { EntityGraph, EntityNode, RelationEdge } from './types.ts';

/** Bounds on a neighbourhood beyond its depth. */
export interface NeighbourhoodOptions {
  /** At most this many entities besides the centre; the closest relations are kept first. */
  limit?: number;
}

/**
 * The subgraph of the entities at most `depth` relations from `entityKey`,
 * with every edge among them. When `limit` cuts a ring short, relations an
 * editor recorded (party, witness, affiliation) win over co-mentions, and
 * co-mentions are ranked by the articles shared.
 */
export function neighbourhood(graph: EntityGraph, entityKey: string, depth = 1, { limit = Infinity }: NeighbourhoodOptions = {}): EntityGraph {
  if (!graph.hasNode(entityKey)) throw new Error(`neighbourhood: no entity "${entityKey}" in the graph (keys look like actors/khalifa-haftar)`);
  const kept = new Set([entityKey]);
  let frontier = [entityKey];
  for (let ring = 0; ring < depth && frontier.length > 0 && kept.size - 1 < limit; ring++) {
    const ranked = rankNeighbours(graph, frontier, kept);
    frontier = ranked.slice(0, Math.max(0, limit - (kept.size - 1)));
    for (const key of frontier) kept.add(key);
  }

  // Insertion follows the parent graph's (sorted) order, so the subgraph is as deterministic.
  const sub: EntityGraph = new MultiUndirectedGraph<EntityNode, RelationEdge>();
  graph.forEachNode((key, attributes) => {
    if (kept.has(key)) sub.addNode(key, { ...attributes });
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (kept.has(source) && kept.has(target)) sub.addEdgeWithKey(key, source, target, { ...attributes });
  });
  return sub;
}

interface Rank {
  recorded: boolean;
  shared: number;
}

/** The unvisited neighbours of a ring, closest first. */
function rankNeighbours(graph: EntityGraph, frontier: readonly string[], kept: ReadonlySet<string>): string[] {
  const ranks = new Map<string, Rank>();
  for (const from of frontier) {
    graph.forEachEdge(from, (_edge, { type, weight }, source, target) => {
      const other = source === from ? target : source;
      if (kept.has(other)) return;
      const rank = ranks.get(other) ?? { recorded: false, shared: 0 };
      if (type === 'co-mention') rank.shared = Math.max(rank.shared, weight);
      else rank.recorded = true;
      ranks.set(other, rank);
    });
  }
  return [...ranks]
    .sort(([a, rankA], [b, rankB]) => Number(rankB.recorded) - Number(rankA.recorded) || rankB.shared - rankA.shared || compareKeys(a, b))
    .map(([key]) => key);
}
