import { describe, expect, it } from 'vitest';
import { checkSite } from '../../../../src/lib/verify/links/check-site.ts';
import { listFiles } from '../../../../src/lib/verify/links/files.ts';
import { STAND_IN_ORIGIN, type SiteLocation } from '../../../../src/lib/verify/links/resolve.ts';
import { makeContentRoot as makeSiteDir } from '../../../helpers/content-root.ts';

const root: SiteLocation = { origin: STAND_IN_ORIGIN, basePath: '/' };
const page = (body: string, head = '') => `<!DOCTYPE html><html lang="ar" dir="rtl"><head>${head}</head><body>${body}</body></html>`;

/** A small site whose links are all good; tests add one broken page to it. */
const GOOD: Record<string, string> = {
  'index.html': page(
    '<a href="#main">skip</a><main id="main"><a href="/actors/">actors</a> <a href="/actors/qatar/#infobox">Qatar</a></main>',
    '<link rel="stylesheet" href="/_astro/base.css"><link rel="icon" href="/favicon.svg">',
  ),
  'actors/index.html': page(
    '<a href="qatar/">relative</a><a href="../">home</a><a href="/actors">no slash</a><a href="#">top</a><a href="#top">top</a>',
  ),
  'actors/qatar/index.html': page(
    '<aside id="infobox"><img src="/_astro/flag.png" srcset="/_astro/flag.png 1x, /_astro/flag@2x.png 2x"></aside><a name="old-anchor"></a><a href="#old-anchor">x</a>',
  ),
  '_astro/base.css': 'body{}',
  '_astro/flag.png': 'png',
  '_astro/flag@2x.png': 'png',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"><g id="icon"/></svg>',
};

const problemsOf = (files: Record<string, string>, site: SiteLocation = root) => checkSite(makeSiteDir(files), site).problems;

