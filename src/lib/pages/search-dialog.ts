/**
 * The filter choices of the search dialog every page carries in its header.
 * Pages compute them and hand them to the layout, so the layout never reads
 * the site index and the choices are part of every page's cache key.
 */
import type { SiteIndex } from '../site-index.ts';
import { siteFilterChoices, type FilterChoices } from '../search/filters.ts';

/** Only the short filters (types and years): listing every entity would make each page grow with the registry. */
export type SearchDialogChoices = FilterChoices & { actor: []; agreement: [] };

export function searchDialogChoices(site: SiteIndex): SearchDialogChoices {
  const { type, year } = siteFilterChoices(site);
  return { type, year, actor: [], agreement: [] };
}
