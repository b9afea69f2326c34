/** The props of the paged lists: an entity's further news pages and the timeline's months. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKLINKS_PER_PAGE } from '../../../src/lib/pages/entity-page.ts';
import { newsPagesProps } from '../../../src/lib/pages/news-page.ts';
import { searchDialogChoices } from '../../../src/lib/pages/search-dialog.ts';
import { timelineMonthsProps } from '../../../src/lib/pages/timeline-page.ts';
import type { Backlink } from '../../../src/lib/mentions/mention-index.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';

describe('newsPagesProps', () => {
  const site = loadSiteIndex(path.resolve('content'));
  const backlink = (article: string): Backlink => ({
    article,
    date: '2020-10-26',
    count: 1,
    inTitle: false,
    named: true,
    snippet: undefined,
  });
  // An index whose entity has two pages and a half of news; only the articles the map holds count as published.
  const ids = Array.from({ length: BACKLINKS_PER_PAGE * 2 + 5 }, (_unused, index) => `a${index}`);
  const busy = { ...site, mentions: { ...site.mentions, backlinks: (key: string) => (key === 'actors/qatar' ? ids.map(backlink) : []) } };
  const published = new Map(ids.map((id) => [id, { id }]));

  it('gives pages 2, 3… of an entity with more news than one page lists, each with its share', () => {
    const pages = newsPagesProps(busy, published);
    expect(pages.map(({ collection, id, page, pages: count, total }) => ({ collection, id, page, count, total }))).toEqual([
      { collection: 'actors', id: 'qatar', page: 2, count: 3, total: ids.length },
      { collection: 'actors', id: 'qatar', page: 3, count: 3, total: ids.length },
    ]);
    expect(pages[0]?.items.map(({ article }) => article.id)).toEqual(ids.slice(BACKLINKS_PER_PAGE, BACKLINKS_PER_PAGE * 2));
    expect(pages[1]?.items).toHaveLength(5);
    expect(pages[0]?.name).toBe(site.registry.byKey.get('actors/qatar')?.data.name);
    expect(pages[0]?.searchDialog).toEqual(searchDialogChoices(site));
  });

  it('leaves out unpublished articles before paging', () => {
    const fewer = new Map([...published].slice(0, BACKLINKS_PER_PAGE));
    expect(newsPagesProps(busy, fewer)).toEqual([]);
  });
});

describe('timelineMonthsProps', () => {
  const site = loadSiteIndex(path.resolve('content'));

  it('gives every month with its neighbours, oldest first', () => {
    const months = timelineMonthsProps(site, site.corpus.articles, site.corpus.agreements);
    expect(months.length).toBeGreaterThan(2);
    expect(months[0]?.previous).toBeUndefined();
    expect(months.at(-1)?.next).toBeUndefined();
    expect(months[1]?.previous).toEqual({ key: months[0]?.month.key, path: months[0]?.month.path });
    expect(months[0]?.next).toEqual({ key: months[1]?.month.key, path: months[1]?.month.path });
    expect(months.map(({ month }) => month.key)).toEqual(months.map(({ month }) => month.key).sort());
    expect(months.every(({ searchDialog }) => searchDialog.year.length > 0)).toBe(true);
  });
});
