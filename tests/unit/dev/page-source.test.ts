import { describe, expect, it } from 'vitest';
import { pageSource } from '../../../src/lib/dev/page-source.ts';

describe('the content file behind a preview address', () => {
  it('an article, by the path under articles/', () => {
    expect(pageSource('/articles/2021/02/budget-deal/')).toEqual({ collection: 'articles', id: '2021/02/budget-deal' });
    expect(pageSource('/articles/2021/02/budget-deal')).toEqual({ collection: 'articles', id: '2021/02/budget-deal' });
  });

  it('an entity, also from the pages under it', () => {
    expect(pageSource('/actors/khalifa-haftar/')).toEqual({ collection: 'actors', id: 'khalifa-haftar' });
    expect(pageSource('/actors/khalifa-haftar/news/2/')).toEqual({ collection: 'actors', id: 'khalifa-haftar' });
    expect(pageSource('/agreements/geneva-ceasefire-2020/feed.xml')).toEqual({ collection: 'agreements', id: 'geneva-ceasefire-2020' });
  });

  it('none for the other pages', () => {
    for (const pathname of ['/', '/actors/', '/articles/', '/search/', '/timeline/2021/', '/graph/', 'articles/2021/02/x/']) {
      expect(pageSource(pathname), pathname).toBeUndefined();
    }
  });

  it('none for a segment no content file could have, so nothing odd reaches the file system', () => {
    for (const pathname of [
      '/articles/../../etc/passwd/',
      '/articles/%2e%2e/secret/',
      '/actors/Khalifa/',
      '/articles/2021//x/',
      '/articles/%E0%A4%A/',
      '/actors/%2e%2e/',
    ]) {
      expect(pageSource(pathname), pathname).toBeUndefined();
    }
  });
});
