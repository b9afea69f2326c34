/**
 * Which files of a built site are the pages of content files: an article,
 * actor or agreement page per id, in Astro's `directory` format
 * (`articles/<id>/index.html`) or its `file` format (`articles/<id>.html`),
 * so that a site that somehow has both is caught with two pages for one id.
 */

/** The folders of the built site that hold one page per content file. */
const PAGE_COLLECTIONS = ['articles', 'actors', 'agreements'] as const;
export type PageCollection = (typeof PAGE_COLLECTIONS)[number];

/** `articles/2020/10/x`, `actors/qatar`: a collection and an id, as content files name them. */
export type PageKey = `${PageCollection}/${string}`;

/** The page of a content file: which one, and the built file that holds it. */
export interface CollectionPage {
  collection: PageCollection;
  id: string;
  key: PageKey;
  /** Relative to the built site, `/`-separated. */
  file: string;
}

const INDEX = '/index.html';
const HTML = '.html';

/** The content page a built file is, or `undefined` for any other file (`actors/index.html` is the list of actors, not an actor). */
export function collectionPageOf(file: string): CollectionPage | undefined {
  const collection = PAGE_COLLECTIONS.find((name) => file.startsWith(`${name}/`));
  if (collection === undefined) return undefined;
  const rest = file.slice(collection.length + 1);
  let id: string;
  if (rest.endsWith(INDEX)) id = rest.slice(0, -INDEX.length);
  else if (rest.endsWith(HTML) && rest !== 'index.html') id = rest.slice(0, -HTML.length);
  else return undefined;
  // Entity ids have no folders: `actors/qatar/news/2/` is a later page of the actor's news, not an actor.
  if (collection !== 'articles' && id.includes('/')) return undefined;
  return { collection, id, key: `${collection}/${id}`, file };
}

/** The later pages of an entity's news (`actors/qatar/news/2/index.html`, …) among `files`, in page order. */
export function newsPagesOf(page: CollectionPage, files: readonly string[]): string[] {
  const prefix = `${page.key}/news/`;
  return files
    .map((file) => ({
      file,
      number: file.startsWith(prefix) && file.endsWith(INDEX) ? Number(file.slice(prefix.length, -INDEX.length)) : NaN,
    }))
    .filter(({ number }) => Number.isInteger(number) && number >= 2)
    .sort((a, b) => a.number - b.number)
    .map(({ file }) => file);
}

/** The content pages among `files`, grouped by key; a key with two files has two pages. */
export function collectionPages(files: readonly string[]): Map<PageKey, CollectionPage[]> {
  const pages = new Map<PageKey, CollectionPage[]>();
  for (const file of files) {
    const page = collectionPageOf(file);
    if (page === undefined) continue;
    const list = pages.get(page.key);
    if (list) list.push(page);
    else pages.set(page.key, [page]);
  }
  return pages;
}
