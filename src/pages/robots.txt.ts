/** `/robots.txt`: everything may be crawled; the sitemap is named when SITE_URL is set. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/feeds/robots.ts';
import { readSiteSettings } from '../lib/config/site-settings.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(readSiteSettings()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
