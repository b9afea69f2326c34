/**
 * `_redirects`, read by Netlify and Cloudflare Pages: one `/old/ /new/ 301`
 * line per redirect, so those hosts answer with a real 301 (which search
 * engines and link checkers follow) instead of the HTML page. Cloudflare
 * applies a rule even where a file exists; Netlify serves the file first
 * (its "shadowing"), which is the refresh page and still lands on the new URL.
 */
import { pagePath, type Redirect } from './redirects.ts';

/** Marks the block the build writes, so that a rebuild replaces it and keeps the rest of the file. */
const BEGIN = '# marsad: redirect_from (written by the build)';
const END = '# marsad: end of redirect_from';

/** The lines for `redirects` under `basePath`. */
export function redirectLines(redirects: readonly Redirect[], basePath: string): string[] {
  return redirects.map(
    (redirect) =>
      `${pagePath(basePath, redirect.collection, redirect.fromId)} ${pagePath(basePath, redirect.collection, redirect.toId)} 301`,
  );
}

/** `existing` with its build block replaced by one for `redirects` (none when there are none). */
export function withRedirects(existing: string, redirects: readonly Redirect[], basePath: string): string {
  const start = existing.indexOf(BEGIN);
  const stop = existing.indexOf(END);
  const kept = start >= 0 && stop > start ? existing.slice(0, start) + existing.slice(stop + END.length).replace(/^\n/, '') : existing;
  if (redirects.length === 0) return kept;
  // Static rules first: a host applies the first rule that matches.
  const block = [BEGIN, ...redirectLines(redirects, basePath), END, ''].join('\n');
  return block + kept;
}

/** The static rules of a `_redirects` file: source path → destination (wildcards and placeholders are left out). */
export function parseRedirects(text: string): Map<string, string> {
  const rules = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [from, to] = line.split(/\s+/);
    if (from === undefined || to === undefined || from.includes('*') || from.includes(':')) continue;
    if (!rules.has(from)) rules.set(from, to);
  }
  return rules;
}
