import { describe, expect, it } from 'vitest';
import { checkSearchIndex, pagefindPageCount } from '../../../src/lib/verify/search-index.ts';

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
    expect(checkSearchIndex('nope', 7)).toEqual([{ what: 'search index unreadable (not valid JSON)', where: 'pagefind/pagefind-entry.json' }]);
    expect(checkSearchIndex(undefined, 7)).toEqual([{ what: 'no search index', where: 'pagefind/pagefind-entry.json' }]);
  });
});
