/** Which pages the content root asks for: one per published article, actor and agreement, none per draft. */
import type { Corpus } from '../content/corpus.ts';
import { entityKey } from '../entities/registry.ts';
import type { PageKey } from './pages.ts';

/** Content files by the key of the page they make, each with the path to show a contributor. */
export interface ContentPages {
  /** Published articles, actors and agreements: each must have exactly one page. */
  published: Map<PageKey, string>;
  /** Draft articles: none may have a page. */
  drafts: Map<PageKey, string>;
}

/** The pages `corpus` should produce. */
export function contentPages(corpus: Pick<Corpus, 'articles' | 'actors' | 'agreements'>): ContentPages {
  const published = new Map<PageKey, string>();
  const drafts = new Map<PageKey, string>();
  for (const article of corpus.articles) (article.data.draft ? drafts : published).set(`articles/${article.id}`, article.displayPath);
  for (const entity of [...corpus.actors, ...corpus.agreements]) published.set(entityKey(entity), entity.displayPath);
  return { published, drafts };
}

/** Where the page of `key` is written in a site built in Astro's `directory` format. */
export const pageFileOf = (key: PageKey): string => `${key}/index.html`;
