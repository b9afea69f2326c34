/**
 * What an entity page shows from the site index: its articles with context,
 * the entities met alongside it, the preview cards, the neighbourhood
 * drawing and the chart. The page computes all of it and its components only
 * render, so the page's cache key can digest what the page shows.
 */
import type { SiteSettings } from '../config/site-settings.ts';
import type { EntityCollection } from '../content/schema.ts';
import type { EntityKey, Registry } from '../entities/registry.ts';
import type { Backlink, MentionIndex } from '../mentions/mention-index.ts';
import type { MarkdownSource } from '../markdown/render.ts';
import type { SiteIndex } from '../site-index.ts';
import { mentionsChartView, type MentionsChartView } from './mentions-chart-view.ts';
import { neighbourhoodView, type NeighbourhoodView } from './neighbourhood-view.ts';
import { previewsFor, type EntityPreview } from './previews.ts';
import { searchDialogChoices, type SearchDialogChoices } from './search-dialog.ts';
import { entityPath } from './urls.ts';

export interface CoMention {
  /** Site path of the entity's page. */
  href: string;
  name: string;
  shared: number;
}

/** How many co-mentioned entities a page lists. */
const CO_MENTIONS_SHOWN = 12;

export function relatedByMention<A>(
  mentions: MentionIndex,
  registry: Registry,
  key: EntityKey,
  publishedArticles: ReadonlyMap<string, A>,
): { backlinks: Array<{ article: A; backlink: Backlink }>; coMentioned: CoMention[] } {
  const backlinks = mentions.backlinks(key).flatMap((backlink) => {
    const article = publishedArticles.get(backlink.article);
    return article ? [{ article, backlink }] : [];
  });
  const coMentioned = mentions
    .coMentioned(key)
    .slice(0, CO_MENTIONS_SHOWN)
    .flatMap(({ entity, shared }) => {
      const entry = registry.byKey.get(entity);
      return entry ? [{ href: entityPath(entry.collection, entry.id), name: entry.data.name, shared }] : [];
    });
  return { backlinks, coMentioned };
}

/** Everything an actor or agreement page shows from the site index; the route adds what it reads from the collections. */
export interface EntityPageData<A> {
  /** The articles the page itself lists: the first `BACKLINKS_PER_PAGE`, newest first; the rest are on the news pages. */
  backlinks: Array<{ article: A; backlink: Backlink }>;
  /** How many published articles mention the entity, on every news page together. */
  backlinkTotal: number;
  coMentioned: CoMention[];
  /** Preview cards of the entities the description links to. */
  previews: Record<string, EntityPreview>;
  /** Undefined when the entity has no relation to draw. */
  neighbourhood: NeighbourhoodView | undefined;
  /** Undefined when no article mentions the entity. */
  chart: MentionsChartView | undefined;
  searchDialog: SearchDialogChoices;
}

/**
 * An entity page's text to render and everything it shows from the site
 * index, from the index's copy of the entity. The page's cache key digests
 * exactly this (src/lib/incremental/page-keys.ts), so what is not here
 * cannot change the page.
 */
export function entityPageProps<A>(
  site: SiteIndex,
  settings: Pick<SiteSettings, 'locale'>,
  key: EntityKey,
  publishedArticles: ReadonlyMap<string, A>,
): { source: MarkdownSource; page: EntityPageData<A> } {
  const { mentions, registry } = site;
  const entity = registry.byKey.get(key);
  // The collections are read from the same corpus as the registry, so every page's entity is in it.
  if (!entity) throw new Error(`entityPageProps: no entity "${key}" in the site index`);
  const linked = (mentions.descriptions.get(key)?.body ?? []).map((mention) => mention.entity);
  const { backlinks, coMentioned } = relatedByMention(mentions, registry, key, publishedArticles);
  return {
    source: { file: entity.file, body: entity.body, data: entity.data },
    page: {
      // Every page keeps its props until the build ends: an entity named in thousands of articles keeps only the 50 it shows.
      backlinks: backlinkPage(backlinks, 1),
      backlinkTotal: backlinks.length,
      coMentioned,
      previews: previewsFor(linked, registry),
      neighbourhood: neighbourhoodView(site, key),
      chart: mentionsChartView(site, key, settings.locale),
      searchDialog: searchDialogChoices(site),
    },
  };
}

/** Articles an entity page lists; the rest follow on `news/2/`, `news/3/`…, so no page grows with the archive. */
export const BACKLINKS_PER_PAGE = 50;

export function backlinkPageCount(total: number): number {
  return Math.max(1, Math.ceil(total / BACKLINKS_PER_PAGE));
}

/** The items of page `page` (from 1). */
export function backlinkPage<T>(items: readonly T[], page: number): T[] {
  return items.slice((page - 1) * BACKLINKS_PER_PAGE, page * BACKLINKS_PER_PAGE);
}

/** Site path of page `page` of an entity's news: the entity page itself, then `news/<page>/`. */
export function backlinkPagePath(collection: EntityCollection, id: string, page: number): string {
  return page === 1 ? entityPath(collection, id) : `${entityPath(collection, id)}news/${page}/`;
}
