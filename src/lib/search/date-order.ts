/**
 * The order a search sorted by date shows a shard's pages in, kept beside
 * the shard's index (dates.json) instead of inside it.
 *
 * Pagefind keeps a sort as a list of page numbers in the index's meta file,
 * which every first search downloads from every shard: 2.7 KB gzipped a
 * shard of 1,400 records, 21 KB of a first search at 10,000 articles, for a
 * sort most searches never ask for. Here the list is a file of its own,
 * fetched only when a reader sorts by date (src/client/search/sort.ts).
 *
 * It lists the page hashes Pagefind gave the records (a result's `id`) of
 * the dated records, oldest first, equal dates in record order: the order
 * Pagefind's own sort gave (a stable sort of the `YYYY-MM-DD` strings); the
 * newest-first order is the same list reversed, as in Pagefind. Records
 * without a date are left out, as Pagefind leaves them out of a sorted search.
 *
 * The hashes are read from the meta file Pagefind wrote (its pages, in the
 * order the records were added), decoded with cborg: Pagefind publishes no
 * other way to learn them at build time. The format is checked, and the
 * first and last pages against their fragments, so that a Pagefind whose
 * files differ fails the build instead of sorting wrongly.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import type { SearchRecord } from './records.ts';

/** The file beside each shard's index, in every shard's folder. */
export const DATE_ORDER_FILE = 'dates.json';

/** The positions of the records that have a date, oldest first; equal dates keep the records' order. */
export function dateOrder(records: ReadonlyArray<Pick<SearchRecord, 'meta'>>): number[] {
  const dated = records.flatMap((record, index) => {
    const date = record.meta['date'];
    return date === undefined ? [] : [{ date, index }];
  });
  // Array.prototype.sort is stable: equal dates stay in record order.
  return dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((entry) => entry.index);
}

/** Writes dates.json into an index Pagefind has just written from these records, in this order. */
export function writeDateOrder(indexDir: string, records: ReadonlyArray<Pick<SearchRecord, 'url' | 'meta'>>): void {
  const hashes = pageHashes(indexDir);
  if (hashes.length !== records.length)
    throw new Error(`${indexDir}: Pagefind listed ${hashes.length} pages for ${records.length} records`);
  for (const index of [0, records.length - 1]) {
    const hash = hashes[index];
    const url = hash === undefined ? undefined : fragmentUrl(indexDir, hash);
    if (url !== records[index]?.url) throw new Error(`${indexDir}: page ${index} is ${url ?? 'missing'}, not ${records[index]?.url}`);
  }
  writeFileSync(path.join(indexDir, DATE_ORDER_FILE), `${JSON.stringify(dateOrder(records).map((index) => hashes[index]))}\n`);
}

/** Pagefind's signature at the start of each of its files, once decompressed. */
const SIGNATURE = 'pagefind_dcd';

function readPagefindFile(file: string): Uint8Array {
  const data = gunzipSync(readFileSync(file));
  if (new TextDecoder().decode(data.subarray(0, SIGNATURE.length)) !== SIGNATURE) throw new Error(`${file}: not a Pagefind file`);
  return data.subarray(SIGNATURE.length);
}

/** The hashes of an index's pages, in the order its records were added. */
export function pageHashes(indexDir: string): string[] {
  const entry = JSON.parse(readFileSync(path.join(indexDir, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { hash?: unknown }>;
  };
  const languages = Object.values(entry.languages ?? {});
  const metaHash = languages[0]?.hash;
  if (languages.length !== 1 || typeof metaHash !== 'string') throw new Error(`${indexDir}: expected an index of one language`);
  const meta: unknown = decode(readPagefindFile(path.join(indexDir, `pagefind.${metaHash}.pf_meta`)));
  // The meta file is [version, pages, index chunks, filters, sorts, meta fields]; a page is [hash, word count, …].
  const pages = Array.isArray(meta) ? (meta[1] as unknown) : undefined;
  if (!Array.isArray(pages)) throw new Error(`${indexDir}: Pagefind's meta file has no page list where expected`);
  return pages.map((page: unknown) => {
    const hash = Array.isArray(page) ? (page[0] as unknown) : undefined;
    if (typeof hash !== 'string') throw new Error(`${indexDir}: a page in Pagefind's meta file has no hash`);
    return hash;
  });
}

function fragmentUrl(indexDir: string, hash: string): string | undefined {
  const fragment = JSON.parse(new TextDecoder().decode(readPagefindFile(path.join(indexDir, 'fragment', `${hash}.pf_fragment`)))) as {
    url?: unknown;
  };
  return typeof fragment.url === 'string' ? fragment.url : undefined;
}
