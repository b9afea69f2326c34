import { describe, expect, it } from 'vitest';
import { checkSearchIndex, pagefindPageCount, searchIndexEntry } from '../../../src/lib/verify/search-index.ts';

describe('pagefindPageCount', () => {
  it('sums page_count over the languages of the entry file', () => {
    expect(pagefindPageCount('{"version":"1.6.0","languages":{"ar":{"hash":"ar_1","wasm":"ar","page_count":44}}}')).toBe(44);
    expect(pagefindPageCount('{"languages":{"ar":{"page_count":3},"en":{"page_count":2}}}')).toBe(5);
    expect(pagefindPageCount('{"languages":{}}')).toBe(0);
  });

  it('says why an entry file cannot give a count', () => {
    expect(pagefindPageCount('{"languages":')).toEqual({ error: 'not valid JSON' });
    expect(pagefindPageCount('[]')).toEqual({ error: 'no "languages" object' });
    expect(pagefindPageCount('{"languages":{"ar":{"page_count":"44"}}}')).toEqual({ error: 'no page_count for language "ar"' });
  });
});

describe('checkSearchIndex', () => {
  it('is satisfied by the right count only', () => {
    const entry = '{"languages":{"ar":{"page_count":6}}}';
    expect(checkSearchIndex(entry, 6)).toEqual([]);
    expect(checkSearchIndex(entry, 7)).toEqual([
      { what: 'search index holds 6 pages, the site has 7 article, actor and agreement pages', where: 'pagefind/pagefind-entry.json' },
    ]);
    expect(checkSearchIndex('nope', 7)).toEqual([
      { what: 'search index unreadable (not valid JSON)', where: 'pagefind/pagefind-entry.json' },
    ]);
    expect(checkSearchIndex(undefined, 7)).toEqual([{ what: 'no search index', where: 'pagefind/pagefind-entry.json' }]);
  });
});

describe('searchIndexEntry', () => {
  const entry = (pages: number) => JSON.stringify({ version: '1.6.0', languages: { ar: { hash: 'x', wasm: 'ar', page_count: pages } } });
  it('counts every shard of a split index, and reads a single index as it is', () => {
    const files: Record<string, string> = {
      'pagefind/pagefind-entry.json': entry(3),
      'pagefind/shard-2/pagefind-entry.json': entry(4),
      'pagefind/shards.json': JSON.stringify({
        shards: [
          { path: '', dated: true },
          { path: 'shard-2/', dated: false },
        ],
      }),
    };
    expect(
      checkSearchIndex(
        searchIndexEntry((file) => files[file]),
        7,
      ),
    ).toEqual([]);
    expect(
      checkSearchIndex(
        searchIndexEntry((file) => files[file]),
        3,
      ),
    ).toHaveLength(1);
    files['pagefind/shards.json'] = JSON.stringify({ shards: [{ path: '', dated: true }] });
    expect(searchIndexEntry((file) => files[file])).toBe(entry(3));
  });
  it('reports a shard whose entry is missing', () => {
    const files: Record<string, string> = {
      'pagefind/pagefind-entry.json': entry(3),
      'pagefind/shards.json': JSON.stringify({ shards: [{ path: '' }, { path: 'shard-2/' }] }),
    };
    expect(
      checkSearchIndex(
        searchIndexEntry((file) => files[file]),
        3,
      )[0]?.what,
    ).toMatch(/unreadable/);
  });
});
