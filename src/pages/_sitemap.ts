/** The sitemap's entries, shared by the index (`/sitemap.xml`) and its parts (`/sitemap-1.xml` …); not a route (leading underscore). */
import { getCollection } from 'astro:content';
import { readSiteSettings } from '../lib/config/site-settings.ts';
import { resolveContentRoot } from '../lib/content/corpus.ts';
import { sitemapEntries, sitemapParts, type SitemapEntry } from '../lib/feeds/sitemap.ts';
import { staticPagePaths } from '../lib/feeds/static-pages.ts';
import { loadSiteIndex } from '../lib/site-index.ts';
import { groupByMonth, timelineItems } from '../lib/timeline/items.ts';

// Only the names are read, so pages added later (a timeline, a graph) are listed without editing this file.
const pageFiles = Object.keys(import.meta.glob(['./**/*.astro', './**/*.md', './**/*.mdx']));

let parts: Promise<SitemapEntry[][]> | undefined;

/** Every published page, cut into sitemap files; computed once per build, as both routes ask. */
export function siteSitemapParts(): Promise<SitemapEntry[][]> {
  parts ??= (async () => {
    const [articles, agreements] = await Promise.all([getCollection('articles'), getCollection('agreements')]);
    const timelineMonths = groupByMonth(timelineItems(articles, agreements)).map((month) => month.path);
    const fixedPages = [...staticPagePaths(pageFiles), ...timelineMonths];
    return sitemapParts(sitemapEntries(loadSiteIndex(resolveContentRoot()), readSiteSettings(), fixedPages));
  })();
  return parts;
}
