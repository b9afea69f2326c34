import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { neighbourhood } from '../../../src/lib/graph/neighbourhood.ts';
import { neighbourhoodDrawing, NEIGHBOURHOOD_LIMIT, siteGraph } from '../../../src/lib/graph/drawings.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';
import { sampleGraph } from './fixtures.ts';

const sorted = (keys: Iterable<string>) => [...keys].sort();

describe('neighbourhood', () => {
  const graph = sampleGraph();

  it('at depth 1 holds the entity and exactly its neighbours', () => {
    const sub = neighbourhood(graph, 'actors/lna');
    expect(sorted(sub.nodes())).toEqual(sorted(['actors/lna', ...graph.neighbors('actors/lna')]));
    expect(sorted(sub.nodes())).toEqual(['actors/gna', 'actors/khalifa-haftar', 'actors/lna', 'agreements/geneva']);
  });

  it('keeps every edge among the kept entities and no other', () => {
    const sub = neighbourhood(graph, 'actors/lna');
    const kept = new Set(sub.nodes());
    const expected = graph.filterEdges((_key, _attributes, source, target) => kept.has(source) && kept.has(target));
    expect(sorted(sub.edges())).toEqual(sorted(expected));
    expect(sub.hasEdge('co-mention:actors/gna|actors/khalifa-haftar')).toBe(true);
    expect(sub.getEdgeAttributes('co-mention:actors/gna|actors/lna')).toEqual({ type: 'co-mention', weight: 5 });
  });

  it('reaches further with depth', () => {
    expect(sorted(neighbourhood(graph, 'actors/media', 1).nodes())).toEqual(['actors/media', 'actors/qatar']);
    expect(sorted(neighbourhood(graph, 'actors/media', 2).nodes())).toEqual(['actors/gna', 'actors/media', 'actors/qatar']);
    expect(neighbourhood(graph, 'actors/media', 4).order).toBe(graph.order);
    expect(neighbourhood(graph, 'actors/media', 0).nodes()).toEqual(['actors/media']);
  });

  it('under a limit keeps recorded relations first, then the most shared co-mentions', () => {
    // gna: party of geneva (recorded), co-mentioned with lna 5, haftar 3, qatar 2.
    expect(sorted(neighbourhood(graph, 'actors/gna', 1, { limit: 1 }).nodes())).toEqual(['actors/gna', 'agreements/geneva']);
    expect(sorted(neighbourhood(graph, 'actors/gna', 1, { limit: 2 }).nodes())).toEqual(['actors/gna', 'actors/lna', 'agreements/geneva']);
    expect(sorted(neighbourhood(graph, 'actors/gna', 1, { limit: 3 }).nodes())).toEqual([
      'actors/gna',
      'actors/khalifa-haftar',
      'actors/lna',
      'agreements/geneva',
    ]);
  });

  it('copies the attributes, leaving the graph untouched', () => {
    const sub = neighbourhood(graph, 'actors/qatar');
    sub.setNodeAttribute('actors/qatar', 'name', 'changed');
    expect(graph.getNodeAttribute('actors/qatar', 'name')).toBe('قطر');
    expect(graph.order).toBe(7);
  });

  it('refuses an unknown entity', () => {
    expect(() => neighbourhood(graph, 'khalifa-haftar')).toThrow(/no entity "khalifa-haftar"/);
  });
});

describe('the neighbourhood drawing of a demo entity', () => {
  const site = loadSiteIndex(path.resolve('content'));

  it('centres the entity and keeps to the limit', () => {
    const { graph, scene } = neighbourhoodDrawing(site, 'actors/khalifa-haftar');
    expect(graph.hasNode('actors/khalifa-haftar')).toBe(true);
    expect(graph.order).toBe(NEIGHBOURHOOD_LIMIT + 1);
    expect(scene.nodes[0]).toMatchObject({ key: 'actors/khalifa-haftar', focus: true });
    // Its recorded affiliation is always among the kept.
    expect(graph.hasNode('actors/libyan-national-army')).toBe(true);
    expect(siteGraph(site)).toBe(siteGraph(site));
  });
});
