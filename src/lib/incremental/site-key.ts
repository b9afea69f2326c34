/**
 * What every page depends on besides its own data: the entity names (links
 * in every text), the code that renders Markdown, the site settings, and the
 * search dialog's filter choices (years and types) that every page carries.
 */
import path from 'node:path';
import type { SiteIndex } from '../mentions/load.ts';
import { siteFilterChoices } from '../search/filters.ts';
import type { SiteSettings } from '../site.ts';
import { cacheKeyOf } from './page-key.ts';
import { digestSources } from './source-digest.ts';

/**
 * The code that turns Markdown into linked, sanitised HTML. Astro keeps
 * rendered documents between builds, so a change here must count as a change
 * of every document (and of every page that shows one).
 */
export const RENDERING_CODE = ['src/lib/linking', 'src/lib/security/sanitize.ts', 'src/lib/arabic/normalize.ts', 'src/lib/entities', 'src/loaders'];

let codeDigest: string | undefined;

export function renderingCodeDigest(root: string = process.cwd()): string {
  return (codeDigest ??= digestSources(RENDERING_CODE.map((entry) => path.resolve(root, entry))));
}

const siteKeys = new WeakMap<SiteIndex, string>();

export function siteKey(site: SiteIndex, settings: SiteSettings): string {
  let key = siteKeys.get(site);
  if (key === undefined) siteKeys.set(site, (key = cacheKeyOf(site.generation, renderingCodeDigest(), settings, siteFilterChoices(site))));
  return key;
}
