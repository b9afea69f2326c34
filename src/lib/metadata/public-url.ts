/**
 * Addresses that leave the site (feeds, sitemaps, JSON-LD, Open Graph, data
 * exports). They are absolute only when SITE_URL names the deployed origin:
 * guessing an origin would publish addresses that are wrong wherever the site
 * is really served, so without it they stay root-relative under BASE_PATH,
 * which is at least right on the site itself.
 */
import { withBase, type SiteSettings } from '../config/site-settings.ts';

/** The two settings every public address depends on. */
export type UrlSettings = Pick<SiteSettings, 'siteUrl' | 'basePath'>;

/** The public address of a site path (`articles/x/`): absolute with SITE_URL, root-relative without. */
export function publicUrl(settings: UrlSettings, sitePath: string): string {
  const path = withBase(settings.basePath, sitePath);
  // The path replaces any path in SITE_URL, exactly as the canonical URL in Base.astro does.
  return settings.siteUrl ? new URL(path, settings.siteUrl).href : path;
}

/** Whether public addresses are absolute, i.e. SITE_URL is set. */
export function hasAbsoluteUrls(settings: UrlSettings): boolean {
  return Boolean(settings.siteUrl);
}
