import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { siteLocationFromEnv } from '../../../../src/lib/verify/links/location.ts';
import { pageUrl, resolveLink, STAND_IN_ORIGIN, type SiteLocation } from '../../../../src/lib/verify/links/resolve.ts';

const root: SiteLocation = { origin: STAND_IN_ORIGIN, basePath: '/' };
const marsad: SiteLocation = { origin: 'https://example.org', basePath: '/marsad/' };
const from = (link: string, site: SiteLocation = root, page = 'index.html') => resolveLink(link, pageUrl(page, site), site);

describe('pageUrl', () => {
  it('serves index.html at its folder and other files at their own name, under the base path', () => {
    expect(pageUrl('index.html', marsad).href).toBe('https://example.org/marsad/');
    expect(pageUrl('actors/qatar/index.html', marsad).href).toBe('https://example.org/marsad/actors/qatar/');
    expect(pageUrl('404.html', marsad).href).toBe('https://example.org/marsad/404.html');
  });

  it('percent-encodes Arabic and reserved characters in file names', () => {
    expect(pageUrl('وسوم/سلام #1/index.html', root).pathname).toBe('/%D9%88%D8%B3%D9%88%D9%85/%D8%B3%D9%84%D8%A7%D9%85%20%231/');
  });
});

describe('resolveLink', () => {
  it('maps a trailing slash to index.html and a bare path to the file or its index.html', () => {
    expect(from('/actors/')).toEqual({ kind: 'internal', candidates: ['actors/index.html'], fragment: undefined });
    expect(from('/actors')).toEqual({ kind: 'internal', candidates: ['actors', 'actors/index.html'], fragment: undefined });
    expect(from('/')).toEqual({ kind: 'internal', candidates: ['index.html'], fragment: undefined });
  });

  it('resolves relative links against the page', () => {
    expect(from('../libya/', root, 'actors/qatar/index.html')).toMatchObject({ candidates: ['actors/libya/index.html'] });
    expect(from('img.png', root, 'actors/qatar/index.html')).toMatchObject({
      candidates: ['actors/qatar/img.png', 'actors/qatar/img.png/index.html'],
    });
  });

  it('ignores the whitespace HTML allows around a URL', () => {
    expect(from(' \n/actors/\t ')).toMatchObject({ kind: 'internal', candidates: ['actors/index.html'] });
  });

  it('drops the query and keeps the fragment', () => {
    expect(from('/search/?q=%D9%82#results')).toEqual({ kind: 'internal', candidates: ['search/index.html'], fragment: 'results' });
  });

  it('decodes percent-encoded Arabic path segments to file names', () => {
    expect(from('/actors/%D9%82%D8%B7%D8%B1/')).toMatchObject({ candidates: ['actors/قطر/index.html'] });
    expect(from('/actors/قطر/')).toMatchObject({ candidates: ['actors/قطر/index.html'] });
  });

  it('strips the base path, and sends links outside it to the report', () => {
    expect(from('/marsad/actors/', marsad)).toMatchObject({ kind: 'internal', candidates: ['actors/index.html'] });
    expect(from('/marsad', marsad)).toMatchObject({ kind: 'internal', candidates: ['index.html'] });
    expect(from('/actors/', marsad)).toEqual({ kind: 'broken', reason: 'outside the base path /marsad/' });
    expect(from('/marsadx/', marsad)).toEqual({ kind: 'broken', reason: 'outside the base path /marsad/' });
  });

  it('counts absolute links to the site origin as internal and any other origin as external', () => {
    expect(from('https://example.org/marsad/actors/', marsad)).toMatchObject({ kind: 'internal', candidates: ['actors/index.html'] });
    expect(from('https://example.org/elsewhere/', marsad)).toMatchObject({ kind: 'broken' });
    expect(from('https://www.wikidata.org/wiki/Q846', marsad)).toEqual({ kind: 'external', url: 'https://www.wikidata.org/wiki/Q846' });
    expect(from('//cdn.example.com/x.js')).toEqual({ kind: 'external', url: 'https://cdn.example.com/x.js' });
    expect(from('mailto:desk@example.org')).toEqual({ kind: 'external', url: 'mailto:desk@example.org' });
  });

  it('has nothing to look up for data: and javascript: URLs', () => {
    expect(from('data:image/png;base64,AAAA')).toEqual({ kind: 'inert' });
    expect(from('javascript:void(0)')).toEqual({ kind: 'inert' });
  });

  it('reports malformed URLs and encoded paths that climb out of the directory', () => {
    expect(from('http://[bad')).toEqual({ kind: 'broken', reason: 'not a valid URL' });
    expect(from('/actors/%E0%A4%A/')).toEqual({ kind: 'broken', reason: 'malformed percent-encoding in the path' });
    expect(from('/..%2F..%2Fetc/passwd')).toEqual({ kind: 'broken', reason: 'leads outside the site directory' });
  });

  it('finds every file of the site again from the URL it is served at', () => {
    const segment = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).filter((s) => !s.includes('/') && s !== '.' && s !== '..');
    fc.assert(
      fc.property(
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom(root, marsad),
        (segments, isIndex, site) => {
          const file = isIndex ? [...segments, 'index.html'].join('/') : segments.join('/');
          const served = pageUrl(file, site);
          const target = resolveLink(served.href, served, site);
          expect(target.kind === 'internal' ? target.candidates : []).toContain(file);
        },
      ),
    );
  });
});

describe('siteLocationFromEnv', () => {
  it('takes the origin of SITE_URL and the normalised BASE_PATH', () => {
    expect(siteLocationFromEnv({ SITE_URL: 'https://user.github.io/ignored', BASE_PATH: 'marsad' })).toEqual({
      origin: 'https://user.github.io',
      basePath: '/marsad/',
    });
    expect(siteLocationFromEnv({})).toEqual({ origin: STAND_IN_ORIGIN, basePath: '/' });
  });

  it('explains a SITE_URL that is not a URL', () => {
    expect(siteLocationFromEnv({ SITE_URL: 'marsad.org' })).toEqual({ error: 'SITE_URL: "marsad.org" is not an absolute URL' });
  });
});
