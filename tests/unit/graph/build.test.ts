import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityKey } from '../../../src/lib/entities/registry.ts';
import { buildEntityGraph, edgeKey, mostMentioned, pruneCoMentions } from '../../../src/lib/graph/build.ts';
import { EDGE_TYPES, edgeTypesPresent, type EdgeType, type EntityGraph } from '../../../src/lib/graph/types.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';
import { actor, agreement, fakeMentions, sampleGraph } from './fixtures.ts';

const edgesOf = (graph: EntityGraph) => graph.mapEdges((key, { type, weight }, source, target) => ({ key, type, weight, source, target }));

describe('the graph of the demo corpus', () => {
  const site = loadSiteIndex(path.resolve('content'));
  const graph = buildEntityGraph({ entities: site.registry.entities, mentions: site.mentions });

  it('has a node for every actor and agreement, with its article count and page', () => {
    expect(graph.order).toBe(site.registry.entities.length);
    expect(graph.getNodeAttributes('actors/khalifa-haftar')).toMatchObject({
      name: 'خليفة حفتر',
      collection: 'actors',
      kind: 'person',
      path: 'actors/khalifa-haftar/',
      mentions: site.mentions.backlinks('actors/khalifa-haftar').length,
    });
  });

  it('has every type of edge', () => {
    expect(edgeTypesPresent(graph)).toEqual(EDGE_TYPES);
  });

  it('has the recorded relations of the frontmatter', () => {
    expect(graph.hasEdge(edgeKey('party', 'agreements/geneva-ceasefire-2020', 'actors/libyan-national-army'))).toBe(true);
    expect(graph.hasEdge(edgeKey('witness', 'agreements/geneva-ceasefire-2020', 'actors/stephanie-williams'))).toBe(true);
    expect(graph.hasEdge(edgeKey('affiliation', 'actors/khalifa-haftar', 'actors/libyan-national-army'))).toBe(true);
  });

  it('weighs each co-mention by the published articles the two entities share, once per pair', () => {
    const coMentions = edgesOf(graph).filter(({ type }) => type === 'co-mention');
    const expected = site.registry.entities.flatMap((entry) => {
      const key = `${entry.collection}/${entry.id}` as EntityKey;
      return site.mentions
        .coMentioned(key)
        .filter(({ entity }) => key < entity)
        .map(({ entity, shared }) => `${key}|${entity}=${shared}`);
    });
    expect(coMentions.map(({ source, target, weight }) => `${source}|${target}=${weight}`).sort()).toEqual(expected.sort());
    expect(coMentions.length).toBeGreaterThan(0);
  });

  it('has no self-loops', () => {
    expect(edgesOf(graph).filter(({ source, target }) => source === target)).toEqual([]);
  });
});

describe('building from a content root', () => {
  const article = (date: string, actors: string, extra = '') =>
    `---\ntitle: خبر\ndate: ${date}\nsummary: ملخص.\nactors: [${actors}]\n${extra}---\n\nنص.\n`;
  const root = makeContentRoot({
    ...VALID_FILES,
    'articles/2020/10/qatar-mou-breach.md': article('2020-10-26', 'qatar, libyan-national-army'),
    'articles/2020/11/again.md': article('2020-11-02', 'qatar, libyan-national-army, khalifa-haftar'),
    'articles/2020/12/draft.md': article('2020-12-01', 'qatar, khalifa-haftar', 'draft: true\n'),
  });
  const site = loadSiteIndex(root);
  const graph = buildEntityGraph({ entities: site.registry.entities, mentions: site.mentions });

  it('counts only published articles in a co-mention', () => {
    expect(graph.getEdgeAttributes(edgeKey('co-mention', 'actors/libyan-national-army', 'actors/qatar'))).toEqual({
      type: 'co-mention',
      weight: 2,
    });
    expect(graph.getEdgeAttributes(edgeKey('co-mention', 'actors/khalifa-haftar', 'actors/qatar'))).toEqual({
      type: 'co-mention',
      weight: 1,
    });
  });

  it('links an agreement to its parties, and a member to what it belongs to', () => {
    const recorded = edgesOf(graph).filter(({ type }) => type !== 'co-mention');
    expect(recorded.map(({ type, source, target }) => [type, source, target])).toEqual([
      ['affiliation', 'actors/khalifa-haftar', 'actors/libyan-national-army'],
      ['party', 'agreements/geneva-ceasefire-2020', 'actors/libyan-national-army'],
    ]);
  });
});

