/**
 * "Nothing lost": a built site against the content root it was built from.
 * Every published content file has exactly one page and no draft has one;
 * every page is in the sitemap and the search index; every entity page lists
 * each article that mentions or names it; every internal link resolves.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { entityKey } from '../entities/registry.ts';
import { checkSite } from './links/check-site.ts';
import { listFiles } from './links/files.ts';
import type { SiteLocation } from './links/resolve.ts';
import { loadSiteIndex } from '../site-index.ts';
import { checkBacklinks } from './backlinks.ts';
import { contentPages } from './content-pages.ts';
import { checkPageSet } from './page-set.ts';
import { collectionPages, newsPagesOf, type PageCollection } from './pages.ts';
import type { VerifyProblem } from './problem.ts';
import { checkSearchIndex, searchIndexEntry } from './search-index.ts';
import { checkSitemap, readSitemap } from './sitemap.ts';
import { collectRedirects, pagePath, redirectFileOf } from '../redirects/redirects.ts';
import { parseRedirects } from '../redirects/redirects-file.ts';
import { checkPreviousUrls, readPreviousUrls } from './previous-urls.ts';

export interface VerifyOptions {
  /** The built site. */
  dir: string;
  /** The content root it was built from. */
  contentRoot: string;
  /** Where the site is served (SITE_URL's origin or a stand-in, and BASE_PATH). */
  site: SiteLocation;
  /** Whether SITE_URL was set for the build, so that the sitemap lists absolute URLs. */
  absoluteUrls: boolean;
  /** A previous build's sitemap or URL list (`--against`): each of its URLs must exist or redirect. */
  against?: string | undefined;
}

export interface VerifyReport {
  /** Content errors, pages, sitemap, search index, backlinks, links: in that order. */
  problems: VerifyProblem[];
  /** Pages that content files asked for and got, per collection. */
  pages: Record<PageCollection, number>;
  /** Backlinks compared on entity pages. */
  backlinks: number;
  /** Internal links the link checker followed. */
  internalLinks: number;
  /** Redirect pages found at the old ids content lists. */
  redirects: number;
  /** URLs of the previous build compared, when `against` was given. */
  previousUrls: number | undefined;
}

/** Checks the site in `options.dir`; reads every content page it needs once. */
export function verifySite({ dir, contentRoot, site, absoluteUrls, against }: VerifyOptions): VerifyReport {
  const files = listFiles(dir);
  const fileSet = new Set(files);
  const read = (file: string): string | undefined => (fileSet.has(file) ? readFileSync(path.join(dir, file), 'utf8') : undefined);
  const { corpus, mentions } = loadSiteIndex(contentRoot, { maxAgeMs: 0 });

  const contentProblems = corpus.problems
    .filter((problem) => problem.severity === 'error')
    .map((problem) => ({ what: `content file not read (${problem.message})`, where: `${problem.file}:${problem.line}:${problem.column}` }));

  // A redirect page sits where an old id's page was: it is no content page, and is checked on its own.
  const redirects = collectRedirects(corpus);
  const redirectFiles = new Set(redirects.map(redirectFileOf));
  const redirectProblems: VerifyProblem[] = redirects.flatMap((redirect) => {
    const html = read(redirectFileOf(redirect));
    const to = pagePath(site.basePath, redirect.collection, redirect.toId);
    if (html === undefined) return [{ what: `no redirect page for the old id ${redirect.fromId}`, where: redirectFileOf(redirect) }];
    return html.includes(`url=${to}"`) ? [] : [{ what: `redirect page does not lead to ${to}`, where: redirectFileOf(redirect) }];
  });
  const previous = against === undefined ? undefined : readPreviousUrls(against);
  const previousProblems =
    previous === undefined
      ? []
      : [
          ...previous.problems,
          ...checkPreviousUrls({
            urls: previous.urls,
            source: against ?? '',
            files: fileSet,
            redirects: parseRedirects(read('_redirects') ?? ''),
            site,
          }),
        ];

  const built = collectionPages(files.filter((file) => !redirectFiles.has(file)));
  const content = contentPages(corpus);
  const expectedPages = [...content.published.keys()].flatMap((key) => built.get(key) ?? []);
  const everyPage = [...built.values()].flat();

  const backlinkProblems: VerifyProblem[] = [];
  let backlinks = 0;
  for (const page of expectedPages) {
    if (page.collection === 'articles') continue;
    const key = entityKey({ collection: page.collection, id: page.id });
    const expected = mentions.backlinks(key).map((backlink) => backlink.article);
    backlinks += expected.length;
    const lists = [page.file, ...newsPagesOf(page, files)].map((file) => ({ file, html: read(file) ?? '' }));
    backlinkProblems.push(...checkBacklinks({ page, lists, expected, site }));
  }

  const links = checkSite(dir, site);
  const pages: Record<PageCollection, number> = { articles: 0, actors: 0, agreements: 0 };
  for (const page of expectedPages) pages[page.collection]++;

  return {
    problems: [
      ...contentProblems,
      ...checkPageSet(content, built),
      ...checkSitemap({
        xml: readSitemap(read, fileSet, site),
        files: fileSet,
        required: expectedPages.map((page) => page.file),
        site,
        absoluteUrls,
      }),
      ...checkSearchIndex(searchIndexEntry(read), everyPage.length),
      ...backlinkProblems,
      ...links.problems.map((problem) => ({ what: `broken link "${problem.link}" (${problem.reason})`, where: problem.page })),
      ...redirectProblems,
      ...previousProblems,
    ],
    pages,
    backlinks,
    internalLinks: links.internalLinks,
    redirects: redirects.length - redirectProblems.length,
    previousUrls: previous?.urls.length,
  };
}
