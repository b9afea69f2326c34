import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAND_IN_ORIGIN } from '../../../src/lib/verify/links/resolve.ts';
import { checkPreviousUrls, readPreviousUrls } from '../../../src/lib/verify/previous-urls.ts';
import { makeContentRoot } from '../../helpers/content-root.ts';

const urlset = (locs: readonly string[]) =>
  `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((loc) => `<url><loc>${loc}</loc></url>`).join('')}</urlset>`;

describe('readPreviousUrls', () => {
  const dir = makeContentRoot({
    'sitemap.xml': urlset(['https://x.org/a/', 'https://x.org/b/?q=1&amp;r=2']),
    'index.xml':
      '<sitemapindex><sitemap><loc>https://x.org/sitemap-0.xml</loc></sitemap><sitemap><loc>https://x.org/sitemap-1.xml</loc></sitemap></sitemapindex>',
    'sitemap-0.xml': urlset(['https://x.org/c/']),
    'sitemap-1.xml': urlset(['https://x.org/d/']),
    'broken-index.xml': '<sitemapindex><sitemap><loc>https://x.org/sitemap-9.xml</loc></sitemap></sitemapindex>',
    'list.txt': '# one per line\n\n/a/\nhttps://x.org/e/\n',
  });
  const read = (file: string) => readPreviousUrls(path.join(dir, file));

  it('reads a sitemap, decoding its entities', () => {
    expect(read('sitemap.xml')).toEqual({ urls: ['https://x.org/a/', 'https://x.org/b/?q=1&r=2'], problems: [] });
  });

  it('reads a sitemap index through the parts beside it, and names a part that is missing', () => {
    expect(read('index.xml')).toEqual({ urls: ['https://x.org/c/', 'https://x.org/d/'], problems: [] });
    const broken = read('broken-index.xml');
    expect(broken.urls).toEqual([]);
    expect(broken.problems[0]?.what).toMatch(/^sitemap part "https:\/\/x.org\/sitemap-9.xml" is not beside the index/);
  });

  it('reads a plain list, skipping blank lines and comments', () => {
    expect(read('list.txt').urls).toEqual(['/a/', 'https://x.org/e/']);
  });
});

describe('checkPreviousUrls', () => {
  const site = { origin: STAND_IN_ORIGIN, basePath: '/marsad/' };
  const files = new Set(['a/index.html', 'feed.xml']);
  const check = (urls: string[]) =>
    checkPreviousUrls({ urls, source: 'prev.xml', files, redirects: new Map([['/marsad/old/', '/marsad/a/']]), site }).map(
      (problem) => problem.what,
    );

  it('accepts pages, files and redirects, whatever origin the previous build had', () => {
    expect(check(['https://deployed.example/marsad/a/', '/marsad/a', '/marsad/feed.xml', '/marsad/old/', '/marsad/old'])).toEqual([]);
  });

  it('names what leads nowhere, outside the base path too', () => {
    expect(check(['/marsad/gone/', '/a/', 'http://['])).toEqual([
      'previous URL "/marsad/gone/" neither exists nor redirects',
      'previous URL "/a/" neither exists nor redirects',
      'previous URL "http://[" is not a URL',
    ]);
  });
});
