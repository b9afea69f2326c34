/**
 * What the search index is made from, as plain data: the published articles
 * (newest first) and the entities, each with the names the search keys need.
 * It holds no functions or maps, so it crosses to the worker thread that
 * indexes the site (src/lib/search/index-worker.ts) by structured clone, and
 * the records are made there, off the thread that renders the pages.
 */
import type { ActorData, AgreementData, ArticleData } from '../content/schema.ts';
import type { RecordSettings } from './records.ts';
import { entityKey, surfaceForms, type EntityKey } from '../entities/registry.ts';
import { publishedArticles } from '../pages/queries.ts';
import type { SiteIndex } from '../site-index.ts';

export interface SourceArticle {
  id: string;
  data: ArticleData;
  body: string;
  /** The entities it names in its frontmatter or mentions in its title or body, as indexes into `SearchSource.entities`. */
  entities: number[];
}

export type SourceEntity = {
  id: string;
  body: string;
  /** Every name and alias, as the matcher looks for them. */
  forms: string[];
} & ({ collection: 'actors'; data: ActorData } | { collection: 'agreements'; data: AgreementData });

export interface SearchSource {
  settings: RecordSettings;
  articles: SourceArticle[];
  entities: SourceEntity[];
}

export function searchSource(site: Pick<SiteIndex, 'corpus' | 'registry' | 'evidence'>, settings: RecordSettings): SearchSource {
  const position = new Map<EntityKey, number>();
  const entities = site.registry.entities.map((entity, index): SourceEntity => {
    position.set(entityKey(entity), index);
    const forms = surfaceForms(entity).map(({ form }) => form);
    return entity.collection === 'actors'
      ? { collection: 'actors', id: entity.id, data: entity.data, body: entity.body, forms }
      : { collection: 'agreements', id: entity.id, data: entity.data, body: entity.body, forms };
  });
  const articles = publishedArticles(site.corpus.articles).map((article): SourceArticle => {
    // What it names, then what its title and its body mention: the entities the site index admits for it.
    const keys = site.evidence(article.file)?.admitted ?? [];
    return {
      id: article.id,
      data: article.data,
      body: article.body,
      entities: [...keys].flatMap((key) => position.get(key as EntityKey) ?? []),
    };
  });
  return { settings: { locale: settings.locale, hijri: settings.hijri }, articles, entities };
}
