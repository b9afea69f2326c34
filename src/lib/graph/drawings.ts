/**
 * The graph drawings the site shows, computed once per content state: the
 * whole network for /graph/, and each entity's neighbourhood for its page.
 */
import type { SiteIndex } from '../site-index.ts';
import { buildEntityGraph, mostMentioned, pruneCoMentions } from './build.ts';
import { keptLayout } from './layout-memo.ts';
import { neighbourhood } from './neighbourhood.ts';
import { buildScene, type Scene, type SceneOptions } from './scene.ts';
import type { EntityGraph } from './types.ts';

/** The whole network on /graph/. */
export const NETWORK_DRAWING: SceneOptions = { width: 1000, maxHeight: 700, padding: 28, radius: { min: 5, max: 22 }, fontSize: 16 };

/** A neighbourhood on an entity page: narrower, so its labels stay readable on a phone. */
export const NEIGHBOURHOOD_DRAWING: SceneOptions = { width: 460, maxHeight: 340, padding: 16, radius: { min: 6, max: 16 }, fontSize: 14 };

/** The network draws co-mentions of at least this many articles; fewer is often chance, and the drawing would be a tangle. */
export const NETWORK_MIN_SHARED = 2;

/** Entities the network on /graph/ draws at most: the most mentioned. */
const NETWORK_LIMIT = 150;

/** Entities around the centre of a neighbourhood. */
export const NEIGHBOURHOOD_LIMIT = 10;

/** A graph and the scene drawn from it (the graph also feeds the text list). */
export interface GraphDrawing {
  graph: EntityGraph;
  scene: Scene;
}

/** What the drawings read of the site index. */
export type SiteSource = Pick<SiteIndex, 'registry' | 'mentions'>;

// Keyed by the site index, which stays the same object while the content does not change.
const graphs = new WeakMap<SiteSource, EntityGraph>();
const networks = new WeakMap<SiteSource, GraphDrawing>();

/** Every entity and every relation, co-mentions of one article included. */
export function siteGraph(site: SiteSource): EntityGraph {
  let graph = graphs.get(site);
  if (!graph) graphs.set(site, (graph = buildEntityGraph({ entities: site.registry.entities, mentions: site.mentions })));
  return graph;
}

/** The network as /graph/ draws it. */
export function networkDrawing(site: SiteSource): GraphDrawing {
  let drawing = networks.get(site);
  if (!drawing) {
    const full = mostMentioned(siteGraph(site), NETWORK_LIMIT);
    // Laid out with every co-mention, so an entity whose only ties are weak still sits beside them instead of drifting off.
    const positions = keptLayout(full, { iterations: 600 });
    const graph = pruneCoMentions(full, NETWORK_MIN_SHARED);
    drawing = { graph, scene: buildScene(graph, positions, NETWORK_DRAWING) };
    networks.set(site, drawing);
  }
  return drawing;
}

/** One entity's neighbourhood, laid out around it. */
export function neighbourhoodDrawing(site: SiteSource, entityKey: string): GraphDrawing {
  const graph = neighbourhoodGraph(site, entityKey);
  const positions = keptLayout(graph, { iterations: 300, pinned: entityKey });
  return { graph, scene: buildScene(graph, positions, { ...NEIGHBOURHOOD_DRAWING, focus: entityKey }) };
}

/** The entities and relations one entity's page draws around it. */
function neighbourhoodGraph(site: SiteSource, entityKey: string): EntityGraph {
  return neighbourhood(siteGraph(site), entityKey, 1, { limit: NEIGHBOURHOOD_LIMIT });
}
