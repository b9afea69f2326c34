/** Sources and corrections from frontmatter to what pages, JSON-LD, the feed and the open data carry. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readSiteSettings } from '../../../src/lib/config/site-settings.ts';
import { parseCsv } from '../../../src/lib/data/csv.ts';
import { sourceRecords, sourcesCsv } from '../../../src/lib/data/sources.ts';
import { correctionsFeed } from '../../../src/lib/feeds/corrections-feed.ts';
import { renderRss } from '../../../src/lib/feeds/rss.ts';
import { articleJsonLd } from '../../../src/lib/metadata/article-ld.ts';
import { lastChanged } from '../../../src/lib/metadata/days.ts';
import { articlePageProps } from '../../../src/lib/pages/article-page.ts';
import { articleCorrections, articleSources, correctionEntries, newestCorrection } from '../../../src/lib/pages/corrections.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const ARTICLE = '2020/10/qatar-mou-breach';
const CITED = [
  '---',
  'title: قوات حفتر تعد مذكرة قطر خرقا',
  'date: 2020-10-26',
  'updated: 2020-11-03',
  'summary: خبر قصير.',
  'source: { name: الميادين, date: 2020-10-26 }',
  'sources:',
  '  - name: وكالة الأنباء القطرية',
  '    url: https://example.org/qna/1',
  '    archived_url: https://web.archive.org/web/20201026000000/https://example.org/qna/1',
  '    date: 2020-10-26',
  '    note: نص المذكرة',
  '  - name: UN press release',
  'corrections:',
  '  - date: 2020-10-28',
  '    text: الأول.',
  '  - date: 2020-11-03',
  '    text: الأحدث.',
  '  - date: 2020-10-28',
  '    text: الثاني في اليوم نفسه.',
  '---',
  '',
  'اعتبرت قوات حفتر أن مذكرة التفاهم مع قطر خرق.',
  '',
].join('\n');
const OTHER =
  '---\ntitle: خبر آخر\ndate: 2020-11-01\nsummary: ملخص.\ncorrections:\n  - { date: 2020-11-03, text: تصحيح الخبر الآخر. }\n---\n\nنص.\n';
const DRAFT =
  '---\ntitle: مسودة\ndate: 2020-11-02\nsummary: ملخص.\ndraft: true\nsources: [{ name: مصدر مسودة }]\ncorrections: [{ date: 2020-11-05, text: لا يُنشر. }]\n---\n\nنص.\n';

const site = loadSiteIndex(
  makeContentRoot({
    ...VALID_FILES,
    [`articles/${ARTICLE}.md`]: CITED,
    'articles/2020/11/other.md': OTHER,
    'articles/2020/11/draft.md': DRAFT,
  }),
);
const article = site.corpus.articles.find((entry) => entry.id === ARTICLE)!;
const deployed = { siteUrl: 'https://archive.example.org', basePath: '/marsad/' };
const ORIGIN = 'https://archive.example.org/marsad/';

describe('the sources of an article', () => {
  it('are the single `source` first, then `sources` in file order, each with every field given', () => {
    expect(articleSources(article.data)).toEqual([
      { name: 'الميادين', date: '2020-10-26' },
      {
        name: 'وكالة الأنباء القطرية',
        url: 'https://example.org/qna/1',
        archived_url: 'https://web.archive.org/web/20201026000000/https://example.org/qna/1',
        date: '2020-10-26',
        note: 'نص المذكرة',
      },
      { name: 'UN press release' },
    ]);
  });
  it('are `sources` alone when there is no single `source`', () => {
    expect(articleSources({ sources: [{ name: 'أ' }] })).toEqual([{ name: 'أ' }]);
    expect(articleSources({ sources: [] })).toEqual([]);
  });
});

describe('the corrections of an article', () => {
  it('are newest first; on one day the later in the file first; anchors come from the date', () => {
    expect(articleCorrections(article.data)).toEqual([
      { anchor: 'correction-2020-11-03', date: '2020-11-03', text: 'الأحدث.' },
      { anchor: 'correction-2020-10-28-2', date: '2020-10-28', text: 'الثاني في اليوم نفسه.' },
      { anchor: 'correction-2020-10-28', date: '2020-10-28', text: 'الأول.' },
    ]);
    expect(newestCorrection(article.data)).toBe('2020-11-03');
    expect(newestCorrection({ corrections: [] })).toBeUndefined();
  });
  it('count as the day the article last changed when `updated` is older or absent', () => {
    expect(lastChanged({ date: '2020-10-26', corrections: [{ date: '2020-10-30' }] })).toBe('2020-10-30');
    expect(lastChanged({ date: '2020-10-26', updated: '2020-11-05', corrections: [{ date: '2020-10-30' }] })).toBe('2020-11-05');
    expect(lastChanged({ date: '2020-10-26' })).toBe('2020-10-26');
  });
});

describe('every correction of the archive', () => {
  const entries = correctionEntries(site.corpus.articles);
  it('lists published articles only, newest correction first; on one day the newer article first', () => {
    expect(entries.map((entry) => [entry.date, entry.articleId, entry.text])).toEqual([
      ['2020-11-03', '2020/11/other', 'تصحيح الخبر الآخر.'],
      ['2020-11-03', ARTICLE, 'الأحدث.'],
      ['2020-10-28', ARTICLE, 'الثاني في اليوم نفسه.'],
      ['2020-10-28', ARTICLE, 'الأول.'],
    ]);
  });
  it('links each to the notice on its article page, with the title', () => {
    expect(entries[1]).toMatchObject({
      title: 'قوات حفتر تعد مذكرة قطر خرقا',
      lang: 'ar',
      path: `articles/${ARTICLE}/#correction-2020-11-03`,
    });
  });
  it('is the feed at /corrections/feed.xml, newest first, dated by the newest correction', () => {
    const xml = renderRss(correctionsFeed(site.corpus.articles, deployed));
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      parseTagValue: false,
      isArray: (name) => name === 'item',
    }).parse(xml).rss.channel;
    expect(channel['atom:link']['@_href']).toBe(`${ORIGIN}corrections/feed.xml`);
    expect(channel.link).toBe(`${ORIGIN}corrections/`);
    expect(channel.lastBuildDate).toBe('Tue, 03 Nov 2020 00:00:00 GMT');
    expect(channel.item.map((item: { link: string }) => item.link)).toEqual(entries.map((entry) => `${ORIGIN}${entry.path}`));
    expect(channel.item[1]).toMatchObject({
      title: 'تصحيح: قوات حفتر تعد مذكرة قطر خرقا',
      description: 'الأحدث.',
      pubDate: 'Tue, 03 Nov 2020 00:00:00 GMT',
    });
    expect(channel.item[1].guid).toEqual({ '#text': `${ORIGIN}articles/${ARTICLE}/#correction-2020-11-03`, '@_isPermaLink': 'true' });
  });
  it('makes an empty feed, without a last build date, when nothing was corrected', () => {
    const feed = correctionsFeed([], deployed);
    expect(feed.items).toEqual([]);
    expect(feed.lastBuild).toBeUndefined();
  });
});

describe('an article page', () => {
  const props = articlePageProps(site, readSiteSettings({ SITE_URL: deployed.siteUrl, BASE_PATH: deployed.basePath }), article, {
    actors: site.corpus.actors,
    agreements: site.corpus.agreements,
  });
  it('carries its sources and its corrections, newest first, as props', () => {
    expect(props.sources).toEqual(articleSources(article.data));
    expect(props.corrections.map((correction) => correction.date)).toEqual(['2020-11-03', '2020-10-28', '2020-10-28']);
  });
});

describe('JSON-LD', () => {
  const ld = articleJsonLd(article, site, deployed);
  it('says the article is based on each source, as a CreativeWork with its archived copy', () => {
    expect(ld['isBasedOn']).toEqual([
      { '@type': 'CreativeWork', name: 'الميادين', datePublished: '2020-10-26' },
      {
        '@type': 'CreativeWork',
        name: 'وكالة الأنباء القطرية',
        url: 'https://example.org/qna/1',
        datePublished: '2020-10-26',
        archivedAt: 'https://web.archive.org/web/20201026000000/https://example.org/qna/1',
        description: 'نص المذكرة',
      },
      { '@type': 'CreativeWork', name: 'UN press release' },
    ]);
  });
  it('carries each correction as a CorrectionComment, and the newest as dateModified', () => {
    expect(ld['correction']).toEqual([
      { '@type': 'CorrectionComment', text: 'الأحدث.', datePublished: '2020-11-03' },
      { '@type': 'CorrectionComment', text: 'الثاني في اليوم نفسه.', datePublished: '2020-10-28' },
      { '@type': 'CorrectionComment', text: 'الأول.', datePublished: '2020-10-28' },
    ]);
    expect(ld['dateModified']).toBe('2020-11-03');
  });
  it('leaves both out of an article without sources or corrections', () => {
    const plain = site.corpus.articles.find((entry) => entry.id === '2020/11/other')!;
    expect(articleJsonLd({ ...plain, data: { ...plain.data, corrections: [] } }, site, deployed)).not.toHaveProperty('correction');
    expect(articleJsonLd(plain, site, deployed)).not.toHaveProperty('isBasedOn');
  });
});

describe('the sources export', () => {
  const records = sourceRecords(site.corpus.articles, deployed);
  it('has one record per source of a published article, with every field, null where not given', () => {
    expect(records).toEqual([
      {
        article: ARTICLE,
        article_url: `${ORIGIN}articles/${ARTICLE}/`,
        position: 1,
        name: 'الميادين',
        url: null,
        date: '2020-10-26',
        archived_url: null,
        note: null,
      },
      {
        article: ARTICLE,
        article_url: `${ORIGIN}articles/${ARTICLE}/`,
        position: 2,
        name: 'وكالة الأنباء القطرية',
        url: 'https://example.org/qna/1',
        date: '2020-10-26',
        archived_url: 'https://web.archive.org/web/20201026000000/https://example.org/qna/1',
        note: 'نص المذكرة',
      },
      {
        article: ARTICLE,
        article_url: `${ORIGIN}articles/${ARTICLE}/`,
        position: 3,
        name: 'UN press release',
        url: null,
        date: null,
        archived_url: null,
        note: null,
      },
    ]);
  });
  it('is the same table as CSV, fields in the same order, empty cells for null', () => {
    const [header, ...rows] = parseCsv([...sourcesCsv(records)].join(''));
    expect(header).toEqual(['article', 'article_url', 'position', 'name', 'url', 'date', 'archived_url', 'note']);
    expect(rows).toEqual(records.map((record) => Object.values(record).map((value) => (value === null ? '' : String(value)))));
  });
});
