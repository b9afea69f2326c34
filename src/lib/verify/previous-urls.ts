/**
 * `npm run verify -- --against <file>`: the URLs of a previous build, each of
 * which must still lead somewhere in dist/, to a page or to a redirect, so a
 * rename never breaks a bookmark or a citation. The file is local (CI fetches
 * the deployed sitemap first): a sitemap.xml, a sitemap index whose parts lie
 * beside it under their own file names, or one URL or path per line.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveLink, type SiteLocation } from './links/resolve.ts';
import type { VerifyProblem } from './problem.ts';
import { sitemapLocations } from './sitemap.ts';

/** The URLs a previous build listed, read from `file`; a missing sitemap part is a problem rather than a silent gap. */
export function readPreviousUrls(file: string): { urls: string[]; problems: VerifyProblem[] } {
  const text = readFileSync(file, 'utf8');
  if (/<sitemapindex[\s>]/.test(text)) {
    const urls: string[] = [];
    const problems: VerifyProblem[] = [];
    for (const part of sitemapLocations(text)) {
      const beside = path.join(path.dirname(file), path.posix.basename(new URL(part, 'https://marsad.invalid/').pathname));
      if (existsSync(beside)) urls.push(...sitemapLocations(readFileSync(beside, 'utf8')));
      else problems.push({ what: `sitemap part "${part}" is not beside the index (expected ${beside})`, where: file });
    }
    return { urls, problems };
  }
  if (/<urlset[\s>]/.test(text)) return { urls: sitemapLocations(text), problems: [] };
  return {
    urls: text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
    problems: [],
  };
}

export interface PreviousUrlsInput {
  urls: readonly string[];
  /** The list's file, named in each problem. */
  source: string;
  /** Every file of the built site. */
  files: ReadonlySet<string>;
  /** Static `_redirects` rules of the built site, source path → destination. */
  redirects: ReadonlyMap<string, string>;
  site: SiteLocation;
}

/**
 * The previous URLs that lead nowhere now. Only the path of each URL counts:
 * the previous sitemap may carry the deployed origin while this build was
 * made without SITE_URL, and both are the same site.
 */
export function checkPreviousUrls({ urls, source, files, redirects, site }: PreviousUrlsInput): VerifyProblem[] {
  const problems: VerifyProblem[] = [];
  for (const url of urls) {
    let pathname: string;
    try {
      pathname = new URL(url, site.origin).pathname;
    } catch {
      problems.push({ what: `previous URL "${url}" is not a URL`, where: source });
      continue;
    }
    // Hosts match a rule with or without its trailing slash, as they serve `x/index.html` for both.
    const bare = pathname.replace(/\/$/, '');
    if (redirects.has(bare) || redirects.has(`${bare}/`)) continue;
    const target = resolveLink(pathname, new URL(site.basePath, site.origin), site);
    const found = target.kind === 'internal' && target.candidates.some((candidate) => files.has(candidate));
    if (!found) problems.push({ what: `previous URL "${url}" neither exists nor redirects`, where: source });
  }
  return problems;
}
