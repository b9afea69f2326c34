/**
 * The graph as text: for each entity, its relations grouped by kind. This is
 * the list below the drawing, so that readers who cannot see it get the same
 * information.
 */
import { compareKeys } from './build.ts';
import { groupLabel, groupsPresent, nodeGroup, type NodeGroup } from './kinds.ts';
import { EDGE_TYPES, type EdgeType, type EntityGraph, type EntityNode } from './types.ts';
import { relationLabel } from './wording.ts';

/** One entity at the other end of a relation. */
interface Connection {
  node: EntityNode;
  /** Shared articles for a co-mention; 1 for a recorded relation. */
  weight: number;
}

/** The entities related to one entity in one way. */
export interface RelationGroup {
  type: EdgeType;
  /** How the relation reads from this entity: «طرف في»، «الأطراف»… */
  label: string;
  connections: Connection[];
}

/** An entity with all its relations. */
interface EntityConnections {
  node: EntityNode;
  relations: RelationGroup[];
}

/** The entities of one colour group, for one part of the text list. */
export interface ConnectionSection {
  group: NodeGroup;
  label: string;
  entities: EntityConnections[];
}

const arabicOrder = new Intl.Collator('ar');

/** Within a type, the relation read from the edge's source first: «ينتمي إلى» before «ينتمي إليه». */
const RELATION_ORDER = EDGE_TYPES.flatMap((type) => [relationLabel(type, true), relationLabel(type, false)]);

/** Names in Arabic alphabetical order, the key breaking ties so the order never depends on the collator alone. */
const byName = (a: EntityNode, b: EntityNode): number => arabicOrder.compare(a.name, b.name) || compareKeys(a.key, b.key);

/** The relations of one entity: recorded ones first, then co-mentions, most shared first. */
export function connectionsOf(graph: EntityGraph, key: string): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  graph.forEachEdge(key, (_edge, { type, weight }, source, target) => {
    const fromSource = source === key;
    const label = relationLabel(type, fromSource);
    // Keyed by how the relation reads, so a co-mention is one group whichever end the edge was stored from.
    let group = groups.get(label);
    if (!group) groups.set(label, (group = { type, label, connections: [] }));
    group.connections.push({ node: graph.getNodeAttributes(fromSource ? target : source), weight });
  });
  const ordered = [...groups.values()].sort(
    (a, b) => EDGE_TYPES.indexOf(a.type) - EDGE_TYPES.indexOf(b.type) || RELATION_ORDER.indexOf(a.label) - RELATION_ORDER.indexOf(b.label),
  );
  return ordered.map((group) => ({
    ...group,
    connections: group.connections.sort((a, b) => b.weight - a.weight || byName(a.node, b.node)),
  }));
}

/** Every entity with its relations, grouped as the legend groups them and alphabetical within a group. */
export function connectionSections(graph: EntityGraph): ConnectionSection[] {
  const nodes = graph.mapNodes((_key, attributes) => attributes);
  return groupsPresent(nodes).map((group) => ({
    group,
    label: groupLabel(group),
    entities: nodes
      .filter((node) => nodeGroup(node) === group)
      .sort(byName)
      .map((node) => ({ node, relations: connectionsOf(graph, node.key) })),
  }));
}
