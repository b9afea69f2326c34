/**
 * One Content Security Policy for the whole site, for hosts that read a
 * `_headers` file: the union of the per-page policies Astro writes into each
 * page's <meta>, plus `frame-ancestors`, which a <meta> policy cannot carry.
 * Browsers enforce both, so the header can only tighten what a page allows.
 */

import { ownString } from '../mentions/own-string.ts';

/** Directives as an ordered map of directive name → sources. */
type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name, sources);
  }
  return policy;
}

/** The union of several policies: each directive lists every source any page needs, once, in first-seen order. */
export function mergePolicies(texts: readonly string[]): string {
  const merged: Policy = new Map();
  for (const text of texts) {
    for (const [name, sources] of parsePolicy(text)) {
      const list = merged.get(name) ?? [];
      for (const source of sources) if (!list.includes(source)) list.push(source);
      merged.set(name, list);
    }
  }
  merged.set('frame-ancestors', ["'none'"]);
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The `content` of every CSP <meta> in a page, each a string of its own: one
 * cut out of the page would keep the whole page's text alive, and the build
 * reads 100,000 of them (417 MB held at 11,488 pages before).
 */
export function metaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)].map((match) =>
    ownString(
      (match[1] ?? '')
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    ),
  );
}

/** `_headers` with the policy added to its `/*` block (created when missing). */
export function addPolicyToHeaders(headers: string, policy: string): string {
  const line = `  Content-Security-Policy: ${policy}`;
  const lines = headers.split('\n').filter((existing) => !existing.trim().startsWith('Content-Security-Policy:'));
  const block = lines.findIndex((existing) => existing.trim() === '/*');
  if (block === -1) return `${lines.join('\n').trimEnd()}\n\n/*\n${line}\n`;
  lines.splice(block + 1, 0, line);
  return lines.join('\n');
}
