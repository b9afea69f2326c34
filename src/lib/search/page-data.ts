/**
 * What each indexed page tells the search index beyond its visible text: the
 * search keys of its words and of every name of the entities it concerns, its
 * filters (actor, agreement, type, year) and its date for sorting.
 */
import type { ActorEntry, AgreementEntry, ArticleEntry } from '../content/corpus.ts';
import { surfaceForms, type EntityKey, type Registry } from '../entities/registry.ts';
import type { MentionIndex } from '../mentions/mention-index.ts';
import { searchKeys } from './terms.ts';

/** Page types as readers see them in the filter. */
export const PAGE_TYPE_LABEL = { article: 'خبر', actors: 'فاعل', agreements: 'اتفاق' } as const;

export interface SearchPageData {
  keys: string[];
  /** `[filter, value]` pairs; a filter may repeat with several values. */
  filters: Array<[string, string]>;
  /** `YYYY-MM-DD`, for sorting by date. */
  date: string | undefined;
}

export function articleSearchData(
  article: Pick<ArticleEntry, 'id' | 'data' | 'body'>,
  mentions: MentionIndex,
  registry: Registry,
): SearchPageData {
  const indexed = mentions.articles.get(article.id);
  const keys = new Set<EntityKey>([
    ...(indexed?.named ?? []),
    ...((indexed?.scan.title ?? []) as EntityKey[]),
    ...((indexed?.scan.body.map((mention) => mention.entity) ?? []) as EntityKey[]),
  ]);
  const entities = [...keys].flatMap((key) => registry.byKey.get(key) ?? []);
  const filters: Array<[string, string]> = [
    ['type', PAGE_TYPE_LABEL.article],
    ['year', article.data.date.slice(0, 4)],
    ...entities.map((entity): [string, string] => [entity.collection === 'actors' ? 'actor' : 'agreement', entity.data.name]),
  ];
  return {
    keys: searchKeys(
      article.data.title,
      article.data.summary,
      article.body,
      ...entities.flatMap((entity) => surfaceForms(entity).map(({ form }) => form)),
    ),
    filters,
    date: article.data.date,
  };
}

/** An entity as the search index needs it: its kind of page, frontmatter and description. */
export type IndexableEntity = Pick<ActorEntry, 'collection' | 'data' | 'body'> | Pick<AgreementEntry, 'collection' | 'data' | 'body'>;

export function entitySearchData(entity: IndexableEntity): SearchPageData {
  const date = entity.collection === 'agreements' ? entity.data.signed : undefined;
  const filters: Array<[string, string]> = [
    ['type', PAGE_TYPE_LABEL[entity.collection]],
    [entity.collection === 'actors' ? 'actor' : 'agreement', entity.data.name],
  ];
  if (date) filters.push(['year', date.slice(0, 4)]);
  return { keys: searchKeys(...surfaceForms(entity).map(({ form }) => form), entity.body), filters, date };
}
