/** An article page's props: everything it shows from the site index, and nothing that varies between two computations. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteSettings } from '../../../src/lib/config/site-settings.ts';
import { articlePageProps } from '../../../src/lib/pages/article-page.ts';
import { searchDialogChoices } from '../../../src/lib/pages/search-dialog.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';

describe('articlePageProps', () => {
  const site = loadSiteIndex(path.resolve('content'));
  const settings = readSiteSettings({});
  const collections = { actors: site.corpus.actors, agreements: site.corpus.agreements };
  // The article whose text links the most entities, so the previews have something to show.
  const article = [...site.corpus.articles].sort(
    (a, b) => (site.mentions.articles.get(b.id)?.scan.body.length ?? 0) - (site.mentions.articles.get(a.id)?.scan.body.length ?? 0),
  )[0]!;

  it('gives the text to render, the named entities in frontmatter order, and the JSON-LD', () => {
    const props = articlePageProps(site, settings, article, collections);
    expect(props.source).toEqual({ file: article.file, body: article.body, data: article.data });
    expect(props.actors.map((actor) => actor.id)).toEqual(
      article.data.actors.filter((id) => site.corpus.actors.some((actor) => actor.id === id)),
    );
    expect(props.agreements.map((agreement) => agreement.id)).toEqual(
      article.data.agreements.filter((id) => site.corpus.agreements.some((agreement) => agreement.id === id)),
    );
    expect(props.jsonLd['@type']).toBe('NewsArticle');
  });

  it('carries a preview card for each entity the text links to, and only those', () => {
    const linked = new Set(site.mentions.articles.get(article.id)?.scan.body.map((mention) => mention.entity));
    const props = articlePageProps(site, settings, article, collections);
    expect(linked.size).toBeGreaterThan(0);
    expect(Object.keys(props.previews).sort()).toEqual([...linked].sort());
    for (const [key, preview] of Object.entries(props.previews))
      expect(preview.name).toBe(site.registry.byKey.get(key as `actors/${string}`)?.data.name);
  });

  it('carries the search dialog choices', () => {
    expect(articlePageProps(site, settings, article, collections).searchDialog).toEqual(searchDialogChoices(site));
  });

  it('is the same data each time it is computed, so the page key is stable', () => {
    expect(articlePageProps(site, settings, article, collections)).toEqual(articlePageProps(site, settings, article, collections));
  });
});
