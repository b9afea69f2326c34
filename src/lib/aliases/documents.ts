/**
 * The documents alias suggestions read (every article, drafts included, and
 * every entity description) with what each is about, as the mention index
 * found it: the entities it lists and those it names by a strong form.
 * A candidate name seen mostly in documents about its entity is likely one
 * of its names.
 */
import type { EntityKey } from '../entities/registry.ts';
import { entityKey } from '../entities/registry.ts';
import type { SiteIndex } from '../site-index.ts';
import type { DocumentScan } from '../mentions/scan.ts';

export interface SuggestDocument {
  displayPath: string;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** Articles' date: aliases with a date window apply only inside it. */
  date: string | undefined;
  /** Entities the document lists or names (an entity's own description is about it). */
  about: ReadonlySet<string>;
}

/** Articles first, in file order, then entity descriptions. */
export function suggestDocuments(site: Pick<SiteIndex, 'corpus' | 'registry' | 'mentions'>): SuggestDocument[] {
  const documents: SuggestDocument[] = [];
  for (const article of site.corpus.articles) {
    const indexed = site.mentions.articles.get(article.id);
    const about = aboutOf(indexed?.named ?? [], indexed?.scan);
    documents.push({ displayPath: article.displayPath, body: article.body, bodyLine: article.bodyLine, date: article.data.date, about });
  }
  for (const entity of site.registry.entities) {
    const key: EntityKey = entityKey(entity);
    documents.push({
      displayPath: entity.displayPath,
      body: entity.body,
      bodyLine: entity.bodyLine,
      date: undefined,
      about: aboutOf([key], site.mentions.descriptions.get(key)),
    });
  }
  return documents;
}

function aboutOf(named: readonly string[], scan: DocumentScan | undefined): Set<string> {
  return new Set([...named, ...(scan?.title ?? []), ...(scan?.body ?? []).map((mention) => mention.entity)]);
}
