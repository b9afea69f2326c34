/** What an entity page shows from the mention index: its articles with context, and the entities met alongside it. */
import type { EntityCollection } from '../content/schema.ts';
import type { EntityKey, Registry } from '../entities/registry.ts';
import type { Backlink, MentionIndex } from '../mentions/mention-index.ts';
import { entitySearchData, type IndexableEntity, type SearchPageData } from '../search/page-data.ts';
import type { MarkdownSource } from '../markdown/render.ts';
import { entityPath } from './urls.ts';

export interface CoMention {
  /** Site path of the entity's page. */
  href: string;
  name: string;
  shared: number;
}

/** How many co-mentioned entities a page lists. */
export const CO_MENTIONS_SHOWN = 12;

export function relatedByMention<A>(
  mentions: MentionIndex,
  registry: Registry,
  key: EntityKey,
  publishedArticles: ReadonlyMap<string, A>,
): { backlinks: Array<{ article: A; backlink: Backlink }>; coMentioned: CoMention[] } {
  const backlinks = mentions.backlinks(key).flatMap((backlink) => {
    const article = publishedArticles.get(backlink.article);
    return article ? [{ article, backlink }] : [];
  });
  const coMentioned = mentions
    .coMentioned(key)
    .slice(0, CO_MENTIONS_SHOWN)
    .flatMap(({ entity, shared }) => {
      const entry = registry.byKey.get(entity);
      return entry ? [{ href: entityPath(entry.collection, entry.id), name: entry.data.name, shared }] : [];
    });
  return { backlinks, coMentioned };
}

/** Everything an actor or agreement page takes from the mention index and the search index. */
export interface EntityPageData<A> {
  backlinks: Array<{ article: A; backlink: Backlink }>;
  coMentioned: CoMention[];
  search: SearchPageData;
  /** Entities the description links to, for their preview cards. */
  linked: string[];
}

export function entityPageData<A>(
  mentions: MentionIndex,
  registry: Registry,
  entity: IndexableEntity & { id: string; collection: EntityCollection },
  publishedArticles: ReadonlyMap<string, A>,
): EntityPageData<A> {
  const key: EntityKey = `${entity.collection}/${entity.id}`;
  return {
    ...relatedByMention(mentions, registry, key, publishedArticles),
    search: entitySearchData(entity),
    linked: (mentions.descriptions.get(key)?.body ?? []).map((mention) => mention.entity),
  };
}

/** An entity page's text to render and what it shows from the index, from the site index's copy of the entity. */
export function entityPageParts<A>(
  mentions: MentionIndex,
  registry: Registry,
  key: EntityKey,
  publishedArticles: ReadonlyMap<string, A>,
): { source: MarkdownSource; page: EntityPageData<A> } {
  const entity = registry.byKey.get(key);
  // The collections are read from the same corpus as the registry, so every page's entity is in it.
  if (!entity) throw new Error(`entityPageParts: no entity "${key}" in the site index`);
  return { source: { file: entity.file, body: entity.body, data: entity.data }, page: entityPageData(mentions, registry, entity, publishedArticles) };
}

/** Articles an entity page lists; the rest follow on `news/2/`, `news/3/`…, so no page grows with the archive. */
export const BACKLINKS_PER_PAGE = 50;

export function backlinkPageCount(total: number): number {
  return Math.max(1, Math.ceil(total / BACKLINKS_PER_PAGE));
}

/** The items of page `page` (from 1). */
export function backlinkPage<T>(items: readonly T[], page: number): T[] {
  return items.slice((page - 1) * BACKLINKS_PER_PAGE, page * BACKLINKS_PER_PAGE);
}

/** Site path of page `page` of an entity's news: the entity page itself, then `news/<page>/`. */
export function backlinkPagePath(collection: EntityCollection, id: string, page: number): string {
  return page === 1 ? entityPath(collection, id) : `${entityPath(collection, id)}news/${page}/`;
}
