/** Settings every component needs, resolved once for the build. */
import { readSiteSettings, withBase } from '../lib/site.ts';

export const settings = readSiteSettings();

/** A site path (`actors/qatar/`) as a link that honours BASE_PATH. */
export const href = (sitePath: string): string => withBase(import.meta.env.BASE_URL, sitePath);
