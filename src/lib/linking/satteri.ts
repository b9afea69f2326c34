/**
 * The entity linker as a Sätteri mdast plugin, for Astro's default Markdown
 * processor. Same planner and the same eligibility rules as the remark
 * plugin; Sätteri hands us text nodes one by one, so the ancestors are
 * checked here instead of by a tree walk.
 */
import { fileURLToPath } from 'node:url';
import type { Html, Link, Nodes, Parents, Text } from 'mdast';
import type { MdastPluginEntry, MdastTarget, MdastVisitorContext } from 'satteri';
import { OPAQUE, tagBalance } from '../mentions/text-nodes.ts';
import { EXTERNAL_REL, isExternalHref } from './external.ts';
import { planDocumentLinks, type EntityLinkOptions } from './plan.ts';

export function satteriEntityLinks(options: EntityLinkOptions): MdastPluginEntry {
  return (factory) => {
    const astro = (factory.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
    const plan = planDocumentLinks(options, {
      filePath: factory.fileURL ? fileURLToPath(factory.fileURL) : undefined,
      frontmatter: astro?.frontmatter,
    });
    if (!plan) return null;
    return {
      name: 'marsad:entity-links',
      text(node: Readonly<Text>, context: MdastVisitorContext) {
        if (!linkable(node, context)) return;
        const pieces = plan(node.value);
        if (pieces) context.replaceNode(node, pieces);
      },
    };
  };
}

/** Not under a heading, a link or another opaque node, and not between inline HTML tags. */
function linkable(node: Readonly<Text>, context: MdastVisitorContext): boolean {
  const parentOf = (target: Readonly<MdastTarget>): Readonly<Parents> | undefined => context.parent(target);
  let child: Readonly<Nodes> = node;
  for (let parent = parentOf(node); parent; child = parent, parent = parentOf(parent)) {
    if (parent.type === 'heading' || OPAQUE.has(parent.type)) return false;
    const index = context.indexOf(child) ?? 0;
    let depth = 0;
    for (const sibling of parent.children.slice(0, index)) {
      if (sibling.type === 'html') depth = Math.max(0, depth + tagBalance((sibling as Html).value));
    }
    if (depth > 0) return false;
  }
  return true;
}

/** Sätteri plugin: `rel="noopener noreferrer"` on every Markdown link that leaves the site. */
export function satteriExternalLinks(siteUrl: string | undefined): MdastPluginEntry {
  return {
    name: 'marsad:external-links',
    link(node: Readonly<Link>, context: MdastVisitorContext) {
      if (!isExternalHref(node.url, siteUrl)) return;
      const data = (node.data ?? {}) as Record<string, unknown>;
      const properties = (data['hProperties'] ?? {}) as Record<string, unknown>;
      context.setProperty(node, 'data', { ...data, hProperties: { ...properties, rel: EXTERNAL_REL } });
    },
  };
}
