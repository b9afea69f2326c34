/**
 * Whether an entity page lists every published article that mentions or
 * names the entity, and no other: the article links of its backlinks list
 * (`<ol class="… backlinks">`, src/components/Backlinks.astro) against the
 * mention index.
 */
import { scanStartTags } from './links/html-scan.ts';
import { pageUrl, resolveLink, type SiteLocation } from './links/resolve.ts';
import { elementContent } from './element.ts';
import { collectionPageOf, type CollectionPage } from './pages.ts';
import type { VerifyProblem } from './problem.ts';

/** The `href` of every link in the page's backlinks list, as written; none when it has no list. */
export function backlinkHrefs(html: string): string[] {
  const list = elementContent(html, 'ol', 'backlinks');
  if (list === undefined) return [];
  return scanStartTags(list).flatMap((tag) => {
    const href = tag.name === 'a' ? tag.attributes.get('href') : undefined;
    return href === undefined ? [] : [href];
  });
}

/** The ids of the articles the backlinks list of the page at `file` links to, in order, without repeats. */
export function listedArticles(html: string, file: string, site: SiteLocation): string[] {
  const base = pageUrl(file, site);
  const ids = new Set<string>();
  for (const href of backlinkHrefs(html)) {
    const target = resolveLink(href, base, site);
    if (target.kind !== 'internal') continue;
    const page = target.candidates.map(collectionPageOf).find((candidate) => candidate?.collection === 'articles');
    if (page) ids.add(page.id);
  }
  return [...ids];
}

export interface BacklinkInput {
  page: CollectionPage;
  /** The entity page and the later pages of its news, each with its built file. */
  lists: ReadonlyArray<{ file: string; html: string }>;
  /** Ids of the published articles that mention or name the entity. */
  expected: readonly string[];
  site: SiteLocation;
}

/** Articles the page should list and does not, then articles it lists and should not. */
export function checkBacklinks({ page, lists, expected, site }: BacklinkInput): VerifyProblem[] {
  const listed = new Set(lists.flatMap(({ file, html }) => listedArticles(html, file, site)));
  const wanted = new Set(expected);
  return [
    ...[...wanted].filter((id) => !listed.has(id)).map((id) => ({ what: `backlink missing to articles/${id}/`, where: page.file })),
    ...[...listed]
      .filter((id) => !wanted.has(id))
      .map((id) => ({ what: `backlink to articles/${id}/, which neither mentions nor names it`, where: page.file })),
  ];
}
