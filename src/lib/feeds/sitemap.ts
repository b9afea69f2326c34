/**
 * The sitemap: every published page, with the day its content last changed
 * where the content says so (articles, the home page, entity pages by their
 * newest article). Pages whose change day nothing records carry no lastmod
 * rather than a guessed one.
 */
import type { Corpus } from '../content/corpus.ts';
import { entityKey, type Registry } from '../entities/registry.ts';
import type { MentionIndex } from '../mentions/mention-index.ts';
import { lastChanged, newestDay } from '../metadata/days.ts';
import { publicUrl, type UrlSettings } from '../metadata/public-url.ts';
import { publishedArticles } from '../pages/queries.ts';
import { articlePath, entityPath } from '../pages/urls.ts';
import { renderXml, textNode, type XmlNode } from './xml.ts';

/** Where the sitemap lives, relative to the base path: a sitemap index naming the files that list the pages. */
export const SITEMAP_PATH = 'sitemap.xml';

/** The protocol's cap on the URLs of one sitemap file (sitemaps.org). */
export const SITEMAP_URL_LIMIT = 50_000;

/** Where part `part` (from 1) of the sitemap lives, relative to the base path. */
export const sitemapPartPath = (part: number): string => `sitemap-${part}.xml`;

export interface SitemapEntry {
  loc: string;
  /** `YYYY-MM-DD`. */
  lastmod?: string | undefined;
}

/** What the sitemap reads of the site index. */
export interface SitemapSource {
  corpus: Pick<Corpus, 'articles'>;
  registry: Pick<Registry, 'entities'>;
  mentions: Pick<MentionIndex, 'backlinks'>;
}

/** Fixed pages (as `staticPagePaths` gives them), then published articles newest first, then actors and agreements. */
export function sitemapEntries(source: SitemapSource, settings: UrlSettings, staticPages: readonly string[]): SitemapEntry[] {
  const articles = publishedArticles(source.corpus.articles);
  const changed = new Map(articles.map((article) => [article.id, lastChanged(article.data)]));
  const newest = newestDay(changed.values());
  return [
    ...staticPages.map((path) => ({ loc: publicUrl(settings, path), lastmod: path === '' ? newest : undefined })),
    ...articles.map((article) => ({ loc: publicUrl(settings, articlePath(article.id)), lastmod: changed.get(article.id) })),
    ...source.registry.entities.map((entity) => ({
      loc: publicUrl(settings, entityPath(entity.collection, entity.id)),
      lastmod: newestDay(source.mentions.backlinks(entityKey(entity)).map(({ article }) => changed.get(article))),
    })),
  ];
}

/** The sitemap as XML (sitemaps.org protocol 0.9). */
export function renderSitemap(entries: readonly SitemapEntry[]): string {
  const urls: XmlNode[] = entries.map(({ loc, lastmod }) => ({
    name: 'url',
    children: lastmod ? [textNode('loc', loc), textNode('lastmod', lastmod)] : [textNode('loc', loc)],
  }));
  return renderXml({ name: 'urlset', attributes: { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' }, children: urls });
}

/** The entries cut into files of at most `limit` URLs, in order; one (empty) file for a site with none, so the index is never empty. */
export function sitemapParts<T>(entries: readonly T[], limit: number = SITEMAP_URL_LIMIT): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < entries.length; start += limit) parts.push(entries.slice(start, start + limit));
  return parts.length > 0 ? parts : [[]];
}

/** The sitemap index (sitemaps.org protocol 0.9): each part with the newest day of its entries. */
export function renderSitemapIndex(parts: ReadonlyArray<{ loc: string; entries: readonly SitemapEntry[] }>): string {
  const sitemaps: XmlNode[] = parts.map(({ loc, entries }) => {
    const lastmod = newestDay(entries.map((entry) => entry.lastmod));
    return { name: 'sitemap', children: lastmod ? [textNode('loc', loc), textNode('lastmod', lastmod)] : [textNode('loc', loc)] };
  });
  return renderXml({ name: 'sitemapindex', attributes: { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' }, children: sitemaps });
}
