/** `/sitemap.xml`: the sitemap index, naming the files that list every published page (each within the protocol's 50,000 URLs). */
import type { APIRoute } from 'astro';
import { readSiteSettings } from '../lib/config/site-settings.ts';
import { renderSitemapIndex, sitemapPartPath } from '../lib/feeds/sitemap.ts';
import { publicUrl } from '../lib/metadata/public-url.ts';
import { siteSitemapParts } from './_sitemap.ts';

export const GET: APIRoute = async () => {
  const settings = readSiteSettings();
  const parts = (await siteSitemapParts()).map((entries, index) => ({ loc: publicUrl(settings, sitemapPartPath(index + 1)), entries }));
  return new Response(renderSitemapIndex(parts), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
