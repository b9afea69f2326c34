/**
 * Where a link in a built site leads: outside the site, or to which files of
 * the output directory, the way a static host maps URLs to files
 * (`/base/x/` → `x/index.html`, `/base/x` → `x` or `x/index.html`).
 */
import path from 'node:path';

/** Where the site is served: its origin (SITE_URL's, or a stand-in) and base path. */
export interface SiteLocation {
  /** e.g. `https://marsad.example.org`; links to it count as internal. */
  origin: string;
  /** With leading and trailing slash, as `normalizeBasePath` gives it. */
  basePath: string;
}

/** The origin used when SITE_URL is unset: reserved, so no real link can match it. */
export const STAND_IN_ORIGIN = 'https://marsad.invalid';

/** What a link leads to. */
export type LinkTarget =
  | { kind: 'external'; url: string }
  /** `data:`, `javascript:` and the like: nothing to look up. */
  | { kind: 'inert' }
  /** Files that would serve the link (the first that exists wins), and its fragment as written, without `#`. */
  | { kind: 'internal'; candidates: string[]; fragment: string | undefined }
  | { kind: 'broken'; reason: string };

const INERT_SCHEMES = new Set(['data:', 'javascript:', 'blob:', 'about:']);

/** The URL a file of the output directory is served at (`a/index.html` → `/base/a/`). */
export function pageUrl(file: string, site: SiteLocation): URL {
  const served = file === 'index.html' || file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  const encoded = served.split('/').map(encodeURIComponent).join('/');
  return new URL(site.basePath + encoded, site.origin);
}

/** Resolves `link`, as written in a page at `base`, against the site. */
export function resolveLink(link: string, base: URL, site: SiteLocation): LinkTarget {
  let url: URL;
  try {
    url = new URL(link, base);
  } catch {
    return { kind: 'broken', reason: 'not a valid URL' };
  }
  if (INERT_SCHEMES.has(url.protocol)) return { kind: 'inert' };
  if (url.origin !== site.origin) return { kind: 'external', url: url.href };

  let pathname = url.pathname;
  // `/base` is where a host sends you to `/base/`.
  if (`${pathname}/` === site.basePath) pathname = site.basePath;
  if (!pathname.startsWith(site.basePath)) return { kind: 'broken', reason: `outside the base path ${site.basePath}` };

  let relative: string;
  try {
    relative = pathname.slice(site.basePath.length).split('/').map(decodeURIComponent).join('/');
  } catch {
    return { kind: 'broken', reason: 'malformed percent-encoding in the path' };
  }
  // An encoded `..%2F` survives URL parsing and only shows once decoded.
  const normalized = relative === '' ? '' : path.posix.normalize(relative);
  if (normalized === '..' || normalized.startsWith('../')) {
    return { kind: 'broken', reason: 'leads outside the site directory' };
  }
  const candidates = normalized === '' || normalized.endsWith('/') ? [`${normalized}index.html`] : [normalized, `${normalized}/index.html`];
  return { kind: 'internal', candidates, fragment: url.hash.length > 1 ? url.hash.slice(1) : undefined };
}
