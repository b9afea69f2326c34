/** `/sitemap-1.xml` …: the parts of the sitemap, each a list of at most 50,000 published pages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderSitemap, type SitemapEntry } from '../lib/feeds/sitemap.ts';
import { siteSitemapParts } from './_sitemap.ts';

export const getStaticPaths = (async () =>
  (await siteSitemapParts()).map((entries, index) => ({
    params: { part: String(index + 1) },
    props: { entries },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: SitemapEntry[] }> = ({ props }) =>
  new Response(renderSitemap(props.entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
