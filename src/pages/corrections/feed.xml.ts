/** `/corrections/feed.xml`: RSS 2.0 of every correction, newest first. */
import type { APIRoute } from 'astro';
import { resolveContentRoot } from '../../lib/content/corpus.ts';
import { correctionsFeed } from '../../lib/feeds/corrections-feed.ts';
import { renderRss } from '../../lib/feeds/rss.ts';
import { loadSiteIndex } from '../../lib/site-index.ts';
import { readSiteSettings } from '../../lib/config/site-settings.ts';

export const GET: APIRoute = () =>
  new Response(renderRss(correctionsFeed(loadSiteIndex(resolveContentRoot()).corpus.articles, readSiteSettings())), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
