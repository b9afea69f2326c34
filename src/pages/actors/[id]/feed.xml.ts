/** `/actors/<id>/feed.xml`: RSS 2.0 of every published article that mentions or names the actor. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { resolveContentRoot } from '../../../lib/content/corpus.ts';
import { renderRss } from '../../../lib/feeds/rss.ts';
import { entityFeed } from '../../../lib/feeds/site-feeds.ts';
import { loadSiteIndex } from '../../../lib/site-index.ts';
import { readSiteSettings } from '../../../lib/config/site-settings.ts';

export const getStaticPaths = (() =>
  loadSiteIndex(resolveContentRoot()).corpus.actors.map(({ id }) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const feed = entityFeed(loadSiteIndex(resolveContentRoot()), `actors/${params['id'] ?? ''}`, readSiteSettings());
  if (!feed) return new Response(null, { status: 404 });
  return new Response(renderRss(feed), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
