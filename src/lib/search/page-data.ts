/**
 * What each indexed page tells the search index beyond its visible text: the
 * search keys of its words and of every name of the entities it concerns, its
 * filters (actor, agreement, type, year) and its date for sorting.
 */
import type { SourceArticle, SourceEntity } from './source.ts';
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

/** An entity as the search index needs it: its kind of page, frontmatter, description and names. */
export type IndexableEntity = SourceEntity extends infer E
  ? E extends SourceEntity
    ? Pick<E, 'collection' | 'data' | 'body' | 'forms'>
    : never
  : never;

/** An article's search data, given the entities it names or mentions (SearchSource resolves them). */
export function articleSearchData(
  article: Pick<SourceArticle, 'data'> & { body: string },
  entities: readonly IndexableEntity[],
): SearchPageData {
  const filters: Array<[string, string]> = [
    ['type', PAGE_TYPE_LABEL.article],
    ['year', article.data.date.slice(0, 4)],
    ...entities.map((entity): [string, string] => [entity.collection === 'actors' ? 'actor' : 'agreement', entity.data.name]),
  ];
  return {
    keys: searchKeys(article.data.title, article.data.summary, article.body, ...entities.flatMap((entity) => entity.forms)),
    filters,
    date: article.data.date,
  };
}

export function entitySearchData(entity: IndexableEntity): SearchPageData {
  const date = entity.collection === 'agreements' ? entity.data.signed : undefined;
  const filters: Array<[string, string]> = [
    ['type', PAGE_TYPE_LABEL[entity.collection]],
    [entity.collection === 'actors' ? 'actor' : 'agreement', entity.data.name],
  ];
  if (date) filters.push(['year', date.slice(0, 4)]);
  return { keys: searchKeys(...entity.forms, entity.body), filters, date };
}
