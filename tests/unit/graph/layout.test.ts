import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildEntityGraph } from '../../../src/lib/graph/build.ts';
import { fnv1a, seededPosition } from '../../../src/lib/graph/hash.ts';
import { layoutGraph } from '../../../src/lib/graph/layout.ts';
import { buildScene } from '../../../src/lib/graph/scene.ts';
import { NETWORK_DRAWING } from '../../../src/lib/graph/drawings.ts';
import { renderGraphSvg } from '../../../src/lib/graph/svg.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';
import { sampleGraph } from './fixtures.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('seeded positions', () => {
  it('FNV-1a matches the published test vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('depend on the id and the seed only, within the spread', () => {
    const first = seededPosition('actors/qatar', 's', 50);
    expect(seededPosition('actors/qatar', 's', 50)).toEqual(first);
    expect(seededPosition('actors/turkey', 's', 50)).not.toEqual(first);
    expect(seededPosition('actors/qatar', 't', 50)).not.toEqual(first);
    expect(Math.abs(first.x)).toBeLessThanOrEqual(50);
    expect(Math.abs(first.y)).toBeLessThanOrEqual(50);
  });
});

describe('layoutGraph', () => {
  const demo = () => {
    const site = loadSiteIndex(path.resolve('content'));
    return buildEntityGraph({ entities: site.registry.entities, mentions: site.mentions });
  };

  it('gives identical coordinates on two runs over separately built graphs', () => {
    const first = layoutGraph(demo(), { iterations: 200 });
    const second = layoutGraph(demo(), { iterations: 200 });
    expect([...second]).toEqual([...first]);
    expect(first.size).toBe(demo().order);
  });

  it('never draws on Math.random', () => {
    const random = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random called');
    });
    expect(() => layoutGraph(sampleGraph(), { iterations: 50 })).not.toThrow();
    expect(random).not.toHaveBeenCalled();
  });

  it('moves the nodes from their seeded start, to finite places', () => {
    const graph = sampleGraph();
    const positions = layoutGraph(graph, { iterations: 100 });
    for (const [key, { x, y }] of positions) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect({ x, y }).not.toEqual(seededPosition(key, 'marsad', 10 * Math.sqrt(graph.order)));
    }
  });

  it('another seed gives another arrangement', () => {
    const a = layoutGraph(sampleGraph(), { iterations: 100, seed: 'one' });
    const b = layoutGraph(sampleGraph(), { iterations: 100, seed: 'two' });
    expect([...b]).not.toEqual([...a]);
  });

  it('holds a pinned node at the origin', () => {
    const positions = layoutGraph(sampleGraph(), { iterations: 100, pinned: 'actors/gna' });
    expect(positions.get('actors/gna')).toEqual({ x: 0, y: 0 });
  });

  it('places a graph without edges where the seeds put it', () => {
    const graph = sampleGraph();
    graph.clearEdges();
    const positions = layoutGraph(graph, { iterations: 10 });
    expect(positions.get('actors/qatar')).toEqual(seededPosition('actors/qatar', 'marsad', 10 * Math.sqrt(graph.order)));
  });
});

describe('the whole drawing', () => {
  it('prints the same SVG bytes on two runs', () => {
    const render = () => {
      const graph = sampleGraph();
      const scene = buildScene(graph, layoutGraph(graph, { iterations: 120 }), NETWORK_DRAWING);
      return renderGraphSvg(scene, { id: 'g', title: 'شبكة', href: (p) => `/${p}`, locale: 'ar-LY', fontSize: NETWORK_DRAWING.fontSize });
    };
    const first = render();
    expect(render()).toBe(first);
    // Coordinates are printed with at most one decimal.
    expect(first).not.toMatch(/ (?:x|y|cx|cy|r|x1|y1|x2|y2)="-?\d+\.\d{2,}"/);
    expect(first).toMatch(/ cx="\d+(?:\.\d)?"/);
  });
});
