/**
 * What every page depends on besides its own props: the entity names (links
 * in every text), the code that renders Markdown, and the site settings.
 * What a page shows from the site index, the search dialog's choices among
 * it, is in its props (src/lib/pages/).
 */
import path from 'node:path';
import type { SiteIndex } from '../site-index.ts';
import type { SiteSettings } from '../config/site-settings.ts';
import { cacheKeyOf } from './page-key.ts';
import { digestSources } from './source-digest.ts';

/**
 * The code that turns Markdown into linked, sanitised HTML and finds the
 * mentions. Astro also hashes each page's own module graph; this digest keeps
 * a page's key honest even where that graph does not reach (the loader).
 */
const RENDERING_CODE = [
  'src/lib/markdown',
  'src/lib/linking',
  'src/lib/mentions',
  'src/lib/site-index.ts',
  'src/lib/security/sanitize.ts',
  'src/lib/arabic',
  'src/lib/entities',
  'src/loaders',
];

let codeDigest: string | undefined;

export function renderingCodeDigest(root: string = process.cwd()): string {
  return (codeDigest ??= digestSources(RENDERING_CODE.map((entry) => path.resolve(root, entry))));
}

// Every page asks; the answer changes only with the site index and the settings.
const siteKeys = new WeakMap<SiteIndex, Map<string, string>>();

export function siteKey(site: SiteIndex, settings: SiteSettings): string {
  let bySettings = siteKeys.get(site);
  if (!bySettings) siteKeys.set(site, (bySettings = new Map()));
  const settingsKey = JSON.stringify(settings);
  let key = bySettings.get(settingsKey);
  if (key === undefined) bySettings.set(settingsKey, (key = cacheKeyOf(site.generation, renderingCodeDigest(), settings)));
  return key;
}
