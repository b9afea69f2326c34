/** `/corrections/feed.xml`: RSS 2.0 of every correction, newest first. */
import type { APIRoute } from 'astro';
import { resolveContentRoot } from '../../lib/content/corpus.ts';
import { correctionsFeed } from '../../lib/feeds/corrections-feed.ts';
import { rssResponse } from '../../lib/feeds/rss.ts';
import { loadSiteIndex } from '../../lib/site-index.ts';
import { readSiteSettings } from '../../lib/config/site-settings.ts';

export const GET: APIRoute = () => rssResponse(correctionsFeed(loadSiteIndex(resolveContentRoot()).corpus.articles, readSiteSettings()));
