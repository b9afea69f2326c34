/**
 * Pages 2, 3… of an actor's or agreement's news: everything each shows,
 * computed from the site index, so its cache key digests exactly that.
 */
import type { EntityCollection } from '../content/schema.ts';
import { entityKey } from '../entities/registry.ts';
import type { Backlink } from '../mentions/mention-index.ts';
import type { SiteIndex } from '../site-index.ts';
import { backlinkPage, backlinkPageCount, relatedByMention } from './entity-page.ts';
import { searchDialogChoices, type SearchDialogChoices } from './search-dialog.ts';

export interface NewsPageProps<A> {
  collection: EntityCollection;
  id: string;
  name: string;
  /** From 2: page 1 is the entity page itself. */
  page: number;
  pages: number;
  /** Articles in all pages, for the list's count. */
  total: number;
  items: Array<{ article: A; backlink: Backlink }>;
  searchDialog: SearchDialogChoices;
}

/** Every further news page of every entity, in registry order; an entity with one page of news has none. */
export function newsPagesProps<A>(site: SiteIndex, publishedArticles: ReadonlyMap<string, A>): Array<NewsPageProps<A>> {
  const searchDialog = searchDialogChoices(site);
  return site.registry.entities.flatMap((entity) => {
    const { backlinks } = relatedByMention(site.mentions, site.registry, entityKey(entity), publishedArticles);
    const pages = backlinkPageCount(backlinks.length);
    return Array.from({ length: pages - 1 }, (_unused, index) => {
      const page = index + 2;
      return {
        collection: entity.collection,
        id: entity.id,
        name: entity.data.name,
        page,
        pages,
        total: backlinks.length,
        items: backlinkPage(backlinks, page),
        searchDialog,
      };
    });
  });
}
