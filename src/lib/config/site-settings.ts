/**
 * The settings that change what a page shows, read from the environment
 * (settings.ts validates them) so that one build command serves any host:
 * SITE_URL is the deployed origin, BASE_PATH the folder it lives in.
 * Incremental builds hash this object into every page's cache key, so it
 * holds only what rendering depends on.
 */
import { normalizeBasePath, readSettings, type Settings } from './settings.ts';

export { normalizeBasePath };

export type SiteSettings = Pick<Settings, 'siteUrl' | 'basePath' | 'locale' | 'autolink' | 'hijri' | 'markdownProcessor'>;

export function readSiteSettings(env: Readonly<Record<string, string | undefined>> = process.env): SiteSettings {
  const { siteUrl, basePath, locale, autolink, markdownProcessor, hijri } = readSettings(env);
  // The order of the keys is part of every page's cache key (src/lib/incremental/site-key.ts).
  return { siteUrl, basePath, locale, autolink, markdownProcessor, hijri };
}

/** Joins the base path and a site path (`articles/x/`), never doubling slashes. */
export function withBase(basePath: string, sitePath: string): string {
  return normalizeBasePath(basePath) + sitePath.replace(/^\/+/, '');
}
