/** The shapes shared by the entity graph's construction, layout and rendering. */
import type { MultiUndirectedGraph } from 'graphology';
import type { ActorKind, AgreementKind } from '../content/schema.ts';
import type { EntityKey } from '../entities/registry.ts';

/** How two entities are related; the first three come from frontmatter, the last from articles. */
export type EdgeType = 'party' | 'witness' | 'affiliation' | 'co-mention';

/** Every edge type, in the order legends and text alternatives list them. */
export const EDGE_TYPES: readonly EdgeType[] = ['party', 'witness', 'affiliation', 'co-mention'];

interface NodeBase {
  key: EntityKey;
  /** Arabic name, as the site shows it. */
  name: string;
  /** Published articles that mention or name the entity. */
  mentions: number;
  /** Site path of the entity's page, without the base path. */
  path: string;
}

/** The collection and kind of an entity together: the collection tells which list of kinds applies (both have an `other`). */
export type EntityKind = { collection: 'actors'; kind: ActorKind } | { collection: 'agreements'; kind: AgreementKind };

/** An actor or an agreement. */
export type EntityNode = NodeBase & EntityKind;

/** The attributes of an edge. */
export interface RelationEdge {
  type: EdgeType;
  /** 1 for frontmatter relations; the number of shared published articles for co-mentions. */
  weight: number;
}

/**
 * Entities and their relations. Multi-edged because two entities can be
 * related in several ways at once (a party to an agreement is usually also
 * mentioned with it). Party and witness edges run from the agreement to the
 * actor, affiliation edges from the member to the body it belongs to.
 */
export type EntityGraph = MultiUndirectedGraph<EntityNode, RelationEdge>;

/** A point in layout or drawing coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** The edge types the graph has, in legend order. */
export function edgeTypesPresent(graph: EntityGraph): EdgeType[] {
  const present = new Set<EdgeType>();
  graph.forEachEdge((_edge, { type }) => present.add(type));
  return EDGE_TYPES.filter((type) => present.has(type));
}
