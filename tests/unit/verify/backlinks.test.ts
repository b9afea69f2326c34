import { describe, expect, it } from 'vitest';
import { STAND_IN_ORIGIN, type SiteLocation } from '../../../src/lib/verify/links/resolve.ts';
import { backlinkHrefs, checkBacklinks, listedArticles } from '../../../src/lib/verify/backlinks.ts';
import { elementContent } from '../../../src/lib/verify/element.ts';
import { collectionPageOf } from '../../../src/lib/verify/pages.ts';

const root: SiteLocation = { origin: STAND_IN_ORIGIN, basePath: '/' };

describe('elementContent', () => {
  it('finds the element by a class among several, with nested elements of the same name', () => {
    const html =
      '<ol class="other"><li>no</li></ol><OL data-x="a>b" class="article-list\nbacklinks"><li><ol><li>in</li></ol></li><li>last</li></OL><p>after</p>';
    expect(elementContent(html, 'ol', 'backlinks')).toBe('<li><ol><li>in</li></ol></li><li>last</li>');
  });

  it('gives undefined when no element has the class, and the rest of the page when it is never closed', () => {
    expect(elementContent('<ol class="backlinks-x"></ol><old class="backlinks">', 'ol', 'backlinks')).toBeUndefined();
    expect(elementContent('<ol class=backlinks><li>open', 'ol', 'backlinks')).toBe('<li>open');
  });
});

describe('backlinkHrefs', () => {
  it('takes the href of every link inside the list, and none outside it', () => {
    const html =
      '<a href="/before/">x</a><ol class="article-list backlinks"><li><h3><a href="/articles/a/">a</a></h3><img src="/i.png"></li><li><a href="/articles/b/?x=1&amp;y=2">b</a><a name="n">n</a></li></ol><a href="/after/">y</a>';
    expect(backlinkHrefs(html)).toEqual(['/articles/a/', '/articles/b/?x=1&y=2']);
    expect(backlinkHrefs('<p>لا أخبار عنه بعد.</p>')).toEqual([]);
  });
});

describe('listedArticles', () => {
  it('resolves relative, absolute and base-path links to article ids, once each, ignoring other pages', () => {
    const site: SiteLocation = { origin: 'https://example.org', basePath: '/marsad/' };
    const html = `<ol class="backlinks">
      <li><a href="/marsad/articles/2020/10/x/">1</a></li>
      <li><a href="../../articles/2021/01/y/">2</a></li>
      <li><a href="https://example.org/marsad/articles/2021/02/z">3</a></li>
      <li><a href="/marsad/articles/2020/10/x/#top">again</a></li>
      <li><a href="/marsad/actors/qatar/">not an article</a><a href="https://elsewhere.org/articles/q/">external</a></li>
    </ol>`;
    expect(listedArticles(html, 'actors/qatar/index.html', site)).toEqual(['2020/10/x', '2021/01/y', '2021/02/z']);
  });
});

describe('checkBacklinks', () => {
  it('names each missing and each extra article', () => {
    const page = collectionPageOf('actors/qatar/index.html')!;
    const html = '<ol class="backlinks"><li><a href="/articles/a/">a</a></li><li><a href="/articles/c/">c</a></li></ol>';
    const lists = [{ file: page.file, html }];
    expect(checkBacklinks({ page, lists, expected: ['a', 'b'], site: root })).toEqual([
      { what: 'backlink missing to articles/b/', where: 'actors/qatar/index.html' },
      { what: 'backlink to articles/c/, which neither mentions nor names it', where: 'actors/qatar/index.html' },
    ]);
    expect(checkBacklinks({ page, lists, expected: ['c', 'a'], site: root })).toEqual([]);
  });

  it('reads the later pages of the news too', () => {
    const page = collectionPageOf('actors/qatar/index.html')!;
    const lists = [
      { file: page.file, html: '<ol class="backlinks"><li><a href="/articles/a/">a</a></li></ol>' },
      { file: 'actors/qatar/news/2/index.html', html: '<ol class="backlinks"><li><a href="../../../../articles/b/">b</a></li></ol>' },
    ];
    expect(checkBacklinks({ page, lists, expected: ['a', 'b'], site: root })).toEqual([]);
    expect(checkBacklinks({ page, lists: lists.slice(0, 1), expected: ['a', 'b'], site: root })).toEqual([
      { what: 'backlink missing to articles/b/', where: 'actors/qatar/index.html' },
    ]);
  });
});
