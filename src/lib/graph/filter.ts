/**
 * Filtering the network by kind, in the browser: which nodes and edges fade
 * when some kinds are unticked. No DOM here, so the rule is tested in Node.
 */

/** A node as the filter sees it: its key and its colour group. */
export interface FilterableNode {
  key: string;
  group: string;
}

/** An edge as the filter sees it: its two ends. */
export interface FilterableEdge {
  source: string;
  target: string;
}

/** The nodes of the unticked groups, and the edges that touch any of them. */
export function filtered<N extends FilterableNode, E extends FilterableEdge>(
  nodes: readonly N[],
  edges: readonly E[],
  hiddenGroups: ReadonlySet<string>,
): { nodes: Set<N>; edges: Set<E> } {
  const hiddenNodes = new Set(nodes.filter(({ group }) => hiddenGroups.has(group)));
  const hiddenKeys = new Set([...hiddenNodes].map(({ key }) => key));
  return { nodes: hiddenNodes, edges: new Set(edges.filter(({ source, target }) => hiddenKeys.has(source) || hiddenKeys.has(target))) };
}
