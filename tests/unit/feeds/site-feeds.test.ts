import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderRss } from '../../../src/lib/feeds/rss.ts';
import { entityFeed, siteFeed, FEED_SIZE } from '../../../src/lib/feeds/site-feeds.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';
import { publishedArticles } from '../../../src/lib/pages/queries.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

interface Guid {
  '#text': string;
  '@_isPermaLink': string;
}
interface Item {
  title: string;
  link: string;
  guid: Guid;
  pubDate: string;
  description: string;
  category?: string[];
  'dc:language'?: string;
}
interface Channel {
  title: string;
  link: string;
  description: string;
  language: string;
  lastBuildDate?: string;
  'atom:link': { '@_href': string; '@_rel': string };
  item?: Item[];
}
interface RssDocument {
  rss: { '@_version': string; channel: Channel };
}

/** Parses with a real XML parser after validating well-formedness: what a feed reader sees. */
function parseFeed(xml: string): Channel {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => name === 'item' || name === 'category',
  });
  const document: RssDocument = parser.parse(xml);
  expect(document.rss['@_version']).toBe('2.0');
  return document.rss.channel;
}

const demo = loadSiteIndex(path.resolve('content'));
const deployed = { siteUrl: 'https://archive.example.org', basePath: '/marsad/' };
const ORIGIN = 'https://archive.example.org/marsad/';

