/** `/agreements/<id>/feed.xml`: RSS 2.0 of the latest published articles that mention or name the agreement. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { readSiteSettings } from '../../../lib/config/site-settings.ts';
import { resolveContentRoot } from '../../../lib/content/corpus.ts';
import { entityFeedPaths } from '../../../lib/feeds/entity-feed-paths.ts';
import { rssResponse } from '../../../lib/feeds/rss.ts';
import { loadSiteIndex } from '../../../lib/site-index.ts';

export const getStaticPaths = (() =>
  entityFeedPaths(loadSiteIndex(resolveContentRoot()), readSiteSettings(), 'agreements')) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => rssResponse(props.feed);
