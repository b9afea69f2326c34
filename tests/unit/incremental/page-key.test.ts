/** Cache keys change exactly when what a page shows changes. */
import { describe, expect, it } from 'vitest';
import { cacheKeyOf } from '../../../src/lib/incremental/page-key.ts';

const entry = (digest: string, html = '<p>نص</p>') => ({
  collection: 'articles',
  id: '2020/10/a',
  digest,
  data: { title: 'خبر' },
  rendered: { html },
});

describe('cacheKeyOf', () => {
  it('is stable for the same inputs', () => {
    expect(cacheKeyOf('site', { article: entry('d1') })).toBe(cacheKeyOf('site', { article: entry('d1') }));
  });

  it('changes with an entry digest, the site key or any other input', () => {
    const key = cacheKeyOf('site', { article: entry('d1'), search: ['حفتر'] });
    expect(cacheKeyOf('site', { article: entry('d2'), search: ['حفتر'] })).not.toBe(key);
    expect(cacheKeyOf('site-2', { article: entry('d1'), search: ['حفتر'] })).not.toBe(key);
    expect(cacheKeyOf('site', { article: entry('d1'), search: ['السراج'] })).not.toBe(key);
  });

  it('stands an entry in by its digest, not its stored HTML', () => {
    expect(cacheKeyOf({ article: entry('d1', '<p>a</p>') })).toBe(cacheKeyOf({ article: entry('d1', '<p>b</p>') }));
  });

  it('reads maps and sets by their contents', () => {
    expect(cacheKeyOf(new Map([['a', 1]]))).not.toBe(cacheKeyOf(new Map([['a', 2]])));
    expect(cacheKeyOf(new Set(['a']))).not.toBe(cacheKeyOf(new Set(['b'])));
  });
});
