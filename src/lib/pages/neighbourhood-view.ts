/**
 * What an entity page's neighbourhood drawing shows: the scene laid out
 * around the entity, its legend and its name. Computed by the page, so the
 * drawing is part of the page's cache key and the component only renders.
 */
import { groupsPresent, type NodeGroup } from '../graph/kinds.ts';
import { NEIGHBOURHOOD_DRAWING, neighbourhoodDrawing, type SiteSource } from '../graph/drawings.ts';
import type { Scene } from '../graph/scene.ts';
import { edgeTypesPresent, type EdgeType } from '../graph/types.ts';
import type { EntityKey } from '../entities/registry.ts';

export interface NeighbourhoodView {
  /** The entity's name, for the caption. */
  name: string;
  /** Accessible name of the drawing. */
  title: string;
  scene: Scene;
  fontSize: number;
  /** What the legend explains: the kinds of node and of line drawn. */
  groups: NodeGroup[];
  edgeTypes: EdgeType[];
}

/** The neighbourhood of an entity, or undefined when it has no relation to draw (the page then shows no section). */
export function neighbourhoodView(site: SiteSource, entity: EntityKey): NeighbourhoodView | undefined {
  const { graph, scene } = neighbourhoodDrawing(site, entity);
  if (graph.size === 0) return undefined;
  const name = graph.getNodeAttribute(entity, 'name');
  return {
    name,
    title: `${name} وأقرب الكيانات إليه`,
    scene,
    fontSize: NEIGHBOURHOOD_DRAWING.fontSize,
    groups: groupsPresent(scene.nodes),
    edgeTypes: edgeTypesPresent(graph),
  };
}
