/**
 * The redirects a corpus asks for: each old id a file lists in
 * `redirect_from` leads to that file's page. Drafts have no page, so their
 * old ids lead nowhere yet and are left out until they are published.
 */
import type { Corpus } from '../content/corpus.ts';
import type { CollectionName } from '../content/schema.ts';

/** One old address and the page it now leads to, both as `collection/id`. */
export interface Redirect {
  collection: CollectionName;
  /** The old id, as the file's id was (`2020/10/old-slug`, `old-id`). */
  fromId: string;
  /** The file's id now. */
  toId: string;
}

/** Every redirect of the published files, sorted by old address so that the written files are stable. */
export function collectRedirects(corpus: Pick<Corpus, 'articles' | 'actors' | 'agreements'>): Redirect[] {
  const redirects: Redirect[] = [];
  const seen = new Set<string>();
  const add = (collection: CollectionName, toId: string, old: readonly string[] | undefined) => {
    for (const fromId of old ?? []) {
      const key = `${collection}/${fromId}`;
      // The check refuses a second claim; the build keeps the first rather than write two pages at one address.
      if (seen.has(key) || fromId === toId) continue;
      seen.add(key);
      redirects.push({ collection, fromId, toId });
    }
  };
  for (const article of corpus.articles) if (!article.data.draft) add('articles', article.id, article.data.redirect_from);
  for (const entity of [...corpus.actors, ...corpus.agreements]) add(entity.collection, entity.id, entity.data.redirect_from);
  return redirects.sort((a, b) => compare(`${a.collection}/${a.fromId}`, `${b.collection}/${b.fromId}`));
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The path of a page under the base path: `/base/articles/2020/10/x/`. */
export function pagePath(basePath: string, collection: CollectionName, id: string): string {
  return `${basePath}${collection}/${id.split('/').map(encodeURIComponent).join('/')}/`;
}

/** The file a redirect's page is written to in the built site (Astro's `directory` format). */
export const redirectFileOf = (redirect: Redirect): string => `${redirect.collection}/${redirect.fromId}/index.html`;