describe('checkSite', () => {
  it('finds nothing wrong in a site whose links all resolve, and counts what it checked', () => {
    const report = checkSite(makeSiteDir(GOOD), root);
    expect(report.problems).toEqual([]);
    expect(report.pages).toBe(3);
    expect(report.internalLinks).toBe(14);
    expect(report.external).toEqual([]);
  });

  it('reports a link to a missing file, naming the page and the link as written', () => {
    expect(
      problemsOf({ ...GOOD, 'actors/libya/index.html': page('<a href="/actors/qatr/">typo</a><img src="../../_astro/missing.png">') }),
    ).toEqual([
      { page: 'actors/libya/index.html', link: '/actors/qatr/', reason: 'no file actors/qatr/index.html' },
      {
        page: 'actors/libya/index.html',
        link: '../../_astro/missing.png',
        reason: 'no file _astro/missing.png or _astro/missing.png/index.html',
      },
    ]);
  });

  it('does not serve a folder without index.html', () => {
    expect(problemsOf({ ...GOOD, 'a.html': page('<a href="/_astro/">assets</a>') })).toEqual([
      { page: 'a.html', link: '/_astro/', reason: 'no file _astro/index.html' },
    ]);
  });

  it('reports a fragment that names no element, on another page or this one', () => {
    expect(
      problemsOf({
        ...GOOD,
        'actors/libya/index.html': page(
          '<a href="/actors/qatar/#infobx">x</a><a href="#nowhere">y</a><h2 id="here">z</h2><a href="#here">w</a>',
        ),
      }),
    ).toEqual([
      { page: 'actors/libya/index.html', link: '/actors/qatar/#infobx', reason: 'no element with id "infobx" in actors/qatar/index.html' },
      { page: 'actors/libya/index.html', link: '#nowhere', reason: 'no element with id "nowhere" on this page' },
    ]);
  });

  it('looks for fragments in SVG files but not in other files', () => {
    expect(
      problemsOf({
        ...GOOD,
        'a.html': page('<svg><use href="/favicon.svg#icon"/><use href="/favicon.svg#gone"/></svg><a href="/_astro/base.css#x">css</a>'),
      }),
    ).toEqual([{ page: 'a.html', link: '/favicon.svg#gone', reason: 'no element with id "gone" in favicon.svg' }]);
  });

  it('honours the base path: links carry it, files do not', () => {
    const site: SiteLocation = { origin: STAND_IN_ORIGIN, basePath: '/marsad/' };
    const files = {
      'index.html': page(
        '<a href="/marsad/actors/">ok</a><a href="/marsad">ok</a><a href="/actors/">forgot the base</a><a href="/marsad/agreements/">missing</a>',
      ),
      'actors/index.html': page('<a href="../">home</a>'),
    };
    expect(problemsOf(files, site)).toEqual([
      { page: 'index.html', link: '/actors/', reason: 'outside the base path /marsad/' },
      { page: 'index.html', link: '/marsad/agreements/', reason: 'no file agreements/index.html' },
    ]);
    // The same files served at the root: every link with the base path is now broken.
    expect(problemsOf(files).map((problem) => problem.link)).toEqual(['/marsad/actors/', '/marsad', '/marsad/agreements/']);
  });

  it('checks absolute links to the site origin (canonical URLs) like relative ones', () => {
    const site: SiteLocation = { origin: 'https://example.org', basePath: '/marsad/' };
    const files = {
      '404.html': page('', '<link rel="canonical" href="https://example.org/marsad/404/">'),
      'index.html': page('', '<link rel="canonical" href="https://example.org/marsad/">'),
    };
    expect(problemsOf(files, site)).toEqual([
      { page: '404.html', link: 'https://example.org/marsad/404/', reason: 'no file 404/index.html' },
    ]);
  });

  it('ignores query strings', () => {
    expect(
      problemsOf({
        ...GOOD,
        'search/index.html': page(
          '<a href="/search/?q=%D9%82%D8%B7%D8%B1&amp;type=x">q</a><a href="?q=1#main">q</a><main id="main"></main><a href="/nosearch/?q=1">bad</a>',
        ),
      }),
    ).toEqual([{ page: 'search/index.html', link: '/nosearch/?q=1', reason: 'no file nosearch/index.html' }]);
  });

  it('follows percent-encoded Arabic paths and fragments to Arabic file names and ids', () => {
    const files = {
      ...GOOD,
      'actors/ق/index.html': page('<h2 id="نبذة">x</h2>'),
      'tags/وقف إطلاق النار/index.html': page(''),
      'a.html': page(
        [
          '<a href="/actors/%D9%82/">encoded</a>',
          '<a href="/actors/ق/#نبذة">raw</a>',
          '<a href="/actors/%D9%82/#%D9%86%D8%A8%D8%B0%D8%A9">encoded fragment</a>',
          '<a href="/tags/%D9%88%D9%82%D9%81%20%D8%A5%D8%B7%D9%84%D8%A7%D9%82%20%D8%A7%D9%84%D9%86%D8%A7%D8%B1/">tag</a>',
          '<a href="/actors/%D9%83/">wrong letter</a>',
          '<a href="/actors/%D9%82/#%D9%86">wrong id</a>',
        ].join(''),
      ),
    };
    expect(problemsOf(files)).toEqual([
      { page: 'a.html', link: '/actors/%D9%83/', reason: 'no file actors/ك/index.html' },
      { page: 'a.html', link: '/actors/%D9%82/#%D9%86', reason: 'no element with id "ن" in actors/ق/index.html' },
    ]);
  });

  it('lists external links once each without checking them, and ignores data: URLs', () => {
    const report = checkSite(
      makeSiteDir({
        ...GOOD,
        'a.html': page(
          '<a href="https://www.wikidata.org/wiki/Q846">w</a><a href="https://www.wikidata.org/wiki/Q846">again</a><a href="mailto:desk@example.org">m</a><a href="http://down.invalid/">dead</a><img src="data:image/gif;base64,R0lGOD">',
        ),
      }),
      root,
    );
    expect(report.problems).toEqual([]);
    expect(report.external).toEqual(['http://down.invalid/', 'https://www.wikidata.org/wiki/Q846', 'mailto:desk@example.org']);
  });

  it('reports each broken link once per page, on every page it is on', () => {
    const nav = '<a href="/gone/">x</a><a href="/gone/">x</a>';
    expect(problemsOf({ 'index.html': page(nav), 'b/index.html': page(nav) })).toEqual([
      { page: 'b/index.html', link: '/gone/', reason: 'no file gone/index.html' },
      { page: 'index.html', link: '/gone/', reason: 'no file gone/index.html' },
    ]);
  });

  it('resolves relative links from the page <base href>', () => {
    expect(
      problemsOf({
        ...GOOD,
        'deep/page/index.html': page('<a href="actors/qatar/">via base</a><a href="qatar/">wrong</a>', '<base href="/">'),
      }),
    ).toEqual([{ page: 'deep/page/index.html', link: 'qatar/', reason: 'no file qatar/index.html' }]);
  });

  it('reads only HTML pages: _headers, CSS and JSON are targets, not pages', () => {
    const report = checkSite(
      makeSiteDir({
        ...GOOD,
        _headers: '/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
        'data.json': '{"href":"/gone/"}',
      }),
      root,
    );
    expect(report.problems).toEqual([]);
    expect(report.pages).toBe(3);
  });
});

describe('listFiles', () => {
  it('lists files only, with forward slashes, sorted', () => {
    expect(listFiles(makeSiteDir({ 'b/index.html': '', 'a.css': '', 'b/c/d.png': '' }))).toEqual(['a.css', 'b/c/d.png', 'b/index.html']);
  });
});
