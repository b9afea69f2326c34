/**
 * What to link in a document, independent of the Markdown processor: given
 * the text of one eligible text node, the pieces that replace it. One planner
 * per document, since "first mention" is counted across the whole document.
 */
import type { Link, PhrasingContent } from 'mdast';
// Declares `data.hProperties`, which both processors turn into HTML attributes.
import type {} from 'mdast-util-to-hast';
import path from 'node:path';
import { normalize } from '../arabic/normalize.ts';
import type { EntityCollection } from '../content/schema.ts';
import { entitiesInEvidence, keepAdmitted, type DocumentEvidence } from '../entities/evidence.ts';
import type { Matcher } from '../entities/matcher.ts';
import { entityKey, type EntityKey, type Registry } from '../entities/registry.ts';
import { withBase } from '../config/site-settings.ts';
import { entityPath } from '../pages/urls.ts';

/** Which mentions become links: the first of each entity per document, every one, or none. */
export type AutolinkMode = 'first' | 'all' | 'none';

/** What the planner reads of the site: the registry, the matcher, and what each content file is about. */
interface LinkingSite {
  registry: Registry;
  matcher: Matcher;
  /** The site index's view of a content file; absent for Markdown outside the content root. */
  evidence?: (file: string) => DocumentEvidence | undefined;
}

export interface EntityLinkOptions {
  /** The current registry and matcher (rebuilt when entity files change). */
  site: () => LinkingSite;
  /** Absolute content root, to tell articles from entity descriptions. */
  contentRoot: string;
  basePath: string;
  mode: AutolinkMode;
}

export interface DocumentContext {
  /** Absolute path of the Markdown file. */
  filePath: string | undefined;
  frontmatter: Record<string, unknown> | undefined;
  /** The Markdown being rendered: what the site index knows of the file holds only for the text it scanned. */
  source?: string;
}

/** Replacement pieces for a text node, or undefined to leave it as it is. */
export interface LinkPlanner {
  (text: string): PhrasingContent[] | undefined;
  /** Whether nothing is left to link in the document, so its remaining text nodes need not be looked at. */
  finished(): boolean;
}

/** A planner for one document, or undefined when nothing in it is to be linked. */
export function planDocumentLinks(options: EntityLinkOptions, document: DocumentContext): LinkPlanner | undefined {
  if (options.mode === 'none' || document.frontmatter?.['autolink'] === false) return undefined;
  const { registry, matcher, evidence } = options.site();
  const self = ownKey(document.filePath, options.contentRoot);
  const english = document.frontmatter?.['lang'] === 'en';
  const linked = new Set<string>();
  const known = document.filePath ? evidence?.(document.filePath) : undefined;
  const context = { date: known ? known.date : frontmatterDate(document.frontmatter) };
  // Markdown the site index has not scanned: its frontmatter and the strong names met so far decide.
  const admitted = new Set<string>(known ? known.admitted : namedIn(document.frontmatter));
  // Linking the first mention only, a document the index has scanned is done once its entities are linked;
  // a text it did not scan (edited since, or rendered by other means) may name others.
  const scannedThis = known?.linkable !== undefined && document.source !== undefined && document.source === known.scanned;
  const unlinked = options.mode === 'first' && scannedThis ? new Set(known.linkable) : undefined;
  unlinked?.delete(self ?? '');

  const finished = () => unlinked?.size === 0;
  const plan = (text: string): PhrasingContent[] | undefined => {
    if (finished()) return undefined;
    const pieces: PhrasingContent[] = [];
    let cursor = 0;
    const matches = matcher.findAll(text, context);
    if (!known) for (const match of entitiesInEvidence([], matches)) admitted.add(match);
    for (const match of keepAdmitted(matches, admitted)) {
      const entity = registry.byKey.get(match.key as EntityKey);
      if (!entity || match.key === self || (options.mode === 'first' && linked.has(match.key))) continue;
      linked.add(match.key);
      unlinked?.delete(match.key);
      if (match.start > cursor) pieces.push({ type: 'text', value: text.slice(cursor, match.start) });
      const names = english && entity.data.name_en ? [entity.data.name_en, entity.data.name] : [entity.data.name, entity.data.name_en];
      pieces.push(entityLink(text.slice(match.start, match.end), entity.collection, entity.id, names, options.basePath));
      cursor = match.end;
    }
    if (pieces.length === 0) return undefined;
    if (cursor < text.length) pieces.push({ type: 'text', value: text.slice(cursor) });
    return pieces;
  };
  return Object.assign(plan, { finished });
}

/** `names`: the entity's names, the one for the document's language first. */
function entityLink(written: string, collection: EntityCollection, id: string, names: Array<string | undefined>, basePath: string): Link {
  // The visible text may be a short alias ("حفتر"); the accessible name then also gives the full name.
  const writtenKey = normalize(written);
  const label = names.some((name) => name !== undefined && normalize(name) === writtenKey) ? undefined : `${written} (${names[0]})`;
  return {
    type: 'link',
    url: withBase(basePath, entityPath(collection, id)),
    children: [{ type: 'text', value: written }],
    data: {
      hProperties: { className: ['entity-link'], dataEntity: entityKey({ collection, id }), ...(label ? { ariaLabel: label } : {}) },
    },
  };
}

/** Entity keys an article's frontmatter lists. */
function namedIn(frontmatter: Record<string, unknown> | undefined): string[] {
  const ids = (field: string): string[] => {
    const value = frontmatter?.[field];
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string').map((id) => `${field}/${id}`) : [];
  };
  return [...ids('actors'), ...ids('agreements')];
}

/** The frontmatter's `date` as YYYY-MM-DD (YAML readers give text or a Date). */
function frontmatterDate(frontmatter: Record<string, unknown> | undefined): string | undefined {
  const value = frontmatter?.['date'];
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : undefined;
}

/** `actors/qatar` for an entity description, undefined for an article. */
function ownKey(filePath: string | undefined, contentRoot: string): string | undefined {
  if (!filePath) return undefined;
  const relative = path.relative(contentRoot, filePath).split(path.sep).join('/');
  const match = /^(actors|agreements)\/([^/]+)\.md$/.exec(relative);
  return match ? `${match[1]}/${match[2]}` : undefined;
}
