import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleEntities, articleJsonLd } from '../../../src/lib/metadata/article-ld.ts';
import { serializeJsonLd } from '../../../src/lib/metadata/json-ld.ts';
import { mentionRecords } from '../../../src/lib/mentions/records.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

interface Reference {
  '@type': string;
  '@id': string;
  name: string;
}
interface NewsArticle {
  '@context': string;
  '@type': string;
  '@id': string;
  headline: string;
  description: string;
  datePublished: string;
  dateModified: string;
  inLanguage: string;
  publisher: { '@type': string; name: string; url: string };
  about: Reference[];
  mentions: Reference[];
}

const demo = loadSiteIndex(path.resolve('content'));
const deployed = { siteUrl: 'https://archive.example.org', basePath: '/marsad/' };
const ORIGIN = 'https://archive.example.org/marsad/';
const SEED = '2020/10/qatar-mou-breach';
const seed = demo.corpus.articles.find((article) => article.id === SEED);
if (!seed) throw new Error(`the demo content has no ${SEED}`);

/** What a search engine reads: the serialised block, parsed back. */
const parsed = (value: Parameters<typeof serializeJsonLd>[0]): NewsArticle => JSON.parse(serializeJsonLd(value));

describe(`JSON-LD of the seed article ${SEED}`, () => {
  const ld = parsed(articleJsonLd(seed, demo, deployed));

  it('is a NewsArticle with headline, dates, language, description and the site as publisher', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': `${ORIGIN}articles/${SEED}/`,
      headline: seed.data.title,
      description: seed.data.summary,
      datePublished: '2020-10-26',
      // The day of its correction: the demo article was corrected on the 27th.
      dateModified: '2020-10-27',
      inLanguage: 'ar',
      publisher: { '@type': 'Organization', name: 'مرصد', url: ORIGIN },
    });
  });

  it('is about exactly the entities its frontmatter names, each by page URL, type and name', () => {
    const named = [...seed.data.actors.map((id) => `actors/${id}`), ...seed.data.agreements.map((id) => `agreements/${id}`)];
    expect(ld.about.map((entity) => entity['@id'])).toEqual(named.map((key) => `${ORIGIN}${key}/`));
    expect(ld.about).toContainEqual({ '@type': 'Country', '@id': `${ORIGIN}actors/qatar/`, name: 'قطر' });
    expect(ld.about).toContainEqual({ '@type': 'Person', '@id': `${ORIGIN}actors/ahmed-al-mismari/`, name: 'أحمد المسماري' });
    expect(ld.about).toContainEqual({
      '@type': 'GovernmentOrganization',
      '@id': `${ORIGIN}actors/government-of-national-accord/`,
      name: 'حكومة الوفاق الوطني',
    });
    expect(ld.about).toContainEqual({
      '@type': 'Organization',
      '@id': `${ORIGIN}actors/libyan-national-army/`,
      name: 'الجيش الوطني الليبي',
    });
    expect(ld.about).toContainEqual({
      '@type': 'CreativeWork',
      '@id': `${ORIGIN}agreements/geneva-ceasefire-2020/`,
      name: 'اتفاق وقف إطلاق النار الدائم',
    });
  });

  it('mentions exactly the entities its title and text mention, once each, in order of first appearance', () => {
    const body = mentionRecords(demo.mentions)
      .filter((record) => record.article === SEED)
      .map((record) => record.entity);
    const title = demo.mentions.articles.get(SEED)?.scan.title ?? [];
    const expected = [...new Set([...title, ...body])];
    expect(ld.mentions.map((entity) => entity['@id'])).toEqual(expected.map((key) => `${ORIGIN}${key}/`));
    // The text names Qatar (also as «الدوحة»), the LNA spokesman, Haftar and Bashagha.
    for (const key of [
      'actors/qatar',
      'actors/ahmed-al-mismari',
      'actors/khalifa-haftar',
      'actors/fathi-bashagha',
      'actors/government-of-national-accord',
    ]) {
      expect(ld.mentions.map((entity) => entity['@id'])).toContain(`${ORIGIN}${key}/`);
    }
    for (const entity of ld.mentions)
      expect(entity.name).toBe(demo.registry.byKey.get(entity['@id'].slice(ORIGIN.length, -1) as `actors/${string}`)?.data.name);
  });
});

const article = (title: string, extra = '') =>
  `---\ntitle: ${JSON.stringify(title)}\ndate: 2020-11-01\nsummary: ${JSON.stringify(`ملخص: ${title}`)}\n${extra}---\n\nقالت قطر إن قوات حفتر خرقت الاتفاق.\n`;

describe('JSON-LD of articles with unusual content', () => {
  const root = makeContentRoot({
    ...VALID_FILES,
    'articles/2020/11/hostile.md': article('قطر </script><script>alert(1)</script> \u2028 <!-- &', 'actors: [qatar, ghost]\n'),
    'articles/2020/11/english.md': article('Qatar and the LNA', 'lang: en\nupdated: 2020-12-01\n'),
  });
  const site = loadSiteIndex(root);
  const local = { siteUrl: undefined, basePath: '/' };
  const entry = (id: string) => {
    const found = site.corpus.articles.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no article ${id}`);
    return found;
  };

  it('can never close its script element, and parses back to the original text', () => {
    const json = serializeJsonLd(articleJsonLd(entry('2020/11/hostile'), site, local));
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json.toLowerCase()).not.toContain('</script');
    expect(JSON.parse(json).headline).toBe('قطر </script><script>alert(1)</script> \u2028 <!-- &');
  });

  it('claims no entity that does not exist, and uses root-relative ids without SITE_URL', () => {
    expect(articleEntities(entry('2020/11/hostile'), site).about).toEqual(['actors/qatar']);
    const ld = parsed(articleJsonLd(entry('2020/11/hostile'), site, local));
    expect(ld.about).toEqual([{ '@type': 'Country', '@id': '/actors/qatar/', name: 'قطر' }]);
    expect(ld.mentions.map((entity) => entity['@id'])).toEqual(['/actors/qatar/', '/actors/libyan-national-army/']);
  });

  it('gives an English article its language and its updated day, and leaves out empty lists', () => {
    const ld = parsed(articleJsonLd(entry('2020/11/english'), site, local));
    expect(ld.inLanguage).toBe('en');
    expect(ld.dateModified).toBe('2020-12-01');
    expect(ld).not.toHaveProperty('about');
    expect(ld).not.toHaveProperty('keywords');
  });
});
