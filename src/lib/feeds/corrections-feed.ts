/**
 * `/corrections/feed.xml`: every correction of the published articles, newest
 * first, for readers who follow what the archive changes after publishing.
 */
import type { ArticleData } from '../content/schema.ts';
import { hasAbsoluteUrls, publicUrl, type UrlSettings } from '../metadata/public-url.ts';
import { SITE_LANGUAGE } from '../metadata/site-info.ts';
import { correctionEntries, type CorrectionEntry } from '../pages/corrections.ts';
import type { Item } from '../pages/queries.ts';
import { CORRECTIONS_FEED_PATH, CORRECTIONS_PATH, correctionsFeedTitle } from './paths.ts';
import type { Feed, FeedItem } from './rss.ts';

function correctionItem(entry: CorrectionEntry, settings: UrlSettings): FeedItem {
  // The notice's own fragment: unique per correction, and a reader who opens it lands on the notice.
  const link = publicUrl(settings, entry.path);
  return {
    title: `تصحيح: ${entry.title}`,
    link,
    guid: link,
    guidIsPermaLink: hasAbsoluteUrls(settings),
    published: entry.date,
    description: entry.text,
    language: entry.lang === SITE_LANGUAGE ? undefined : entry.lang,
    categories: [],
  };
}

/** The corrections feed; its last build is the newest correction, not the clock, so two builds give the same file. */
export function correctionsFeed(articles: ReadonlyArray<Item<ArticleData>>, settings: UrlSettings): Feed {
  const entries = correctionEntries(articles);
  return {
    title: correctionsFeedTitle(),
    link: publicUrl(settings, CORRECTIONS_PATH),
    description: 'التصحيحات المنشورة على أخبار الأرشيف، الأحدث أولاً.',
    language: SITE_LANGUAGE,
    self: publicUrl(settings, CORRECTIONS_FEED_PATH),
    lastBuild: entries[0]?.date,
    items: entries.map((entry) => correctionItem(entry, settings)),
  };
}
