import { describe, expect, it } from 'vitest';
import { compact, serializeJsonLd } from '../../../src/lib/metadata/json-ld.ts';
import { ogArticle, socialMeta, type MetaTag } from '../../../src/lib/metadata/open-graph.ts';
import { publicUrl } from '../../../src/lib/metadata/public-url.ts';

const content = (tags: MetaTag[], key: string) => tags.filter((tag) => tag.key === key).map((tag) => tag.content);

describe('Open Graph and Twitter tags', () => {
  it('an ordinary page is a website in Arabic (Libya), named مرصد', () => {
    const tags = socialMeta({ title: 'الفاعلون', description: 'وصف', url: 'https://archive.example.org/actors/' });
    expect(content(tags, 'og:type')).toEqual(['website']);
    expect(content(tags, 'og:locale')).toEqual(['ar_LY']);
    expect(content(tags, 'og:site_name')).toEqual(['مرصد']);
    expect(content(tags, 'og:url')).toEqual(['https://archive.example.org/actors/']);
    expect(content(tags, 'twitter:card')).toEqual(['summary']);
    expect(tags.filter((tag) => tag.key.startsWith('twitter:')).every((tag) => tag.attribute === 'name')).toBe(true);
    expect(tags.filter((tag) => tag.key.startsWith('og:')).every((tag) => tag.attribute === 'property')).toBe(true);
  });

  it('an article carries its publication and modification days and its tags', () => {
    const article = ogArticle({ date: '2020-10-26', updated: '2020-11-02', lang: 'ar', tags: ['قطر', 'وقف إطلاق النار'] });
    const tags = socialMeta({ title: 'خبر', description: 'ملخص', url: undefined, article });
    expect(content(tags, 'og:type')).toEqual(['article']);
    expect(content(tags, 'article:published_time')).toEqual(['2020-10-26']);
    expect(content(tags, 'article:modified_time')).toEqual(['2020-11-02']);
    expect(content(tags, 'article:tag')).toEqual(['قطر', 'وقف إطلاق النار']);
    expect(content(tags, 'og:url')).toEqual([]);
  });

  it('an English article is shared in English', () => {
    const tags = socialMeta({ title: 'News', description: 'Summary', article: ogArticle({ date: '2020-10-26', lang: 'en', tags: [] }) });
    expect(content(tags, 'og:locale')).toEqual(['en_GB']);
    expect(content(tags, 'article:modified_time')).toEqual(['2020-10-26']);
  });
});

describe('public URLs', () => {
  it('are absolute with SITE_URL, whatever path it carries, and root-relative under BASE_PATH without', () => {
    expect(publicUrl({ siteUrl: 'https://archive.example.org', basePath: '/marsad/' }, 'actors/qatar/')).toBe(
      'https://archive.example.org/marsad/actors/qatar/',
    );
    expect(publicUrl({ siteUrl: 'https://archive.example.org/ignored/', basePath: '/' }, '')).toBe('https://archive.example.org/');
    expect(publicUrl({ siteUrl: undefined, basePath: '/marsad/' }, 'feed.xml')).toBe('/marsad/feed.xml');
  });
});

describe('JSON-LD helpers', () => {
  it('compact drops undefined properties and empty lists, and keeps false, zero and empty strings', () => {
    expect(compact({ a: undefined, b: [], c: false, d: 0, e: '', f: ['x'] })).toEqual({ c: false, d: 0, e: '', f: ['x'] });
  });
  it('serialisation escapes every < > & and line separator, and round-trips', () => {
    const value = { name: '</SCRIPT ><!-- a & b --> \u2028\u2029 قطر' };
    const json = serializeJsonLd(value);
    expect(json).toBe('{"name":"\\u003c/SCRIPT \\u003e\\u003c!-- a \\u0026 b --\\u003e \\u2028\\u2029 قطر"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
