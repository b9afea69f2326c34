/**
 * Whether the sitemap lists every content page, and only pages that exist.
 * Its URLs are absolute when SITE_URL is set and root-relative under
 * BASE_PATH otherwise (src/lib/feeds/sitemap.ts); both are resolved the way
 * the link checker resolves a link, to the file a static host would serve.
 */
import { decodeCharacterReferences } from './links/char-refs.ts';
import { pageUrl, resolveLink, type SiteLocation } from './links/resolve.ts';
import type { VerifyProblem } from './problem.ts';

/** Where the sitemap is, relative to the built site. */
const SITEMAP_FILE = 'sitemap.xml';

const LOC = /<loc>([\s\S]*?)<\/loc>/g;
const ABSOLUTE = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** The `<loc>` URLs of a sitemap, in order, with XML character references decoded. */
export function sitemapLocations(xml: string): string[] {
  return [...xml.matchAll(LOC)].map((match) => decodeCharacterReferences((match[1] ?? '').trim()));
}

/**
 * The sitemap's text: the file itself, or, when it is a sitemap index, its
 * parts one after another (a part that is missing adds nothing, so its pages
 * are reported as not in the sitemap).
 */
export function readSitemap(
  read: (file: string) => string | undefined,
  files: ReadonlySet<string>,
  site: SiteLocation,
): string | undefined {
  const xml = read(SITEMAP_FILE);
  if (xml === undefined || !/<sitemapindex[\s>]/.test(xml)) return xml;
  const base = pageUrl(SITEMAP_FILE, site);
  return sitemapLocations(xml)
    .map((loc) => {
      const target = resolveLink(loc, base, site);
      const file = target.kind === 'internal' ? target.candidates.find((candidate) => files.has(candidate)) : undefined;
      return file === undefined ? '' : (read(file) ?? '');
    })
    .join('\n');
}

export interface SitemapInput {
  /** The sitemap's text, or `undefined` when the site has none. */
  xml: string | undefined;
  /** Every file of the built site. */
  files: ReadonlySet<string>;
  /** Page files the sitemap must list. */
  required: readonly string[];
  site: SiteLocation;
  /** Whether SITE_URL is set, so that every URL must be absolute. */
  absoluteUrls: boolean;
}

/** Problems of the sitemap: URLs that lead nowhere, then required pages it does not list. */
export function checkSitemap({ xml, files, required, site, absoluteUrls }: SitemapInput): VerifyProblem[] {
  if (xml === undefined) return [{ what: 'no sitemap', where: SITEMAP_FILE }];
  const problems: VerifyProblem[] = [];
  const listed = new Set<string>();
  const base = pageUrl(SITEMAP_FILE, site);
  for (const loc of sitemapLocations(xml)) {
    if (absoluteUrls && !ABSOLUTE.test(loc)) {
      problems.push({ what: `sitemap URL "${loc}" is not absolute though SITE_URL is set`, where: SITEMAP_FILE });
    }
    const target = resolveLink(loc, base, site);
    if (target.kind !== 'internal') {
      const why = target.kind === 'broken' ? target.reason : 'not on this site (is SITE_URL the one the site was built with?)';
      problems.push({ what: `sitemap URL "${loc}" is ${why}`, where: SITEMAP_FILE });
      continue;
    }
    const file = target.candidates.find((candidate) => files.has(candidate));
    if (file === undefined) problems.push({ what: `sitemap URL "${loc}" leads to no page`, where: SITEMAP_FILE });
    else listed.add(file);
  }
  for (const file of required) if (!listed.has(file)) problems.push({ what: 'not in the sitemap', where: file });
  return problems;
}
