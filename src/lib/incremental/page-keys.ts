/**
 * The cache key of a page that Astro's incremental build may skip: the
 * site-wide key and the page's props. Pages compute everything they show into
 * their props (src/lib/pages/) and their components only render them, so the
 * props are the whole of what the page shows; nothing is recomputed here.
 */
import type { SiteSettings } from '../config/site-settings.ts';
import type { SiteIndex } from '../site-index.ts';
import { cacheKeyOf } from './page-key.ts';
import { siteKey } from './site-key.ts';

export function pageKey(site: SiteIndex, settings: SiteSettings, props: object): string {
  return cacheKeyOf(siteKey(site, settings), props);
}
