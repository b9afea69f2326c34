/**
 * Checks every internal link of a built site against the files of its output
 * directory, without the network: each link must lead to a file, and each
 * `#fragment` to an element of the page it names. External URLs are collected,
 * never fetched.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './files.ts';
import { readPage, type PageFacts } from './page-links.ts';
import { pageUrl, resolveLink, type SiteLocation } from './resolve.ts';

/** One broken link: the page it is on (relative to the directory), the URL as written, what is wrong. */
export interface LinkProblem {
  page: string;
  link: string;
  reason: string;
}

/** What a check found. */
export interface LinkReport {
  /** HTML pages read. */
  pages: number;
  /** Internal link occurrences checked. */
  internalLinks: number;
  /** Distinct external URLs, sorted. */
  external: string[];
  /** In page order, then in document order. */
  problems: LinkProblem[];
}

const HTML = /\.html?$/i;
/** Targets whose `#fragment` names an element id; other files (PDF, images) are not looked into. */
const HAS_IDS = /\.(?:html?|xhtml|svg)$/i;

/** Checks the links of every HTML page under `dir`, for a site served at `site`. */
export function checkSite(dir: string, site: SiteLocation): LinkReport {
  const files = listFiles(dir);
  const existing = new Set(files);
  const facts = new Map<string, PageFacts>();
  const factsOf = (file: string): PageFacts => {
    let found = facts.get(file);
    if (!found) facts.set(file, (found = readPage(readFileSync(path.join(dir, file), 'utf8'))));
    return found;
  };

  const pages = files.filter((file) => HTML.test(file));
  const external = new Set<string>();
  const problems: LinkProblem[] = [];
  let internalLinks = 0;
  for (const page of pages) {
    const { links, base } = factsOf(page);
    const pageBase = baseUrl(pageUrl(page, site), base);
    const reported = new Set<string>();
    const report = (link: string, reason: string) => {
      const key = `${link}\n${reason}`;
      if (reported.has(key)) return;
      reported.add(key);
      problems.push({ page, link, reason });
    };
    for (const { url: link } of links) {
      const target = resolveLink(link, pageBase, site);
      if (target.kind === 'external') external.add(target.url);
      if (target.kind === 'broken') report(link, target.reason);
      if (target.kind !== 'internal') continue;
      internalLinks++;
      const file = target.candidates.find((candidate) => existing.has(candidate));
      if (file === undefined) {
        report(link, `no file ${target.candidates.join(' or ')}`);
      } else if (target.fragment !== undefined && HAS_IDS.test(file) && !fragmentFound(target.fragment, factsOf(file))) {
        report(link, `no element with id "${decodeFragment(target.fragment)}" ${file === page ? 'on this page' : `in ${file}`}`);
      }
    }
  }
  return { pages: pages.length, internalLinks, external: [...external].sort(), problems };
}

/** A page's `<base href>` moves where its relative links start; an unusable one is ignored, as browsers do. */
function baseUrl(served: URL, base: string | undefined): URL {
  if (base === undefined) return served;
  try {
    return new URL(base, served);
  } catch {
    return served;
  }
}

/** As browsers look: the fragment as written, then percent-decoded; `#top` (any case) needs no element. */
function fragmentFound(fragment: string, target: PageFacts): boolean {
  return target.anchors.has(fragment) || target.anchors.has(decodeFragment(fragment)) || fragment.toLowerCase() === 'top';
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
