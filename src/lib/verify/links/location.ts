/** Where the checked site is served, from the same SITE_URL and BASE_PATH the build read. */
import { readSettings, SettingsError } from '../../config/settings.ts';
import { STAND_IN_ORIGIN, type SiteLocation } from './resolve.ts';

/** The site's location, or a message naming each invalid setting (a SITE_URL that is not a URL, say). */
export function siteLocationFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): SiteLocation | { error: string } {
  try {
    const { siteUrl, basePath } = readSettings(env);
    // Only the origin: the path a site lives under is BASE_PATH's business.
    return { origin: siteUrl === undefined ? STAND_IN_ORIGIN : new URL(siteUrl).origin, basePath };
  } catch (error) {
    if (error instanceof SettingsError) return { error: error.problems.join('; ') };
    throw error;
  }
}
