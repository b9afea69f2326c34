/** Whether Pagefind indexed exactly the content pages: its entry file records how many pages each language holds. */
import type { VerifyProblem } from './problem.ts';

/** Pagefind's entry file, relative to the built site. */
const PAGEFIND_ENTRY = 'pagefind/pagefind-entry.json';

/** Pages in the index, summed over its languages, or why the entry file cannot say. */
export function pagefindPageCount(json: string): number | { error: string } {
  let entry: unknown;
  try {
    entry = JSON.parse(json);
  } catch {
    return { error: 'not valid JSON' };
  }
  const languages = isRecord(entry) ? entry['languages'] : undefined;
  if (!isRecord(languages)) return { error: 'no "languages" object' };
  let total = 0;
  for (const [language, info] of Object.entries(languages)) {
    const count = isRecord(info) ? info['page_count'] : undefined;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return { error: `no page_count for language "${language}"` };
    total += count;
  }
  return total;
}

/**
 * The entry file to check: the primary's, or for an index split into shards
 * (pagefind/shards.json) one that counts the pages of every shard.
 */
export function searchIndexEntry(read: (file: string) => string | undefined): string | undefined {
  const entry = read(PAGEFIND_ENTRY);
  const manifest = read('pagefind/shards.json');
  if (entry === undefined || manifest === undefined) return entry;
  let shards: unknown;
  try {
    shards = (JSON.parse(manifest) as { shards?: unknown }).shards;
  } catch {
    return entry;
  }
  if (!Array.isArray(shards) || shards.length <= 1) return entry;
  let total = 0;
  for (const shard of shards as Array<{ path?: unknown }>) {
    const text = read(`pagefind/${typeof shard.path === 'string' ? shard.path : ''}pagefind-entry.json`) ?? '';
    const count = pagefindPageCount(text);
    if (typeof count !== 'number') return text;
    total += count;
  }
  return JSON.stringify({ languages: { all: { page_count: total } } });
}

/** The problem, if any, with a search index that should hold `pages` pages. */
export function checkSearchIndex(entryJson: string | undefined, pages: number): VerifyProblem[] {
  if (entryJson === undefined) return [{ what: 'no search index', where: PAGEFIND_ENTRY }];
  const indexed = pagefindPageCount(entryJson);
  if (typeof indexed !== 'number') return [{ what: `search index unreadable (${indexed.error})`, where: PAGEFIND_ENTRY }];
  if (indexed === pages) return [];
  return [{ what: `search index holds ${indexed} pages, the site has ${pages} article, actor and agreement pages`, where: PAGEFIND_ENTRY }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
