/**
 * JSON-LD `NewsArticle` for an article page: `about` lists the entities its
 * frontmatter names, `mentions` those its title and text mention, each as a
 * reference to the entity's own page; `isBasedOn` its sources and
 * `correction` its corrections.
 */
import type { ArticleData, CitedSource } from '../content/schema.ts';
import type { EntityKey, Registry } from '../entities/registry.ts';
import type { MentionIndex } from '../mentions/mention-index.ts';
import { articleCorrections, articleSources } from '../pages/corrections.ts';
import { articlePath } from '../pages/urls.ts';
import { lastChanged } from './days.ts';
import { entityReference } from './entity-ld.ts';
import { compact, type JsonObject } from './json-ld.ts';
import { publicUrl, type UrlSettings } from './public-url.ts';
import { SITE_NAME } from './site-info.ts';

/** What the builder reads of the site: who exists, and who each text mentions. */
export interface ArticleContext {
  registry: Pick<Registry, 'byKey'>;
  mentions: Pick<MentionIndex, 'articles'>;
}

/** The entities an article is about (frontmatter) and those it mentions (title, then body, in order of first appearance). */
export function articleEntities(
  article: { id: string; data: Pick<ArticleData, 'actors' | 'agreements'> },
  context: ArticleContext,
): { about: EntityKey[]; mentions: EntityKey[] } {
  const named: EntityKey[] = [
    ...article.data.actors.map((id) => `actors/${id}` as const),
    ...article.data.agreements.map((id) => `agreements/${id}` as const),
  ];
  const scan = context.mentions.articles.get(article.id)?.scan;
  const mentioned = [...(scan?.title ?? []), ...(scan?.body ?? []).map((mention) => mention.entity)] as EntityKey[];
  // Unknown ids are reported by `npm run check`; here they are simply not claimed.
  const known = (keys: EntityKey[]) => [...new Set(keys)].filter((key) => context.registry.byKey.has(key));
  return { about: known(named), mentions: known(mentioned) };
}

/** The publisher every article names: the site itself. */
function publisher(settings: UrlSettings): JsonObject {
  return { '@type': 'Organization', name: SITE_NAME, url: publicUrl(settings, '') };
}

/**
 * A source as a schema.org `CreativeWork`. `isBasedOn` (not `citation`) because
 * the article reports from these works rather than referring to them; the web
 * archive's copy is schema.org's `archivedAt`.
 */
function sourceLd(source: CitedSource): JsonObject {
  return compact({
    '@type': 'CreativeWork',
    name: source.name,
    url: source.url,
    datePublished: source.date,
    archivedAt: source.archived_url,
    description: source.note,
  });
}

/** The JSON-LD of an article page. */
export function articleJsonLd(article: { id: string; data: ArticleData }, context: ArticleContext, settings: UrlSettings): JsonObject {
  const { data } = article;
  const url = publicUrl(settings, articlePath(article.id));
  const { about, mentions } = articleEntities(article, context);
  const references = (keys: EntityKey[]) =>
    keys.flatMap((key) => {
      const entry = context.registry.byKey.get(key);
      return entry ? [entityReference(entry, settings)] : [];
    });
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    headline: data.title,
    description: data.summary,
    datePublished: data.date,
    dateModified: lastChanged(data),
    inLanguage: data.lang,
    keywords: data.tags,
    publisher: publisher(settings),
    about: references(about),
    mentions: references(mentions),
    isBasedOn: articleSources(data).map(sourceLd),
    correction: articleCorrections(data).map((correction) => ({
      '@type': 'CorrectionComment',
      text: correction.text,
      datePublished: correction.date,
    })),
  });
}
