import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { redirectPageHtml } from '../../../src/lib/redirects/page.ts';
import { collectRedirects, pagePath, redirectFileOf } from '../../../src/lib/redirects/redirects.ts';
import { parseRedirects, redirectLines, withRedirects } from '../../../src/lib/redirects/redirects-file.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const RENAMED: Record<string, string> = {
  ...VALID_FILES,
  'actors/qatar.md': VALID_FILES['actors/qatar.md']!.replace('wikidata: Q846', 'wikidata: Q846\nredirect_from: [state-of-qatar]'),
  'articles/2020/10/qatar-mou-breach.md': VALID_FILES['articles/2020/10/qatar-mou-breach.md']!.replace(
    'summary:',
    'redirect_from: [2020/10/old-slug, 2020/09/older]\nsummary:',
  ),
  'articles/2021/02/draft.md':
    '---\ntitle: مسودة\ndate: 2021-02-01\nsummary: خبر.\ndraft: true\nredirect_from: [2021/01/before]\n---\n\nنص.\n',
};

describe('collectRedirects', () => {
  const redirects = collectRedirects(loadCorpus(makeContentRoot(RENAMED)));

  it('lists each old id of a published file, sorted by old address, and none of a draft', () => {
    expect(redirects).toEqual([
      { collection: 'actors', fromId: 'state-of-qatar', toId: 'qatar' },
      { collection: 'articles', fromId: '2020/09/older', toId: '2020/10/qatar-mou-breach' },
      { collection: 'articles', fromId: '2020/10/old-slug', toId: '2020/10/qatar-mou-breach' },
    ]);
  });

  it('writes each at the old id’s page file', () => {
    expect(redirects.map(redirectFileOf)).toEqual([
      'actors/state-of-qatar/index.html',
      'articles/2020/09/older/index.html',
      'articles/2020/10/old-slug/index.html',
    ]);
  });

  it('keeps the first of two claims to one old id', () => {
    const twice = { ...RENAMED, 'actors/turkey.md': '---\nname: تركيا\nkind: state\nredirect_from: [state-of-qatar]\n---\n' };
    const actors = collectRedirects(loadCorpus(makeContentRoot(twice))).filter((redirect) => redirect.collection === 'actors');
    expect(actors).toEqual([{ collection: 'actors', fromId: 'state-of-qatar', toId: 'qatar' }]);
  });
});

describe('the redirect page', () => {
  const html = redirectPageHtml({
    to: '/marsad/articles/2020/10/new/',
    canonical: 'https://marsad.example.org/marsad/articles/2020/10/new/',
  });

  it('refreshes to the new page, names it canonical, keeps itself out of search engines and shows a link', () => {
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/marsad/articles/2020/10/new/">');
    expect(html).toContain('<link rel="canonical" href="https://marsad.example.org/marsad/articles/2020/10/new/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<a href="/marsad/articles/2020/10/new/">');
    expect(html).toContain('<html lang="ar" dir="rtl">');
  });

  it('escapes what it puts in attributes', () => {
    expect(redirectPageHtml({ to: '/a"b/', canonical: '/a"b/' })).toContain('url=/a&quot;b/"');
  });
});

describe('_redirects', () => {
  const redirects = [
    { collection: 'articles' as const, fromId: '2020/10/old', toId: '2020/10/new' },
    { collection: 'actors' as const, fromId: 'old-id', toId: 'qatar' },
  ];

  it('has one 301 line per redirect, under the base path', () => {
    expect(pagePath('/marsad/', 'articles', '2020/10/new')).toBe('/marsad/articles/2020/10/new/');
    expect(redirectLines(redirects, '/marsad/')).toEqual([
      '/marsad/articles/2020/10/old/ /marsad/articles/2020/10/new/ 301',
      '/marsad/actors/old-id/ /marsad/actors/qatar/ 301',
    ]);
  });

  it('puts the build’s block first, keeps the rest of the file, and replaces the block on a rebuild', () => {
    const own = '/feed /rss.xml 301\n';
    const once = withRedirects(own, redirects, '/');
    expect(once.endsWith(own)).toBe(true);
    expect(once.startsWith('# marsad: redirect_from')).toBe(true);
    expect(withRedirects(once, redirects, '/')).toBe(once);
    expect(withRedirects(once, [], '/')).toBe(own);
  });

  it('parses static rules and skips comments, wildcards and placeholders', () => {
    const rules = parseRedirects(`${withRedirects('', redirects, '/')}/news/* /articles/:splat 301\n/blog/:id /x 301\n`);
    expect([...rules]).toEqual([
      ['/articles/2020/10/old/', '/articles/2020/10/new/'],
      ['/actors/old-id/', '/actors/qatar/'],
    ]);
  });
});
