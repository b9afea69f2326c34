/**
 * The one script that must run inline, before the first paint, and the hash
 * that lets it run under the Content Security Policy (`script-src` admits no
 * inline script without its hash).
 */
import { createHash } from 'node:crypto';

/** Applies the reader's remembered theme before the page paints, so the other theme never flashes. */
export const THEME_SCRIPT =
  "try{const t=localStorage.getItem('marsad-theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch{}";

/** `sha256-…` as CSP writes it. */
export function cspHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}