describe('buildEntityGraph', () => {
  it('skips references to unknown entities and to the entity itself', () => {
    const graph = buildEntityGraph({
      entities: [actor('a', 'أ', 'person', ['a', 'missing']), agreement('x', 'س', 'mou', ['a', 'ghost'], ['a'])],
      mentions: fakeMentions({}, [['actors/a', 'actors/a', 3]]),
    });
    expect(edgesOf(graph).map(({ type, source, target }) => `${type} ${source} ${target}`)).toEqual([
      'party agreements/x actors/a',
      'witness agreements/x actors/a',
    ]);
  });

  it('gives the same graph whatever order the entities come in', () => {
    const entities = [actor('b', 'ب', 'state'), actor('a', 'أ', 'person', ['b']), agreement('x', 'س', 'mou', ['b', 'a'])];
    const mentions = fakeMentions({}, [
      ['actors/a', 'actors/b', 2],
      ['actors/b', 'agreements/x', 1],
    ]);
    const forward = buildEntityGraph({ entities, mentions });
    const backward = buildEntityGraph({ entities: [...entities].reverse(), mentions });
    expect(backward.nodes()).toEqual(forward.nodes());
    expect(edgesOf(backward)).toEqual(edgesOf(forward));
  });

  it('keeps two relations between the same pair as two edges', () => {
    const graph = sampleGraph();
    const between = graph.edges('actors/lna', 'actors/gna').map((key) => graph.getEdgeAttribute(key, 'type'));
    expect(between).toEqual(['co-mention']);
    const types = graph.edges('agreements/geneva', 'actors/lna').map((key) => graph.getEdgeAttribute(key, 'type'));
    expect(types).toEqual(['party'] satisfies EdgeType[]);
  });
});

describe('pruneCoMentions', () => {
  it('drops co-mentions under the threshold and nothing else, leaving the original intact', () => {
    const graph = sampleGraph();
    const pruned = pruneCoMentions(graph, 3);
    const kept = edgesOf(pruned).map(({ type, weight }) => `${type}:${weight}`);
    expect(kept.filter((edge) => edge.startsWith('co-mention'))).toEqual(['co-mention:3', 'co-mention:5']);
    expect(kept.filter((edge) => !edge.startsWith('co-mention'))).toHaveLength(4);
    expect(pruned.order).toBe(graph.order);
    expect(graph.size).toBe(8);
  });
});

describe('mostMentioned', () => {
  const site = loadSiteIndex(path.resolve('content'));
  const graph = buildEntityGraph({ entities: site.registry.entities, mentions: site.mentions });

  it('keeps the most mentioned entities and only the relations among them', () => {
    const top = mostMentioned(graph, 5);
    expect(top.order).toBe(5);
    const counts = graph.mapNodes((_key, { mentions }) => mentions).sort((a, b) => b - a);
    expect(top.mapNodes((_key, { mentions }) => mentions).sort((a, b) => b - a)).toEqual(counts.slice(0, 5));
    top.forEachEdge((_edge, _attributes, source, target) => {
      expect(top.hasNode(source) && top.hasNode(target)).toBe(true);
    });
    expect(top.size).toBe(graph.filterEdges((_edge, _attributes, source, target) => top.hasNode(source) && top.hasNode(target)).length);
    expect(graph.order).toBe(site.registry.entities.length);
  });

  it('returns a graph within the limit as it is', () => {
    expect(mostMentioned(graph, graph.order)).toBe(graph);
  });
});
