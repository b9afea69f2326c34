/** Where the checked site is served, from the same SITE_URL and BASE_PATH the build read. */
import { readSiteSettings } from '../../config/site-settings.ts';
import { STAND_IN_ORIGIN, type SiteLocation } from './resolve.ts';

/** The site's location, or a one-line message when SITE_URL is not a URL. */
export function siteLocationFromEnv(env: Record<string, string | undefined> = process.env): SiteLocation | { error: string } {
  const { siteUrl, basePath } = readSiteSettings(env);
  if (siteUrl === undefined) return { origin: STAND_IN_ORIGIN, basePath };
  try {
    // Only the origin: the path a site lives under is BASE_PATH's business.
    return { origin: new URL(siteUrl).origin, basePath };
  } catch {
    return { error: `SITE_URL: "${siteUrl}" is not an absolute URL` };
  }
}
