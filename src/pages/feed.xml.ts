/** `/feed.xml`: RSS 2.0 of the latest published articles. */
import type { APIRoute } from 'astro';
import { resolveContentRoot } from '../lib/content/corpus.ts';
import { rssResponse } from '../lib/feeds/rss.ts';
import { siteFeed } from '../lib/feeds/site-feeds.ts';
import { loadSiteIndex } from '../lib/site-index.ts';
import { readSiteSettings } from '../lib/config/site-settings.ts';

export const GET: APIRoute = () => rssResponse(siteFeed(loadSiteIndex(resolveContentRoot()), readSiteSettings()));
