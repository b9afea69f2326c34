/**
 * The site's feeds: the latest published articles, and for each actor and
 * agreement the latest published articles that mention or name it. A feed
 * reader asks for what is new; the whole record is on the entity's pages
 * and in /data/mentions.json, and a feed that grew with the archive would
 * grow without bound on a large one (an entity of 20,000 articles).
 */
import type { ArticleEntry, Corpus } from '../content/corpus.ts';
import type { EntityKey, Registry } from '../entities/registry.ts';
import type { MentionIndex } from '../mentions/mention-index.ts';
import { lastChanged, newestDay } from '../metadata/days.ts';
import { hasAbsoluteUrls, publicUrl, type UrlSettings } from '../metadata/public-url.ts';
import { SITE_DESCRIPTION, SITE_LANGUAGE } from '../metadata/site-info.ts';
import { publishedArticles } from '../pages/queries.ts';
import { articlePath, entityPath } from '../pages/urls.ts';
import { entityFeedPath, feedTitle, SITE_FEED_PATH } from './paths.ts';
import type { Feed, FeedItem } from './rss.ts';

/** How many articles a feed carries, the site's and each entity's. */
export const FEED_SIZE = 50;

/** What the feeds read of the site index. */
export interface FeedSource {
  corpus: Pick<Corpus, 'articles'>;
  /** Every readable article by id (the site index keeps this map). */
  articles: ReadonlyMap<string, ArticleEntry>;
  registry: Pick<Registry, 'byKey'>;
  mentions: Pick<MentionIndex, 'backlinks'>;
}

function articleItem(article: Pick<ArticleEntry, 'id' | 'data'>, settings: UrlSettings): FeedItem {
  const link = publicUrl(settings, articlePath(article.id));
  return {
    title: article.data.title,
    link,
    guid: link,
    // A root-relative address is still unique, but no reader can open it as a permalink.
    guidIsPermaLink: hasAbsoluteUrls(settings),
    published: article.data.date,
    description: article.data.summary,
    language: article.data.lang === SITE_LANGUAGE ? undefined : article.data.lang,
    categories: article.data.tags,
  };
}

function feedOf(
  articles: ReadonlyArray<Pick<ArticleEntry, 'id' | 'data'>>,
  settings: UrlSettings,
  channel: Pick<Feed, 'title' | 'description'> & { page: string; self: string },
): Feed {
  return {
    title: channel.title,
    link: publicUrl(settings, channel.page),
    description: channel.description,
    language: SITE_LANGUAGE,
    self: publicUrl(settings, channel.self),
    // The newest content, not the clock: two builds of the same sources give the same file.
    lastBuild: newestDay(articles.map((article) => lastChanged(article.data))),
    items: articles.map((article) => articleItem(article, settings)),
  };
}

/** The site feed: the latest published articles, newest first. */
export function siteFeed(source: FeedSource, settings: UrlSettings, size: number = FEED_SIZE): Feed {
  const articles = publishedArticles(source.corpus.articles).slice(0, size);
  return feedOf(articles, settings, { title: feedTitle(), description: SITE_DESCRIPTION, page: '', self: SITE_FEED_PATH });
}

/** The feed of one entity: the latest `size` published articles that mention or name it, newest first; undefined for an unknown key. */
export function entityFeed(source: FeedSource, key: EntityKey, settings: UrlSettings, size: number = FEED_SIZE): Feed | undefined {
  const entity = source.registry.byKey.get(key);
  if (!entity) return undefined;
  // Backlinks hold published articles only, already newest first.
  const articles: ArticleEntry[] = [];
  for (const { article } of source.mentions.backlinks(key)) {
    if (articles.length === size) break;
    const entry = source.articles.get(article);
    if (entry && !entry.data.draft) articles.push(entry);
  }
  return feedOf(articles, settings, {
    title: feedTitle(entity.data),
    description: `كل ما نشره ${feedTitle()} من أخبار ورد فيها ${entity.data.name}.`,
    page: entityPath(entity.collection, entity.id),
    self: entityFeedPath(entity.collection, entity.id),
  });
}
