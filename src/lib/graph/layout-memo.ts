/**
 * Layouts kept between builds: every entity page draws its neighbourhood,
 * and running ForceAtlas2 for each of 1,000 entities costs a rebuild about
 * 2 s (profiled) for drawings that did not change; /graph/ draws the network
 * of the 150 most mentioned, 600 iterations. A layout is keyed by all
 * it reads (the nodes in order, the edges with their pull, the options), so
 * the same graph gets the same positions it would get afresh.
 */
import { createHash } from 'node:crypto';
import { keptMemo, type KeptWork } from '../build/kept-work.ts';
import { cacheFolder } from '../config/settings.ts';
import { layoutGraph, layoutWeight, type LayoutOptions } from './layout.ts';
import type { EntityGraph, Point } from './types.ts';

const LAYOUTS: KeptWork = { prefix: 'graph-layouts-', code: ['graph'], packages: ['graphology', 'graphology-layout-forceatlas2'] };

/** What a layout run reads, as one digest. */
export function layoutKey(graph: EntityGraph, options: LayoutOptions): string {
  const hash = createHash('sha1').update(JSON.stringify([options.iterations ?? null, options.seed ?? null, options.pinned ?? null]));
  graph.forEachNode((key) => hash.update(`n\0${key}\0`));
  graph.forEachEdge((_edge, attributes, source, target) => hash.update(`e\0${source}\0${target}\0${layoutWeight(attributes)}\0`));
  return hash.digest('base64');
}

/** `layoutGraph`, answered from the layouts kept in the cache folder when this graph was laid out before. */
export function keptLayout(graph: EntityGraph, options: LayoutOptions): Map<string, Point> {
  return keptMemo<Map<string, Point>>(LAYOUTS, cacheFolder()).get(layoutKey(graph, options), () => layoutGraph(graph, options));
}
