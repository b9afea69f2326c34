/**
 * The entity graph of a corpus: actors and agreements as nodes; parties,
 * witnesses and affiliations from frontmatter, and co-mentions from the
 * published articles, as edges.
 */
import { MultiUndirectedGraph } from 'graphology';
import type { ActorEntry, AgreementEntry } from '../content/corpus.ts';
import { entityKey, type EntityKey } from '../entities/registry.ts';
import type { MentionIndex } from '../mentions/mention-index.ts';
import { entityPath } from '../pages/urls.ts';
import type { EdgeType, EntityGraph, EntityNode, RelationEdge } from './types.ts';

/** What the graph needs of an entity entry (the registry's entries fit). */
export type GraphEntity = Pick<ActorEntry, 'collection' | 'id' | 'data'> | Pick<AgreementEntry, 'collection' | 'id' | 'data'>;

/** The entities and the mention index a graph is built from. */
export interface GraphSource {
  entities: readonly GraphEntity[];
  mentions: Pick<MentionIndex, 'backlinks' | 'coMentioned'>;
}

/** The key of an edge: its type and its two ends, so the same relation is never added twice. */
export const edgeKey = (type: EdgeType, from: EntityKey, to: EntityKey): string => `${type}:${from}|${to}`;

/**
 * Builds the graph. Nodes and edges are inserted in sorted order, so every
 * iteration over the graph (and so the layout and the SVG) is the same for
 * the same content, whatever order the files were read in.
 */
export function buildEntityGraph({ entities, mentions }: GraphSource): EntityGraph {
  const graph: EntityGraph = new MultiUndirectedGraph<EntityNode, RelationEdge>();
  const sorted = [...entities].sort((a, b) => compareKeys(entityKey(a), entityKey(b)));
  for (const entity of sorted) {
    const key = entityKey(entity);
    const common = {
      key,
      name: entity.data.name,
      mentions: mentions.backlinks(key).length,
      path: entityPath(entity.collection, entity.id),
    };
    graph.addNode(
      key,
      entity.collection === 'actors'
        ? { ...common, collection: 'actors', kind: entity.data.kind }
        : { ...common, collection: 'agreements', kind: entity.data.kind },
    );
  }

  const link = (type: EdgeType, from: EntityKey, to: EntityKey, weight: number) => {
    // References to unknown entities are the content check's to report; self-references carry nothing.
    if (from === to || !graph.hasNode(from) || !graph.hasNode(to)) return;
    const key = edgeKey(type, from, to);
    if (!graph.hasEdge(key)) graph.addEdgeWithKey(key, from, to, { type, weight });
  };

  for (const entity of sorted) {
    const key = entityKey(entity);
    if (entity.collection === 'agreements') {
      for (const id of [...entity.data.parties].sort()) link('party', key, `actors/${id}`, 1);
      for (const id of [...entity.data.witnesses].sort()) link('witness', key, `actors/${id}`, 1);
    } else {
      for (const id of [...entity.data.affiliations].sort()) link('affiliation', key, `actors/${id}`, 1);
    }
  }

  for (const entity of sorted) {
    const key = entityKey(entity);
    const others = mentions
      .coMentioned(key)
      .filter(({ entity: other }) => compareKeys(key, other) < 0)
      .sort((a, b) => compareKeys(a.entity, b.entity));
    for (const { entity: other, shared } of others) link('co-mention', key, other, shared);
  }
  return graph;
}

/** Code-unit order: the same on every machine, unlike a locale's collation. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy without the co-mentions of fewer than `minShared` articles: one shared article is often chance. */
export function pruneCoMentions(graph: EntityGraph, minShared: number): EntityGraph {
  const pruned = graph.copy();
  pruned.forEachEdge((key, { type, weight }) => {
    if (type === 'co-mention' && weight < minShared) pruned.dropEdge(key);
  });
  return pruned;
}

/**
 * The `limit` most-mentioned entities and the relations among them (ties go
 * to the smaller key). A network of thousands of entities is neither
 * readable nor light; /data/graph.json keeps the whole of it.
 */
export function mostMentioned(graph: EntityGraph, limit: number): EntityGraph {
  if (graph.order <= limit) return graph;
  const kept = new Set(
    graph
      .nodes()
      .sort((a, b) => graph.getNodeAttribute(b, 'mentions') - graph.getNodeAttribute(a, 'mentions') || compareKeys(a, b))
      .slice(0, limit),
  );
  const subgraph = graph.copy();
  subgraph.forEachNode((key) => {
    if (!kept.has(key)) subgraph.dropNode(key);
  });
  return subgraph;
}
