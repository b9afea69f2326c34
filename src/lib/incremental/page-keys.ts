/**
 * The cache key of each page kind that Astro's incremental build may skip.
 * Each takes the page's props (what it renders) and adds what its
 * components read from the site index: the preview cards of linked
 * entities, and on entity pages the neighbourhood drawing and the chart.
 */
import { mentionSeries } from '../charts/entity.ts';
import type { EntityKey } from '../entities/registry.ts';
import { neighbourhoodGraph } from '../graph/drawings.ts';
import type { SiteIndex } from '../site-index.ts';
import { previewsFor } from '../pages/previews.ts';
import type { SiteSettings } from '../config/site-settings.ts';
import { cacheKeyOf } from './page-key.ts';
import { siteKey } from './site-key.ts';

export function articlePageKey(site: SiteIndex, settings: SiteSettings, props: { linked: readonly string[] }): string {
  return cacheKeyOf(siteKey(site, settings), props, previewsFor(props.linked, site.registry));
}

export function entityPageKey(site: SiteIndex, settings: SiteSettings, entity: EntityKey, props: { page: { linked: readonly string[] } }): string {
  return cacheKeyOf(
    siteKey(site, settings),
    props,
    previewsFor(props.page.linked, site.registry),
    neighbourhoodGraph(site, entity).export(),
    mentionSeries(site.mentions, entity),
  );
}
