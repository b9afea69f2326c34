import { readdirSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../../src/lib/feeds/robots.ts';
import { renderSitemap, renderSitemapIndex, sitemapEntries, sitemapParts, SITEMAP_URL_LIMIT } from '../../../src/lib/feeds/sitemap.ts';
import { staticPagePaths } from '../../../src/lib/feeds/static-pages.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';
import { publishedArticles } from '../../../src/lib/pages/queries.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

interface UrlEntry {
  loc: string;
  lastmod?: string;
}

function parseSitemap(xml: string): UrlEntry[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed: { urlset: { '@_xmlns': string; url: UrlEntry[] } } = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    isArray: (name) => name === 'url',
  }).parse(xml);
  expect(parsed.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  return parsed.urlset.url;
}

/** The page files as the sitemap endpoint's glob names them. */
const pageFiles = (readdirSync(path.resolve('src/pages'), { recursive: true }) as string[]).map(
  (file) => `./${file.split(path.sep).join('/')}`,
);

const demo = loadSiteIndex(path.resolve('content'));
const ORIGIN = 'https://archive.example.org/marsad/';
const deployed = { siteUrl: 'https://archive.example.org', basePath: '/marsad/' };

describe('static pages from page files', () => {
  it('lists home, indexes and search, and skips dynamic routes, endpoints and error pages', () => {
    const paths = staticPagePaths(pageFiles);
    expect(paths[0]).toBe('');
    expect(paths).toEqual(expect.arrayContaining(['', 'actors/', 'agreements/', 'search/']));
    expect(paths.some((page) => page.includes('[') || page.includes('404') || page.includes('.xml') || page.includes('data/'))).toBe(false);
  });
  it('picks up pages added later, whether file or folder index', () => {
    expect(
      staticPagePaths([
        './index.astro',
        './timeline.astro',
        './graph/index.astro',
        './actors/[id].astro',
        './404.astro',
        './_draft.astro',
        './feed.xml.ts',
        './about.md',
      ]),
    ).toEqual(['', 'about/', 'graph/', 'timeline/']);
  });
});

describe('the sitemap of the demo content', () => {
  const urls = parseSitemap(renderSitemap(sitemapEntries(demo, deployed, staticPagePaths(pageFiles))));
  const locs = urls.map((url) => url.loc);

  it('lists every published article with its last change as lastmod', () => {
    for (const article of publishedArticles(demo.corpus.articles)) {
      expect(urls).toContainEqual({ loc: `${ORIGIN}articles/${article.id}/`, lastmod: article.data.updated ?? article.data.date });
    }
  });

  it('lists every actor and agreement, dated by its newest article', () => {
    for (const entity of demo.registry.entities) expect(locs).toContain(`${ORIGIN}${entity.collection}/${entity.id}/`);
    expect(urls.find((url) => url.loc === `${ORIGIN}actors/qatar/`)?.lastmod).toBe(demo.mentions.backlinks('actors/qatar')[0]?.date);
  });

  it('starts with the home page, dated by the newest article, and lists no page twice', () => {
    expect(urls[0]).toEqual({ loc: ORIGIN, lastmod: publishedArticles(demo.corpus.articles)[0]?.data.date });
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs.length).toBe(
      staticPagePaths(pageFiles).length + publishedArticles(demo.corpus.articles).length + demo.registry.entities.length,
    );
  });
});

describe('sitemap of a corpus with drafts', () => {
  const root = makeContentRoot({
    ...VALID_FILES,
    'articles/2021/01/draft.md': '---\ntitle: مسودة\ndate: 2021-01-01\nsummary: م.\ndraft: true\nactors: [qatar]\n---\nقطر.\n',
    'articles/2020/11/updated.md': '---\ntitle: محدّث\ndate: 2020-11-01\nupdated: 2020-12-05\nsummary: م.\n---\nقطر.\n',
  });
  const site = loadSiteIndex(root);
  const urls = parseSitemap(renderSitemap(sitemapEntries(site, { siteUrl: undefined, basePath: '/' }, [''])));

  it('leaves drafts out and dates pages by updated', () => {
    expect(urls.map((url) => url.loc)).not.toContain('/articles/2021/01/draft/');
    expect(urls).toContainEqual({ loc: '/articles/2020/11/updated/', lastmod: '2020-12-05' });
    expect(urls[0]).toEqual({ loc: '/', lastmod: '2020-12-05' });
    expect(urls.find((url) => url.loc === '/actors/qatar/')?.lastmod).toBe('2020-12-05');
  });
  it('gives no lastmod to an entity no published article concerns', () => {
    expect(urls.find((url) => url.loc === '/actors/khalifa-haftar/')).toEqual({ loc: '/actors/khalifa-haftar/' });
  });
});

describe('a sitemap index with split files', () => {
  it('cuts the entries into files of at most the protocol limit, in order, and keeps one file for an empty site', () => {
    expect(SITEMAP_URL_LIMIT).toBe(50_000);
    const entries = Array.from({ length: 7 }, (_, index) => ({ loc: `/p${index}/` }));
    expect(sitemapParts(entries, 3).map((part) => part.map((entry) => entry.loc))).toEqual([
      ['/p0/', '/p1/', '/p2/'],
      ['/p3/', '/p4/', '/p5/'],
      ['/p6/'],
    ]);
    expect(sitemapParts([], 3)).toEqual([[]]);
    expect(sitemapParts(Array.from({ length: 100_001 }, () => ({ loc: '/' }))).map((part) => part.length)).toEqual([50_000, 50_000, 1]);
  });
  it('names each file with the newest day of its entries', () => {
    const xml = renderSitemapIndex([
      {
        loc: `${ORIGIN}sitemap-1.xml`,
        entries: [
          { loc: '/a/', lastmod: '2020-01-02' },
          { loc: '/b/', lastmod: '2021-05-06' },
        ],
      },
      { loc: `${ORIGIN}sitemap-2.xml`, entries: [{ loc: '/c/' }] },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed: { sitemapindex: { '@_xmlns': string; sitemap: UrlEntry[] } } = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      parseTagValue: false,
      isArray: (name) => name === 'sitemap',
    }).parse(xml);
    expect(parsed.sitemapindex['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(parsed.sitemapindex.sitemap).toEqual([
      { loc: `${ORIGIN}sitemap-1.xml`, lastmod: '2021-05-06' },
      { loc: `${ORIGIN}sitemap-2.xml` },
    ]);
  });
});

describe('robots.txt', () => {
  it('names the absolute sitemap URL when SITE_URL is set', () => {
    expect(robotsTxt(deployed)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}sitemap.xml\n`);
  });
  it('names no sitemap without SITE_URL, since the directive needs an absolute URL', () => {
    expect(robotsTxt({ siteUrl: undefined, basePath: '/' })).not.toMatch(/^Sitemap:/m);
  });
});
