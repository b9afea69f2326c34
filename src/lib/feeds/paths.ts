/** Where the feeds live, relative to the base path, and how pages announce them. */
import type { EntityCollection } from '../content/schema.ts';
import { SITE_NAME } from '../metadata/site-info.ts';
import { withBase } from '../config/site-settings.ts';
import { entityPath } from '../pages/urls.ts';

/** The feed of the whole site. */
export const SITE_FEED_PATH = 'feed.xml';

/** The list of every correction, and its feed beside it. */
export const CORRECTIONS_PATH = 'corrections/';
export const CORRECTIONS_FEED_PATH = `${CORRECTIONS_PATH}feed.xml`;

/** The one place the corrections feed's title is written: the feed and the page that announces it share it. */
export const correctionsFeedTitle = (): string => `التصحيحات — ${SITE_NAME}`;

/** The feed of one actor or agreement, beside its page: `actors/qatar/feed.xml`. */
export const entityFeedPath = (collection: EntityCollection, id: string): string => `${entityPath(collection, id)}feed.xml`;

/** The entity whose feed a page offers besides the site's. */
export interface FeedSubject {
  collection: EntityCollection;
  id: string;
  name: string;
}

/** A `<link rel="alternate" type="application/rss+xml">`. */
export interface FeedLink {
  href: string;
  title: string;
}

/** Feed titles, shared by the feeds and the links that announce them. */
export const feedTitle = (subject?: { name: string }): string => (subject ? `${subject.name} — ${SITE_NAME}` : SITE_NAME);

/** The feeds a page announces: the site's on every page, the entity's on its page. Root-relative, like every other link on a page. */
export function feedLinks(basePath: string, subject?: FeedSubject): FeedLink[] {
  const links: FeedLink[] = [{ href: withBase(basePath, SITE_FEED_PATH), title: feedTitle() }];
  if (subject) links.push({ href: withBase(basePath, entityFeedPath(subject.collection, subject.id)), title: feedTitle(subject) });
  return links;
}
