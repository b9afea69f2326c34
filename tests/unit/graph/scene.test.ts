import { describe, expect, it } from 'vitest';
import { buildScene, edgeWidth, type SceneOptions } from '../../../src/lib/graph/scene.ts';
import { overlaps, circleMeetsRect } from '../../../src/lib/graph/placement.ts';
import type { Point } from '../../../src/lib/graph/types.ts';
import { sampleGraph } from './fixtures.ts';

const OPTIONS: SceneOptions = { width: 500, maxHeight: 400, padding: 20, radius: { min: 4, max: 20 }, fontSize: 12 };

/** A hand-made layout: a line of nodes, spread 10 units apart. */
function linePositions(keys: readonly string[]): Map<string, Point> {
  return new Map(keys.map((key, index) => [key, { x: index * 10, y: (index % 2) * 5 }]));
}

describe('buildScene', () => {
  const graph = sampleGraph();
  const scene = buildScene(graph, linePositions(graph.nodes()), OPTIONS);

  it('fits every node inside the drawing, padding kept', () => {
    for (const node of scene.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(OPTIONS.padding);
      expect(node.x).toBeLessThanOrEqual(OPTIONS.width - OPTIONS.padding);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeLessThanOrEqual(scene.height);
    }
    expect(scene.height).toBeLessThanOrEqual(OPTIONS.maxHeight);
  });

  it('sizes nodes by their articles: the most mentioned gets the largest radius', () => {
    const byKey = new Map(scene.nodes.map((node) => [node.key, node]));
    expect(byKey.get('actors/gna')?.r).toBe(OPTIONS.radius.max);
    expect(byKey.get('actors/media')?.r).toBeLessThan(byKey.get('actors/qatar')?.r ?? 0);
    expect(byKey.get('actors/unsmil')?.r).toBe(OPTIONS.radius.min);
    expect(scene.nodes.map(({ r }) => r)).toEqual([...scene.nodes.map(({ r }) => r)].sort((a, b) => b - a));
  });

  it('draws co-mentions first, thicker with more shared articles', () => {
    const types = scene.edges.map(({ type }) => type);
    expect(types.lastIndexOf('co-mention')).toBeLessThan(types.findIndex((type) => type !== 'co-mention'));
    const widthOf = (weight: number) => scene.edges.find((edge) => edge.type === 'co-mention' && edge.weight === weight)?.width ?? 0;
    expect(widthOf(1)).toBeLessThan(widthOf(2));
    expect(widthOf(3)).toBeLessThan(widthOf(5));
    expect(edgeWidth('co-mention', 1, 1)).toBeGreaterThan(0);
  });

  it('places labels that overlap neither each other nor any circle', () => {
    const labelled = scene.nodes.filter((node) => node.label);
    expect(labelled.length).toBeGreaterThan(0);
    for (const node of labelled) {
      const box = node.label?.box;
      if (!box) continue;
      for (const other of labelled) if (other !== node && other.label) expect(overlaps(box, other.label.box)).toBe(false);
      for (const circle of scene.nodes) expect(circleMeetsRect(circle, circle.r, box)).toBe(false);
    }
  });

  it('marks the focus node and draws it first', () => {
    const focused = buildScene(graph, linePositions(graph.nodes()), { ...OPTIONS, focus: 'actors/media' });
    expect(focused.nodes[0]).toMatchObject({ key: 'actors/media', focus: true });
    expect(focused.nodes.filter(({ focus }) => focus)).toHaveLength(1);
  });

  it('puts a lone node in the middle', () => {
    const lone = sampleGraph();
    for (const key of lone.nodes()) if (key !== 'actors/qatar') lone.dropNode(key);
    const single = buildScene(lone, new Map([['actors/qatar', { x: 7, y: -3 }]]), OPTIONS);
    expect(single.nodes[0]).toMatchObject({ x: OPTIONS.width / 2, y: single.height / 2 });
  });
});
