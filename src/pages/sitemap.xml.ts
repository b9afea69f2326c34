/** `/sitemap.xml`: every published page, found from the page files and the content. */
import type { APIRoute } from 'astro';
import { resolveContentRoot } from '../lib/content/corpus.ts';
import { renderSitemap, sitemapEntries } from '../lib/feeds/sitemap.ts';
import { staticPagePaths } from '../lib/feeds/static-pages.ts';
import { loadSiteIndex } from '../lib/mentions/load.ts';
import { readSiteSettings } from '../lib/site.ts';

// Only the names are read, so pages added later (a timeline, a graph) are listed without editing this file.
const pageFiles = Object.keys(import.meta.glob(['./**/*.astro', './**/*.md', './**/*.mdx']));

export const GET: APIRoute = () =>
  new Response(renderSitemap(sitemapEntries(loadSiteIndex(resolveContentRoot()), readSiteSettings(), staticPagePaths(pageFiles))), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
