/** Settings every component needs, resolved once for the build. */
import { readSiteSettings, withBase } from '../lib/config/site-settings.ts';
import type { EntityCollection } from '../lib/content/schema.ts';
import { entityPath } from '../lib/pages/urls.ts';

export const settings = readSiteSettings();

/** A site path (`actors/qatar/`) as a link that honours BASE_PATH. */
export const href = (sitePath: string): string => withBase(import.meta.env.BASE_URL, sitePath);

/** Actors and agreements as links to their pages, for an infobox row or a list. */
export const entityLinks = (
  entries: ReadonlyArray<{ collection: EntityCollection; id: string; data: { name: string } }>,
): Array<{ href: string; text: string }> =>
  entries.map(({ collection, id, data }) => ({ href: href(entityPath(collection, id)), text: data.name }));
