/** `/sitemap.xml`: every published page, found from the page files and the content. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { resolveContentRoot } from '../lib/content/corpus.ts';
import { renderSitemap, sitemapEntries } from '../lib/feeds/sitemap.ts';
import { staticPagePaths } from '../lib/feeds/static-pages.ts';
import { loadSiteIndex } from '../lib/site-index.ts';
import { readSiteSettings } from '../lib/config/site-settings.ts';
import { groupByMonth, timelineItems } from '../lib/timeline/items.ts';

// Only the names are read, so pages added later (a timeline, a graph) are listed without editing this file.
const pageFiles = Object.keys(import.meta.glob(['./**/*.astro', './**/*.md', './**/*.mdx']));

export const GET: APIRoute = async () => {
  const [articles, agreements] = await Promise.all([getCollection('articles'), getCollection('agreements')]);
  const timelineMonths = groupByMonth(timelineItems(articles, agreements)).map((month) => month.path);
  const fixedPages = [...staticPagePaths(pageFiles), ...timelineMonths];
  return new Response(renderSitemap(sitemapEntries(loadSiteIndex(resolveContentRoot()), readSiteSettings(), fixedPages)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
