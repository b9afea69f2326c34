/**
 * Open Graph and Twitter card tags: what a page shows when it is shared.
 * Built as a list of tags so the component only prints them.
 */
import type { ArticleData } from '../content/schema.ts';
import { lastChanged } from './days.ts';
import { OG_LOCALE, SITE_NAME } from './site-info.ts';

/** The article facts a shared card carries. */
export interface OgArticle {
  /** `YYYY-MM-DD`. */
  published: string;
  /** `YYYY-MM-DD`; the publication day when the article was never updated. */
  modified: string;
  lang: keyof typeof OG_LOCALE;
  tags: readonly string[];
}

export interface SocialMetaInput {
  /** Page title without the site name. */
  title: string;
  description: string;
  /** Absolute canonical URL; leave undefined without SITE_URL, since og:url must be absolute. */
  url?: string | undefined;
  /** Present on article pages, which makes the page `og:type=article`. */
  article?: OgArticle | undefined;
}

/** One `<meta>`: Open Graph uses `property`, Twitter `name`. */
export interface MetaTag {
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

/** The card facts of an article, from its frontmatter. */
export function ogArticle(data: Pick<ArticleData, 'date' | 'updated' | 'lang' | 'tags'>): OgArticle {
  return { published: data.date, modified: lastChanged(data), lang: data.lang, tags: data.tags };
}

/** Open Graph and Twitter tags, in a fixed order. */
export function socialMeta(input: SocialMetaInput): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
  const twitter = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
  const { article } = input;
  const tags: MetaTag[] = [
    og('og:title', input.title),
    og('og:description', input.description),
    og('og:type', article ? 'article' : 'website'),
    ...(input.url ? [og('og:url', input.url)] : []),
    // The shared text of an English article is English; everything else the site writes is Arabic.
    og('og:locale', OG_LOCALE[article?.lang ?? 'ar']),
    og('og:site_name', SITE_NAME),
  ];
  if (article) {
    tags.push(og('article:published_time', article.published), og('article:modified_time', article.modified));
    tags.push(...article.tags.map((tag) => og('article:tag', tag)));
  }
  // No image exists to show, so the small card.
  tags.push(twitter('twitter:card', 'summary'), twitter('twitter:title', input.title), twitter('twitter:description', input.description));
  return tags;
}
