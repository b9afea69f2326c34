/**
 * What the search index is made from, as plain data: the published articles
 * (newest first) and the entities, each with the names the search keys need.
 * It holds no functions or maps, so it crosses to the worker thread that
 * indexes the site (src/lib/search/index-worker.ts) by structured clone, and
 * the records are made there, off the thread that renders the pages.
 *
 * An article's text does not cross: the thread reads it again from its file
 * when it makes the article's record (src/lib/search/stored-text.ts). A copy
 * of every text held 118 MB of the thread's heap at 10,000 articles, beside
 * the site index's own copy on the main thread.
 */
import type { ActorData, AgreementData, ArticleData } from '../content/schema.ts';
import type { RecordSettings } from './records.ts';
import { entityKey, surfaceForms, type EntityKey } from '../entities/registry.ts';
import { publishedArticles } from '../pages/queries.ts';
import type { SiteIndex } from '../site-index.ts';
import type { StoredText } from './stored-text.ts';

export interface SourceArticle {
  id: string;
  data: ArticleData;
  text: StoredText;
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

export function searchSource(
  site: Pick<SiteIndex, 'corpus' | 'registry' | 'mentions' | 'evidence'>,
  settings: RecordSettings,
): SearchSource {
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
    const indexed = site.mentions.articles.get(article.id);
    return {
      id: article.id,
      data: article.data,
      text: {
        file: article.file,
        displayPath: article.displayPath,
        bodyLine: article.bodyLine,
        length: article.body.length,
        named: indexed?.named ?? [],
        digest: indexed?.digest ?? '',
      },
      entities: [...keys].flatMap((key) => position.get(key as EntityKey) ?? []),
    };
  });
  return { settings: { locale: settings.locale, hijri: settings.hijri }, articles, entities };
}
