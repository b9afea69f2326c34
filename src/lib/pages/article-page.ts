/**
 * Everything an article page shows, computed from the site index and the
 * collections. The page renders these props and its components only render,
 * so the page's cache key (src/lib/incremental/page-keys.ts) digests exactly
 * what the page shows.
 */
import type { SiteSettings } from '../config/site-settings.ts';
import type { ActorData, AgreementData, ArticleData, CitedSource } from '../content/schema.ts';
import type { MarkdownSource } from '../markdown/render.ts';
import { articleJsonLd } from '../metadata/article-ld.ts';
import type { JsonObject } from '../metadata/json-ld.ts';
import type { SiteIndex } from '../site-index.ts';
import { articleCorrections, articleSources, type CorrectionNotice } from './corrections.ts';
import { previewsFor, type EntityPreview } from './previews.ts';
import { pick, type Item } from './queries.ts';
import { searchDialogChoices, type SearchDialogChoices } from './search-dialog.ts';

export interface ArticlePageProps<A, Actor, Agreement> {
  article: A;
  /** The text to render; its body is in the key, so an edit renders the page again. */
  source: MarkdownSource;
  /** The actors and agreements the frontmatter names, in its order. */
  actors: Actor[];
  agreements: Agreement[];
  /** Preview cards of the entities the text links to. */
  previews: Record<string, EntityPreview>;
  /** Every source, the single `source` first; the sources section lists them. */
  sources: CitedSource[];
  /** Corrections, newest first, for the notice at the top of the article. */
  corrections: CorrectionNotice[];
  jsonLd: JsonObject;
  searchDialog: SearchDialogChoices;
}

export function articlePageProps<A extends Item<ArticleData>, Actor extends Item<ActorData>, Agreement extends Item<AgreementData>>(
  site: SiteIndex,
  settings: SiteSettings,
  article: A,
  collections: { actors: readonly Actor[]; agreements: readonly Agreement[] },
): ArticlePageProps<A, Actor, Agreement> {
  const { mentions, registry } = site;
  const text = site.articles.get(article.id);
  const linked = (mentions.articles.get(article.id)?.scan.body ?? []).map((mention) => mention.entity);
  return {
    article,
    // A published article the index cannot read has nothing to render; `npm run check` reports why.
    source: { file: text?.file ?? '', body: text?.body ?? '', data: article.data },
    actors: pick(article.data.actors, collections.actors),
    agreements: pick(article.data.agreements, collections.agreements),
    previews: previewsFor(linked, registry),
    sources: articleSources(article.data),
    corrections: articleCorrections(article.data),
    jsonLd: articleJsonLd(article, { registry, mentions }, settings),
    searchDialog: searchDialogChoices(site),
  };
}
