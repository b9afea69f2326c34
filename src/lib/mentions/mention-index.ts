/**
 * The mention index: every mention of every entity in the corpus, computed
 * once per build and read by the linker, the entity pages and the CLIs.
 * Scans are cached by content hash, so a rebuild re-reads only edited files.
 */
import { documentDigest } from './document-digest.ts';
import type { Corpus } from '../content/corpus.ts';
import type { Matcher, SurfaceForm } from '../entities/matcher.ts';
import { entityKey, type EntityKey } from '../entities/registry.ts';
import { publishedArticles } from '../pages/queries.ts';
import { scanInParallel } from './parallel-scan.ts';
import { scanDocument, type DocumentScan, type ScannableDocument } from './scan.ts';
import type { Snippet } from './snippet.ts';

export interface IndexedArticle {
  id: string;
  date: string;
  draft: boolean;
  /** Entities the frontmatter names. */
  named: EntityKey[];
  scan: DocumentScan;
  /** The scan's key (scanCacheKey): it changes whenever anything the scan read does; work derived from the scan is keyed by it too. */
  scanKey: string;
  /** The digest of what the scan read (documentDigest): the search index's thread checks the text it reads again against it. */
  digest: string;
}

export interface Backlink {
  article: string;
  date: string;
  /** Mentions in the body. */
  count: number;
  inTitle: boolean;
  /** Named in the article's frontmatter. */
  named: boolean;
  /** The first mention in the body, in context. */
  snippet: Snippet | undefined;
}

export interface MentionIndex {
  articles: ReadonlyMap<string, IndexedArticle>;
  /** Entity descriptions, scanned like articles (they link to other entities). */
  descriptions: ReadonlyMap<EntityKey, DocumentScan>;
  /** Published articles that mention or name the entity, newest first. */
  backlinks(entity: EntityKey): Backlink[];
  /**
   * Entities that share published articles with this one, most shared first.
   * Counted once per entity and then kept (the network, the entity pages and
   * the open data each ask for every entity's), so the list is read-only.
   */
  coMentioned(entity: EntityKey): ReadonlyArray<Readonly<{ entity: EntityKey; shared: number }>>;
}

/** Scans keyed by matcher generation and content hash; shared by every index built in this process. */
export type ScanCache = Map<string, DocumentScan>;

/** What the index asks of a cache of scans: a Map will do. */
export interface ScanLookup {
  get(key: string): DocumentScan | undefined;
  set(key: string, scan: DocumentScan): unknown;
}

/** A document as the index scans it: every field given. */
export type IndexedDocument = Required<Omit<ScannableDocument, 'date'>> & Pick<ScannableDocument, 'date'>;

/** The key of a document's scan in a ScanCache: the matcher generation and the document's digest. */
export function scanCacheKey(document: IndexedDocument, generation: string): string {
  return generation + documentDigest(document);
}

/**
 * `forms`, the matcher's forms: given, a build with many documents to scan
 * scans them on two threads (parallel-scan.ts).
 */
export function buildMentionIndex(
  corpus: Corpus,
  matcher: Matcher,
  cache: ScanLookup = new Map(),
  generation = '',
  forms?: readonly SurfaceForm[],
): MentionIndex {
  const articleDocuments = corpus.articles.map((article) => {
    const named = [
      ...article.data.actors.map((id) => entityKey({ collection: 'actors', id })),
      ...article.data.agreements.map((id) => entityKey({ collection: 'agreements', id })),
    ];
    const document: IndexedDocument = {
      title: article.data.title,
      body: article.body,
      bodyLine: article.bodyLine,
      date: article.data.date,
      named,
    };
    const digest = documentDigest(document);
    return { article, named, document, digest, key: generation + digest };
  });
  const descriptionDocuments = [...corpus.actors, ...corpus.agreements].map((entity) => {
    const document: IndexedDocument = { title: '', body: entity.body, bodyLine: entity.bodyLine, named: [] };
    return { entity, document, key: scanCacheKey(document, generation) };
  });

  const unscanned = new Map<string, IndexedDocument>();
  for (const { key, document } of [...articleDocuments, ...descriptionDocuments]) if (!cache.get(key)) unscanned.set(key, document);
  if (forms && unscanned.size > 0)
    for (const [key, scan] of scanInParallel([...unscanned], forms, (document) => scanDocument(document, matcher))) cache.set(key, scan);
  const scan = (document: IndexedDocument, key: string): DocumentScan => {
    let result = cache.get(key);
    if (!result) cache.set(key, (result = scanDocument(document, matcher)));
    return result;
  };

  const articles = new Map<string, IndexedArticle>();
  for (const { article, named, document, digest, key } of articleDocuments)
    articles.set(article.id, {
      id: article.id,
      date: article.data.date,
      draft: article.data.draft,
      named,
      scan: scan(document, key),
      scanKey: key,
      digest,
    });
  const descriptions = new Map<EntityKey, DocumentScan>();
  for (const { entity, document, key } of descriptionDocuments) descriptions.set(entityKey(entity), scan(document, key));

  const byEntity = new Map<EntityKey, Backlink[]>();
  // Backlinks list articles in the order every other list of the site does.
  const published = publishedArticles(corpus.articles).flatMap((article) => articles.get(article.id) ?? []);
  const entitiesOf = new Map<string, Set<EntityKey>>();
  for (const article of published) {
    const counts = new Map<EntityKey, number>();
    const firstSnippet = new Map<EntityKey, Snippet>();
    for (const mention of article.scan.body) {
      const key = mention.entity as EntityKey;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (mention.snippet && !firstSnippet.has(key)) firstSnippet.set(key, mention.snippet);
    }
    const inTitle = new Set(article.scan.title as EntityKey[]);
    const named = new Set(article.named);
    const all = new Set<EntityKey>([...counts.keys(), ...inTitle, ...named]);
    entitiesOf.set(article.id, all);
    for (const entity of all) {
      let list = byEntity.get(entity);
      if (!list) byEntity.set(entity, (list = []));
      list.push({
        article: article.id,
        date: article.date,
        count: counts.get(entity) ?? 0,
        inTitle: inTitle.has(entity),
        named: named.has(entity),
        snippet: firstSnippet.get(entity),
      });
    }
  }

  const coMentions = new Map<EntityKey, ReturnType<MentionIndex['coMentioned']>>();
  return {
    articles,
    descriptions,
    backlinks: (entity) => byEntity.get(entity) ?? [],
    coMentioned(entity) {
      let counted = coMentions.get(entity);
      if (counted) return counted;
      const shared = new Map<EntityKey, number>();
      for (const { article } of byEntity.get(entity) ?? []) {
        for (const other of entitiesOf.get(article) ?? []) if (other !== entity) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
      counted = Object.freeze(
        [...shared]
          .map(([key, count]) => Object.freeze({ entity: key, shared: count }))
          .sort((a, b) => b.shared - a.shared || (a.entity < b.entity ? -1 : 1)),
      );
      coMentions.set(entity, counted);
      return counted;
    },
  };
}