describe('the site feed of the demo content', () => {
  const channel = parseFeed(renderRss(siteFeed(demo, deployed)));
  const published = publishedArticles(demo.corpus.articles);

  it('is an Arabic channel whose links carry SITE_URL and BASE_PATH', () => {
    expect(channel.language).toBe('ar');
    expect(channel.title).toBe('مرصد');
    expect(channel.link).toBe(ORIGIN);
    expect(channel['atom:link']).toMatchObject({ '@_href': `${ORIGIN}feed.xml`, '@_rel': 'self' });
  });

  it('lists every published article (fewer than 50), newest first, each linked to its page', () => {
    expect(published.length).toBeLessThan(FEED_SIZE);
    const items = channel.item ?? [];
    expect(items.map((item) => item.link)).toEqual(published.map((article) => `${ORIGIN}articles/${article.id}/`));
    const times = items.map((item) => Date.parse(item.pubDate));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('carries title, summary, an RFC 822 date at 00:00 UTC and a permalink guid for the seed article', () => {
    const item = channel.item?.find((entry) => entry.link.endsWith('/articles/2020/10/qatar-mou-breach/'));
    const seed = demo.corpus.articles.find((article) => article.id === '2020/10/qatar-mou-breach');
    expect(item).toBeDefined();
    expect(item?.title).toBe(seed?.data.title);
    expect(item?.description).toBe(seed?.data.summary);
    expect(item?.pubDate).toBe('Mon, 26 Oct 2020 00:00:00 GMT');
    expect(item?.guid).toEqual({ '#text': `${ORIGIN}articles/2020/10/qatar-mou-breach/`, '@_isPermaLink': 'true' });
    expect(item?.category).toEqual(seed?.data.tags);
  });

  it('takes lastBuildDate from the newest article, not from the clock', () => {
    expect(channel.lastBuildDate).toBe(new Date(`${published[0]?.data.date}T00:00:00Z`).toUTCString());
    expect(renderRss(siteFeed(demo, deployed))).toBe(renderRss(siteFeed(demo, deployed)));
  });

  it('without SITE_URL links stay root-relative under the base path and guids are not permalinks', () => {
    const relative = parseFeed(renderRss(siteFeed(demo, { siteUrl: undefined, basePath: '/marsad/' })));
    expect(relative.link).toBe('/marsad/');
    expect(relative.item?.[0]?.link).toMatch(/^\/marsad\/articles\//);
    expect(relative.item?.[0]?.guid['@_isPermaLink']).toBe('false');
  });
});

describe('the feed of an entity in the demo content', () => {
  it('lists exactly the backlinked articles of Qatar, in backlink order', () => {
    const feed = entityFeed(demo, 'actors/qatar', deployed);
    const channel = parseFeed(renderRss(feed ?? siteFeed(demo, deployed)));
    expect(channel.title).toBe('قطر — مرصد');
    expect(channel.link).toBe(`${ORIGIN}actors/qatar/`);
    expect(channel['atom:link']['@_href']).toBe(`${ORIGIN}actors/qatar/feed.xml`);
    const expected = demo.mentions.backlinks('actors/qatar').map(({ article }) => `${ORIGIN}articles/${article}/`);
    expect(expected.length).toBeGreaterThan(1);
    expect(channel.item?.map((item) => item.link)).toEqual(expected);
    expect(channel.item?.map((item) => item.link)).toContain(`${ORIGIN}articles/2020/10/qatar-mou-breach/`);
  });

  it('exists for every actor and agreement, listing all its articles (fewer than 50), and not for an unknown key', () => {
    for (const entity of demo.registry.entities) {
      const feed = entityFeed(demo, `${entity.collection}/${entity.id}`, deployed);
      expect(feed?.items.length).toBe(demo.mentions.backlinks(`${entity.collection}/${entity.id}`).length);
    }
    expect(entityFeed(demo, 'actors/nobody', deployed)).toBeUndefined();
  });
});

const article = (title: string, date: string, extra = '', body = 'نص.') =>
  `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\nsummary: ${JSON.stringify(`ملخص ${title}`)}\n${extra}---\n\n${body}\n`;

describe('feeds of a corpus with drafts, English articles, hostile titles and more than 50 articles', () => {
  /** 55 articles of 2019, each with `extra` frontmatter. */
  const manyArticles = (extra = '') =>
    Object.fromEntries(
      Array.from({ length: 55 }, (_, index) => {
        const day = String(1 + (index % 28)).padStart(2, '0');
        const month = String(1 + Math.floor(index / 28)).padStart(2, '0');
        return [`articles/2019/${month}/n${index}.md`, article(`خبر ${index}`, `2019-${month}-${day}`, extra)];
      }),
    );
  const many = manyArticles();
  const root = makeContentRoot({
    ...VALID_FILES,
    ...many,
    'articles/2021/01/draft.md': article('مسودة عن قطر', '2021-01-01', 'draft: true\nactors: [qatar]\n', 'قطر.'),
    'articles/2020/12/english.md': article('Qatar & the <GNA> "deal"', '2020-12-01', 'lang: en\nupdated: 2020-12-24\n', 'Qatar signed.'),
    'articles/2020/11/hostile.md': article("قطر </title><script>alert('x')</script> ]]>", '2020-11-01', '', 'نص عن قطر.'),
  });
  const site = loadSiteIndex(root);
  const local = { siteUrl: undefined, basePath: '/' };

  it('keeps the latest 50 published articles and never a draft', () => {
    const channel = parseFeed(renderRss(siteFeed(site, local)));
    expect(channel.item).toHaveLength(50);
    expect(channel.item?.[0]?.link).toBe('/articles/2020/12/english/');
    expect(channel.item?.some((item) => item.link.includes('draft'))).toBe(false);
    expect(channel.lastBuildDate).toBe('Thu, 24 Dec 2020 00:00:00 GMT');
  });

  it('gives an English item its language and escapes what titles contain', () => {
    const channel = parseFeed(renderRss(siteFeed(site, local)));
    const english = channel.item?.find((item) => item.link === '/articles/2020/12/english/');
    expect(english?.title).toBe('Qatar & the <GNA> "deal"');
    expect(english?.['dc:language']).toBe('en');
    const hostile = channel.item?.find((item) => item.link === '/articles/2020/11/hostile/');
    expect(hostile?.title).toBe("قطر </title><script>alert('x')</script> ]]>");
    expect(hostile?.['dc:language']).toBeUndefined();
  });

  it('entity feeds keep the latest 50 published articles too', () => {
    const crowded = loadSiteIndex(makeContentRoot({ ...VALID_FILES, ...manyArticles('actors: [qatar]\n') }));
    const backlinks = crowded.mentions.backlinks('actors/qatar').map(({ article }) => `/articles/${article}/`);
    expect(backlinks.length).toBeGreaterThan(FEED_SIZE);
    const channel = parseFeed(renderRss(entityFeed(crowded, 'actors/qatar', local) ?? siteFeed(crowded, local)));
    expect(channel.item?.map((item) => item.link)).toEqual(backlinks.slice(0, FEED_SIZE));
  });

  it('entity feeds leave drafts out and include articles that only mention the entity', () => {
    const channel = parseFeed(renderRss(entityFeed(site, 'actors/qatar', local) ?? siteFeed(site, local)));
    const links = channel.item?.map((item) => item.link) ?? [];
    expect(links).toContain('/articles/2020/11/hostile/');
    expect(links).toContain('/articles/2020/10/qatar-mou-breach/');
    expect(links.some((link) => link.includes('draft'))).toBe(false);
  });

  it('an entity no published article concerns still has a valid, empty feed', () => {
    const lonely = loadSiteIndex(makeContentRoot({ ...VALID_FILES, 'actors/nobody.md': '---\nname: أحد ما\nkind: other\n---\nلا أحد.\n' }));
    const channel = parseFeed(renderRss(entityFeed(lonely, 'actors/nobody', local) ?? siteFeed(lonely, local)));
    expect(channel.title).toBe('أحد ما — مرصد');
    expect(channel.item).toBeUndefined();
    expect(channel.lastBuildDate).toBeUndefined();
  });
});
