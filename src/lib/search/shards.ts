/**
 * How the search index is split so that Pagefind never holds more than one
 * bounded part of it: shards of at most `limit` records, merged in the
 * browser (`mergeIndex`). A site of at most `limit` records keeps one index.
 *
 * Dated records (articles, agreements) are cut by calendar period: whole
 * months, packed together from the oldest while they fit; a month larger
 * than a shard is cut into days (a day is never split, so equal dates tie
 * within one shard). Months, not years: shards filled close to the limit
 * are fewer, and a first search reads every shard's meta file and one index
 * chunk from each. At 10,000 articles and 1,400 records a shard, whole years
 * (about 1,000 articles each) made 11 shards, whole months make 9; the first
 * query fetched 331.8 and 345.3 KB («حكومة», «قوات») from the 9 year-shards
 * of the former 2,000-record limit, and 317.3 and 328.2 KB from these
 * (`npm run bench:search:transfer`). Packing from the oldest
 * keeps every boundary where it was when new articles arrive, as they do, at
 * the recent end: an edit or an addition changes the records of one shard,
 * and only that shard is indexed again (see the cache in
 * src/integrations/pagefind.ts). An article added to an old month moves the
 * boundaries after it only if its shard has no room left for it.
 * The shards are listed newest first, so a search sorted by date reads them
 * in order (src/client/search/sort.ts: merged results come back ordered by
 * score, not by date). Undated records (actors)
 * follow in shards of their own. Within a shard the records keep the order
 * they have in a single index, so equal dates tie the same way.
 */
import { createHash } from 'node:crypto';
import { readSettings } from '../config/settings.ts';
import { articleRecord, entityRecord, type SearchRecord } from './records.ts';
import type { SearchSource } from './source.ts';

export interface ShardItem {
  /** `YYYY-MM-DD`, when the page has a date to sort by. */
  date: string | undefined;
  /**
   * A digest of everything its record is made from (not of the code that
   * makes it): equal inputs make equal records, so a shard whose inputs are
   * known is reused without making its records again.
   */
  input: string;
  record(): SearchRecord;
}

export interface Shard {
  /** Whether its records have dates (it takes part in a search sorted by date). */
  dated: boolean;
  items: ShardItem[];
}

/** What the browser reads to merge the shards: their folders under pagefind/ (the first is pagefind/ itself), newest first. */
export interface ShardManifest {
  shards: Array<{ path: string; dated: boolean }>;
}

export const SHARD_MANIFEST = 'shards.json';

/** The search index's folder in the built site: the search integration writes it, and the step that removes what earlier builds left leaves it alone. */
export const SEARCH_FOLDER = 'pagefind';

/**
 * The folder of shard `index` (from 0) under pagefind/, for a shard whose
 * records have this digest: the first is pagefind/ itself, the others are
 * named by their digest, so a folder's files never change under its name
 * (a rebuild keeps the folders of unchanged shards, and a host may cache
 * them for good).
 */
export const shardPath = (index: number, digest: string): string => (index === 0 ? '' : `shard-${digest.slice(0, 16)}/`);

/** Records per shard: `MARSAD_SEARCH_SHARD_RECORDS`, validated with every other setting. */
export function shardLimit(env: Readonly<Record<string, string | undefined>> = process.env): number {
  return readSettings(env).searchShardRecords;
}

/** Every page of the site as a record to be, in single-index order: articles newest first, then entities. */
export function sourceItems(source: SearchSource): ShardItem[] {
  // An article's record reads the entities it concerns (their names, kinds and forms) and the date settings.
  const entityInputs = source.entities.map((entity) => digestOf(JSON.stringify(entity)));
  const settings = JSON.stringify(source.settings);
  return [
    ...source.articles.map((article) => ({
      date: article.data.date,
      // The text is in as the digest the site index took of it: the thread reads the text itself only to make a record.
      input: digestOf(
        JSON.stringify([
          settings,
          article.id,
          article.data,
          article.text.digest,
          article.entities.map((index) => entityInputs[index] ?? ''),
        ]),
      ),
      record: () => articleRecord(article, source.entities, source.settings),
    })),
    ...source.entities.map((entity, index) => ({
      date: entity.collection === 'agreements' ? entity.data.signed : undefined,
      input: entityInputs[index] ?? '',
      record: () => entityRecord(entity),
    })),
  ];
}

/** Text hashed as UTF-16, as V8 holds Arabic text: encoding it to UTF-8 first cost more than the hash. */
const digestOf = (...texts: string[]): string => {
  const hash = createHash('sha1');
  for (const text of texts) hash.update(text, 'utf16le').update('\0');
  return hash.digest('base64');
};

/** The calendar periods a dated shard is cut at, coarsest first: the length of the `YYYY-MM-DD` prefix that names one. */
const PERIODS = [7, 10] as const;

export function planShards(items: readonly ShardItem[], limit: number): Shard[] {
  if (items.length <= limit) return [{ dated: items.some((item) => item.date !== undefined), items: [...items] }];
  const order = new Map(items.map((item, index) => [item, index]));
  const byOrder = (a: ShardItem, b: ShardItem) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  const oldestFirst = items
    .filter((item) => item.date !== undefined)
    .sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : byOrder(a, b)));
  const shards: Shard[] = [];
  let current: ShardItem[] = [];
  for (const period of periods(oldestFirst, limit, 0)) {
    if (current.length > 0 && current.length + period.length > limit) {
      shards.push({ dated: true, items: current });
      current = [];
    }
    current.push(...period);
  }
  if (current.length > 0) shards.push({ dated: true, items: current });
  shards.reverse();
  for (const shard of shards) shard.items.sort(byOrder);
  const undated = items.filter((item) => item.date === undefined);
  for (let start = 0; start < undated.length; start += limit) shards.push({ dated: false, items: undated.slice(start, start + limit) });
  return shards;
}

/** Dated items (oldest first) grouped by month; a month over the limit by day. */
function periods(items: readonly ShardItem[], limit: number, level: number): ShardItem[][] {
  const length = PERIODS[level];
  if (length === undefined) return [[...items]];
  const groups: ShardItem[][] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last[0]?.date?.slice(0, length) === item.date?.slice(0, length)) last.push(item);
    else groups.push([item]);
  }
  return groups.flatMap((group) => (group.length > limit ? periods(group, limit, level + 1) : [group]));
}

/** What a shard's records are made from, as one digest (with `salt`, as for its records). */
export function shardInputs(shard: Shard, salt: string): string {
  const hash = createHash('sha256').update(salt);
  for (const item of shard.items) hash.update(item.input).update('\n');
  return hash.digest('hex').slice(0, 32);
}

/** A shard's records and their digest, which names its cached index: equal records, equal index. */
export function shardRecords(shard: Shard, salt: string): { records: SearchRecord[]; digest: string } {
  const hash = createHash('sha256').update(salt);
  const records = shard.items.map((item) => {
    const record = item.record();
    hash.update(JSON.stringify(record)).update('\n');
    return record;
  });
  return { records, digest: hash.digest('hex').slice(0, 32) };
}
