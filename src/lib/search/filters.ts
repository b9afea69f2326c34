/** The choices the search filters offer, computed at build time so the form never shifts when search loads. */
import type { Registry } from '../entities/registry.ts';
import type { SiteIndex } from '../site-index.ts';
import { PAGE_TYPE_LABEL } from './page-data.ts';

export interface FilterChoices {
  type: string[];
  year: string[];
  actor: string[];
  agreement: string[];
}

const memo = new WeakMap<SiteIndex, FilterChoices>();

/** The choices for a site, computed once per content state (every page's search form asks). */
export function siteFilterChoices(site: SiteIndex): FilterChoices {
  let choices = memo.get(site);
  if (!choices) {
    const dates = site.corpus.articles.filter((article) => !article.data.draft).map((article) => article.data.date);
    memo.set(site, (choices = filterChoices(site.registry, dates)));
  }
  return choices;
}

function filterChoices(registry: Registry, articleDates: readonly string[]): FilterChoices {
  const order = new Intl.Collator('ar');
  const years = new Set(articleDates.map((date) => date.slice(0, 4)));
  for (const entity of registry.entities) if (entity.collection === 'agreements') years.add(entity.data.signed.slice(0, 4));
  return {
    type: Object.values(PAGE_TYPE_LABEL),
    year: [...years].sort().reverse(),
    actor: registry.entities.flatMap((entity) => (entity.collection === 'actors' ? [entity.data.name] : [])).sort(order.compare),
    agreement: registry.entities.flatMap((entity) => (entity.collection === 'agreements' ? [entity.data.name] : [])).sort(order.compare),
  };
}
