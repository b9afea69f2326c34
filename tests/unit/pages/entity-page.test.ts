/** What an entity page takes from the site index, and how its news is paged. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BACKLINKS_PER_PAGE,
  backlinkPage,
  backlinkPageCount,
  backlinkPagePath,
  entityPageProps,
} from '../../../src/lib/pages/entity-page.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';
import { readSiteSettings } from '../../../src/lib/config/site-settings.ts';

describe('entityPageProps', () => {
  const site = loadSiteIndex(path.resolve('content'));
  const { mentions, registry, articles } = site;
  const settings = readSiteSettings({});

  it('gives the entity file to render and its articles, newest first', () => {
    const { source, page } = entityPageProps(site, settings, 'actors/qatar', articles);
    expect(source.file).toBe(path.resolve('content/actors/qatar.md'));
    expect(source.body).toBe(registry.byKey.get('actors/qatar')?.body);
    expect(page.backlinks.map(({ backlink }) => backlink.article)).toEqual(
      mentions.backlinks('actors/qatar').map(({ article }) => article),
    );
    expect(page.backlinkTotal).toBe(mentions.backlinks('actors/qatar').length);
  });

  it('keeps only the articles of its first news page, and counts them all', () => {
    const many = new Map(Array.from({ length: BACKLINKS_PER_PAGE + 7 }, (_unused, index) => [`a${index}`, { id: `a${index}` }]));
    const index = {
      ...site,
      mentions: Object.assign(Object.create(mentions) as typeof mentions, {
        backlinks: () => [...many.keys()].map((article) => ({ ...mentions.backlinks('actors/qatar')[0]!, article })),
      }),
    };
    const { page } = entityPageProps(index, settings, 'actors/qatar', many);
    expect(page.backlinkTotal).toBe(BACKLINKS_PER_PAGE + 7);
    expect(page.backlinks.map(({ article }) => article.id)).toEqual([...many.keys()].slice(0, BACKLINKS_PER_PAGE));
  });

  it('refuses an entity the index does not have', () => {
    expect(() => entityPageProps(site, settings, 'actors/nobody', articles)).toThrow(/actors\/nobody/);
  });
});

describe('news pages', () => {
  it('count, cut and address the pages', () => {
    expect([0, 1, BACKLINKS_PER_PAGE, BACKLINKS_PER_PAGE + 1].map(backlinkPageCount)).toEqual([1, 1, 1, 2]);
    const items = Array.from({ length: BACKLINKS_PER_PAGE + 3 }, (_unused, index) => index);
    expect(backlinkPage(items, 2)).toEqual([BACKLINKS_PER_PAGE, BACKLINKS_PER_PAGE + 1, BACKLINKS_PER_PAGE + 2]);
    expect(backlinkPagePath('actors', 'qatar', 1)).toBe('actors/qatar/');
    expect(backlinkPagePath('actors', 'qatar', 3)).toBe('actors/qatar/news/3/');
  });
});
