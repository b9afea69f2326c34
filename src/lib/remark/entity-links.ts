/**
 * remark plugin: links mentions of actors and agreements to their pages.
 * It works on the Markdown tree, so code, raw HTML and existing links are
 * out of reach by construction; headings are counted elsewhere but never
 * linked, and an entity description never links to its own page.
 */
import path from 'node:path';
import type { Link, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
// Declares `data.hProperties`, which remark-rehype turns into HTML attributes.
import type {} from 'mdast-util-to-hast';
import { normalize } from '../arabic/normalize.ts';
import type { EntityCollection } from '../content/schema.ts';
import type { Matcher } from '../entities/matcher.ts';
import type { EntityKey, Registry } from '../entities/registry.ts';
import { withBase } from '../site.ts';
import { entityPath } from '../urls.ts';
import { forEachMentionText } from '../mentions/text-nodes.ts';

/** Which mentions become links: the first of each entity per document, every one, or none. */
export type AutolinkMode = 'first' | 'all' | 'none';

export interface EntityLinkOptions {
  /** The current registry and matcher (rebuilt when entity files change). */
  site: () => { registry: Registry; matcher: Matcher };
  /** Absolute content root, to tell articles from entity descriptions. */
  contentRoot: string;
  basePath: string;
  mode: AutolinkMode;
}

export function remarkEntityLinks(options: EntityLinkOptions) {
  return (tree: Root, file: VFile): void => {
    if (options.mode === 'none') return;
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    if (frontmatter?.['autolink'] === false) return;
    const { registry, matcher } = options.site();
    const self = ownKey(file.path, options.contentRoot);
    const linked = new Set<string>();
    const english = frontmatter?.['lang'] === 'en';

    forEachMentionText(tree, ({ node, parent, index, inHeading }) => {
      if (inHeading) return;
      const matches = matcher.findAll(node.value).filter((match) => {
        if (match.key === self) return false;
        if (options.mode === 'first' && linked.has(match.key)) return false;
        linked.add(match.key);
        return true;
      });
      if (matches.length === 0) return;

      const pieces: PhrasingContent[] = [];
      let cursor = 0;
      for (const match of matches) {
        const entity = registry.byKey.get(match.key as EntityKey);
        if (!entity) continue;
        if (match.start > cursor) pieces.push({ type: 'text', value: node.value.slice(cursor, match.start) });
        const written = node.value.slice(match.start, match.end);
        const names = english && entity.data.name_en ? [entity.data.name_en, entity.data.name] : [entity.data.name, entity.data.name_en];
        pieces.push(entityLink(written, entity.collection, entity.id, names, options.basePath));
        cursor = match.end;
      }
      if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
      parent.children.splice(index, 1, ...pieces);
    });
  };
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
    data: { hProperties: { className: ['entity-link'], dataEntity: `${collection}/${id}`, ...(label ? { ariaLabel: label } : {}) } },
  };
}

/** `actors/qatar` for an entity description, undefined for an article. */
function ownKey(filePath: string | undefined, contentRoot: string): string | undefined {
  if (!filePath) return undefined;
  const relative = path.relative(contentRoot, filePath).split(path.sep).join('/');
  const match = /^(actors|agreements)\/([^/]+)\.md$/.exec(relative);
  return match ? `${match[1]}/${match[2]}` : undefined;
}
