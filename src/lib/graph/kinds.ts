/** Node kinds as drawn: one colour per kind of actor, one for every agreement. */
import { ACTOR_KINDS, type ActorKind } from '../content/schema.ts';
import { ACTOR_KIND_LABEL, AGREEMENT_KIND_LABEL } from '../content/labels.ts';
import type { EntityKind, EntityNode } from './types.ts';

/** A colour group: one per kind of actor, and one shared by all agreements. */
export type NodeGroup = ActorKind | 'agreement';

/** Every group, in the order the legend and the text list show them. */
const NODE_GROUPS: readonly NodeGroup[] = [...ACTOR_KINDS, 'agreement'];

/** The colour group of a node: its actor kind, or `agreement`. */
export function nodeGroup(node: EntityKind): NodeGroup {
  return node.collection === 'actors' ? node.kind : 'agreement';
}

/** The group's name in the plural, for the legend and the headings of the text list. */
export function groupLabel(group: NodeGroup): string {
  return group === 'agreement' ? 'الاتفاقات' : ACTOR_KIND_LABEL[group].many;
}

/** The node's own kind in the singular: «شخصية»، «مذكرة تفاهم». */
export function kindLabel(node: EntityNode): string {
  return node.collection === 'actors' ? ACTOR_KIND_LABEL[node.kind].one : AGREEMENT_KIND_LABEL[node.kind];
}

/** The groups present among the nodes, in legend order. */
export function groupsPresent(nodes: Iterable<EntityKind>): NodeGroup[] {
  const present = new Set<NodeGroup>();
  for (const node of nodes) present.add(nodeGroup(node));
  return NODE_GROUPS.filter((group) => present.has(group));
}
