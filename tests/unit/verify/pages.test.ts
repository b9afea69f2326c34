import { describe, expect, it } from 'vitest';
import { collectionPageOf, collectionPages, newsPagesOf } from '../../../src/lib/verify/pages.ts';

describe('collectionPageOf', () => {
  it('reads the collection and id of article, actor and agreement pages', () => {
    expect(collectionPageOf('articles/2020/10/qatar-mou-breach/index.html')).toEqual({
      collection: 'articles',
      id: '2020/10/qatar-mou-breach',
      key: 'articles/2020/10/qatar-mou-breach',
      file: 'articles/2020/10/qatar-mou-breach/index.html',
    });
    expect(collectionPageOf('actors/qatar/index.html')?.key).toBe('actors/qatar');
    expect(collectionPageOf('agreements/geneva-ceasefire-2020.html')?.key).toBe('agreements/geneva-ceasefire-2020');
  });

  it('leaves out list pages, feeds and files of other folders', () => {
    for (const file of [
      'actors/index.html',
      'agreements/index.html',
      'actors/qatar/feed.xml',
      'index.html',
      'timeline/index.html',
      'actorsx/qatar/index.html',
      'actors/index.htm',
      'actors/qatar/news/2/index.html',
    ]) {
      expect(collectionPageOf(file), file).toBeUndefined();
    }
  });
});

describe('collectionPages', () => {
  it('groups the pages of one id, so that two of them show', () => {
    const pages = collectionPages([
      'actors/qatar/index.html',
      'actors/qatar.html',
      'actors/libya/index.html',
      'actors/qatar/feed.xml',
      'index.html',
    ]);
    expect([...pages.keys()]).toEqual(['actors/qatar', 'actors/libya']);
    expect(pages.get('actors/qatar')?.map((page) => page.file)).toEqual(['actors/qatar/index.html', 'actors/qatar.html']);
  });
});

describe('newsPagesOf', () => {
  it("finds the later pages of an entity's news, in page order", () => {
    const page = collectionPageOf('actors/qatar/index.html')!;
    const files = [
      'actors/qatar/news/10/index.html',
      'actors/qatar/news/2/index.html',
      'actors/qatarx/news/3/index.html',
      'actors/qatar/news/1/index.html',
      'actors/qatar/feed.xml',
    ];
    expect(newsPagesOf(page, files)).toEqual(['actors/qatar/news/2/index.html', 'actors/qatar/news/10/index.html']);
  });
});
