/**
 * Which content file a preview address shows (src/lib/pages/urls.ts, read
 * backwards), so that the dev server can tell a page missing because its file
 * has errors from an address that has no file at all.
 */
import { ENTITY_ID_PATTERN } from '../content/fields.ts';
import type { CollectionName } from '../content/schema.ts';

export interface PageSource {
  collection: CollectionName;
  /** As the corpus names it: `khalifa-haftar`, or `2021/02/some-article`. */
  id: string;
}

/**
 * The entry behind `pathname`: an article's page, or an entity's page and the
 * pages under it (its news, its feed). Undefined for every other address, and
 * for any id the content walk could not have read, so no `..` or other odd
 * segment ever reaches the file system. The site's base path (BASE_PATH) is
 * not part of `pathname`: Astro's dev server takes it off before any other
 * middleware sees the request.
 */
export function pageSource(pathname: string): PageSource | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/')) return undefined;
  const segments = decoded.slice(1).split('/');
  if (segments.at(-1) === '') segments.pop();
  const [collection, ...rest] = segments;
  if (collection === 'articles') return readable(rest) ? { collection, id: rest.join('/') } : undefined;
  if (collection === 'actors' || collection === 'agreements') {
    const id = rest[0];
    return id !== undefined && readable([id]) ? { collection, id } : undefined;
  }
  return undefined;
}

const readable = (segments: readonly string[]) => segments.length > 0 && segments.every((segment) => ENTITY_ID_PATTERN.test(segment));
