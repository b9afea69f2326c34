import { describe, expect, it } from 'vitest';
import { filtered } from '../../../src/lib/graph/filter.ts';

describe('filtered', () => {
  const nodes = [
    { key: 'actors/a', group: 'person' },
    { key: 'actors/b', group: 'state' },
    { key: 'agreements/x', group: 'agreement' },
  ];
  const edges = [
    { source: 'agreements/x', target: 'actors/a' },
    { source: 'actors/a', target: 'actors/b' },
    { source: 'agreements/x', target: 'actors/b' },
  ];

  it('hides the unticked kinds and every edge that touches them', () => {
    const hidden = filtered(nodes, edges, new Set(['person']));
    expect([...hidden.nodes].map(({ key }) => key)).toEqual(['actors/a']);
    expect([...hidden.edges]).toEqual([edges[0], edges[1]]);
  });

  it('hides nothing when every kind is ticked', () => {
    const hidden = filtered(nodes, edges, new Set());
    expect(hidden.nodes.size + hidden.edges.size).toBe(0);
  });
});
