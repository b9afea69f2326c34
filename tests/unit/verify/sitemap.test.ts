import { describe, expect, it } from 'vitest';
import { STAND_IN_ORIGIN, type SiteLocation } from '../../../src/lib/verify/links/resolve.ts';
import { checkSitemap, readSitemap, sitemapLocations } from '../../../src/lib/verify/sitemap.ts';

const xml = (locs: readonly string[]) =>
  `<?xml version="1.0"?><urlset>${locs.map((loc) => `<url><loc>\n  ${loc}\n</loc><lastmod>2020-01-01</lastmod></url>`).join('')}</urlset>`;
const files = new Set(['index.html', 'actors/qatar/index.html', 'articles/a/b/index.html', 'feed.xml']);
const root: SiteLocation = { origin: STAND_IN_ORIGIN, basePath: '/' };

describe('sitemapLocations', () => {
  it('reads every <loc>, trimmed, with character references decoded', () => {
    expect(sitemapLocations(xml(['/', '/search/?q=a&amp;b=c', '/actors/&#x642;/']))).toEqual(['/', '/search/?q=a&b=c', '/actors/ق/']);
    expect(sitemapLocations('<urlset></urlset>')).toEqual([]);
  });
});

describe('checkSitemap', () => {
  const required = ['actors/qatar/index.html', 'articles/a/b/index.html'];

  it('accepts root-relative URLs without SITE_URL and absolute ones with it, under the base path', () => {
    expect(checkSitemap({ xml: xml(['/', '/actors/qatar/', '/articles/a/b/']), files, required, site: root, absoluteUrls: false })).toEqual(
      [],
    );
    const site: SiteLocation = { origin: 'https://example.org', basePath: '/marsad/' };
    const absolute = xml([
      'https://example.org/marsad/',
      'https://example.org/marsad/actors/qatar/',
      'https://example.org/marsad/articles/a/b/',
    ]);
    expect(checkSitemap({ xml: absolute, files, required, site, absoluteUrls: true })).toEqual([]);
  });

  it('reports required pages it does not list, and URLs that lead to no page', () => {
    expect(checkSitemap({ xml: xml(['/', '/actors/qatr/']), files, required, site: root, absoluteUrls: false })).toEqual([
      { what: 'sitemap URL "/actors/qatr/" leads to no page', where: 'sitemap.xml' },
      { what: 'not in the sitemap', where: 'actors/qatar/index.html' },
      { what: 'not in the sitemap', where: 'articles/a/b/index.html' },
    ]);
  });

  it('reports URLs outside the base path, and a missing sitemap', () => {
    const site: SiteLocation = { origin: STAND_IN_ORIGIN, basePath: '/marsad/' };
    expect(checkSitemap({ xml: xml(['/actors/qatar/']), files, required: [], site, absoluteUrls: false })).toEqual([
      { what: 'sitemap URL "/actors/qatar/" is outside the base path /marsad/', where: 'sitemap.xml' },
    ]);
    expect(checkSitemap({ xml: undefined, files, required, site: root, absoluteUrls: false })).toEqual([
      { what: 'no sitemap', where: 'sitemap.xml' },
    ]);
  });
});

describe('readSitemap', () => {
  it('reads a plain sitemap as it is, and a sitemap index as its parts one after another', () => {
    const plain = xml(['/']);
    expect(readSitemap((file) => (file === 'sitemap.xml' ? plain : undefined), new Set(['sitemap.xml']), root)).toBe(plain);
    const parts: Record<string, string> = {
      'sitemap.xml':
        '<?xml version="1.0"?><sitemapindex><sitemap><loc>/sitemap-1.xml</loc></sitemap><sitemap><loc>/sitemap-2.xml</loc></sitemap><sitemap><loc>/sitemap-9.xml</loc></sitemap></sitemapindex>',
      'sitemap-1.xml': xml(['/', '/actors/qatar/']),
      'sitemap-2.xml': xml(['/articles/a/b/']),
    };
    const text = readSitemap((file) => parts[file], new Set(Object.keys(parts)), root);
    expect(sitemapLocations(text ?? '')).toEqual(['/', '/actors/qatar/', '/articles/a/b/']);
    expect(
      checkSitemap({ xml: text, files, required: ['actors/qatar/index.html', 'articles/a/b/index.html'], site: root, absoluteUrls: false }),
    ).toEqual([]);
  });
});
