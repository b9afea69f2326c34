/**
 * The static paths of the entity feeds (`/actors/<id>/feed.xml`,
 * `/agreements/<id>/feed.xml`): each carries its feed as props, and a cache
 * key made like a page's, so a rebuild writes again only the feeds an edit
 * changed (at 10,000 articles all 1,000 were written again on every build).
 */
import type { SiteSettings } from '../config/site-settings.ts';
import type { EntityCollection } from '../content/schema.ts';
import { pageKey } from '../incremental/page-keys.ts';
import type { SiteIndex } from '../site-index.ts';
import type { Feed } from './rss.ts';
import { entityFeed } from './site-feeds.ts';

export interface EntityFeedPath {
  params: { id: string };
  props: { feed: Feed };
  cacheKey: string;
}

export function entityFeedPaths(site: SiteIndex, settings: SiteSettings, collection: EntityCollection): EntityFeedPath[] {
  return site.corpus[collection].flatMap(({ id }) => {
    const feed = entityFeed(site, `${collection}/${id}`, settings);
    return feed ? [{ params: { id }, props: { feed }, cacheKey: pageKey(site, settings, { feed }) }] : [];
  });
}
