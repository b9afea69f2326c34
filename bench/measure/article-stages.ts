/**
 * The work a build does for one article, stage by stage, as functions that
 * can be timed apart (`npm run bench:article`): the scan that finds its
 * mentions and their snippets, the render with the entity linker, the search
 * keys, the JSON-LD, the data exports, the preview cards, the incremental
 * page key and the nesting check.
 */
import { checkNesting } from '../../src/lib/check/nesting.ts';
import type { ArticleEntry } from '../../src/lib/content/corpus.ts';
import { mentionsCsv, publishedMentionRecords } from '../../src/lib/data/mentions.ts';
import { pageKey } from '../../src/lib/incremental/page-keys.ts';
import { articlePageProps } from '../../src/lib/pages/article-page.ts';
import { renderEntryHtml } from '../../src/lib/markdown/render.ts';
import { articleJsonLd } from '../../src/lib/metadata/article-ld.ts';
import { serializeJsonLd } from '../../src/lib/metadata/json-ld.ts';
import { buildMentionIndex, scanCacheKey, type ScanCache } from '../../src/lib/mentions/mention-index.ts';
import type { SiteIndex } from '../../src/lib/site-index.ts';
import { scanDocument } from '../../src/lib/mentions/scan.ts';
import { previewsFor } from '../../src/lib/pages/previews.ts';
import { articleRecord } from '../../src/lib/search/records.ts';
import { searchSource } from '../../src/lib/search/source.ts';
import type { SiteSettings } from '../../src/lib/config/site-settings.ts';

/** One stage: runs the stage's work for the article and returns something, so that the work cannot be optimised away. */
export interface ArticleStage {
  name: string;
  run(): unknown;
}

/** The stages for `article`, which must be in `site` (built from `contentRoot`). */
export function articleStages(site: SiteIndex, article: ArticleEntry, settings: SiteSettings, contentRoot: string): ArticleStage[] {
  const named = [...article.data.actors.map((id) => `actors/${id}`), ...article.data.agreements.map((id) => `agreements/${id}`)];
  const document = { title: article.data.title, body: article.body, bodyLine: article.bodyLine, date: article.data.date, named };
  const alone = { ...site.corpus, articles: [article] };
  // The index of this article alone, every scan taken from the site's: the backlinks and exports cost apart from the scans.
  const scans: ScanCache = new Map();
  const scanned = site.mentions.articles.get(article.id)?.scan;
  if (scanned) scans.set(scanCacheKey(document, site.generation), scanned);
  for (const entity of [...site.corpus.actors, ...site.corpus.agreements]) {
    const description = site.mentions.descriptions.get(`${entity.collection}/${entity.id}`);
    if (description)
      scans.set(scanCacheKey({ title: '', body: entity.body, bodyLine: entity.bodyLine, named: [] }, site.generation), description);
  }
  const indexAlone = () => buildMentionIndex(alone, site.matcher, scans, site.generation);
  const source = searchSource(site, settings);
  const sourceArticle = source.articles.find((entry) => entry.id === article.id);
  const linked = () => (site.mentions.articles.get(article.id)?.scan.body ?? []).map((mention) => mention.entity);
  return [
    { name: 'scan (mentions, snippets, nesting)', run: () => scanDocument(document, site.matcher) },
    { name: 'backlinks', run: () => indexAlone().backlinks('actors/qatar') },
    {
      name: 'render with linking',
      run: () => renderEntryHtml({ file: article.file, body: article.body, data: { ...article.data } }, settings, contentRoot),
    },
    { name: 'search record', run: () => sourceArticle && articleRecord(sourceArticle, source.entities, source.settings) },
    { name: 'JSON-LD', run: () => serializeJsonLd(articleJsonLd(article, site, settings)) },
    { name: 'data exports (mentions)', run: () => [...mentionsCsv(publishedMentionRecords(indexAlone()))].join('') },
    { name: 'previews', run: () => previewsFor(linked(), site.registry) },
    { name: 'page props and key', run: () => pageKey(site, settings, articlePageProps(site, settings, article, site.corpus)) },
    { name: 'nesting check', run: () => checkNesting(alone, site.mentions) },
  ];
}
