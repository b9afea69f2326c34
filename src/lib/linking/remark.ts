/**
 * The entity linker as a remark plugin, for Astro's unified processor. It
 * walks the Markdown tree through `forEachMentionText`, so code, raw HTML and
 * existing links are out of reach by construction, and headings are skipped.
 */
import type { Nodes, Parent, Root } from 'mdast';
// Declares `data.hProperties`, which remark-rehype turns into HTML attributes.
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { forEachMentionText } from '../mentions/text-nodes.ts';
import { EXTERNAL_REL, isExternalHref } from './outbound.ts';
import { planDocumentLinks, type EntityLinkOptions } from './plan.ts';

export function remarkEntityLinks(options: EntityLinkOptions) {
  return (tree: Root, file: VFile): void => {
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    const plan = planDocumentLinks(options, { filePath: file.path, frontmatter, source: String(file.value) });
    if (!plan) return;
    // Replacements are gathered during the walk (an iterative one: forEachMentionText) and each parent's children rebuilt once after it:
    // splicing every linked text node into place would move all the siblings after it each time, quadratic in a paragraph's nodes.
    const replacements = new Map<Parent, Map<number, Parent['children']>>();
    forEachMentionText(tree, ({ node, parent, index, inHeading }) => {
      if (inHeading) return;
      const pieces = plan(node.value);
      if (!pieces) return;
      let byIndex = replacements.get(parent);
      if (!byIndex) replacements.set(parent, (byIndex = new Map()));
      byIndex.set(index, pieces);
    });
    for (const [parent, byIndex] of replacements) {
      parent.children = parent.children.flatMap((child, index) => byIndex.get(index) ?? [child]) as Parent['children'];
    }
  };
}

/**
 * remark plugin: `rel="noopener noreferrer"` on every Markdown link that
 * leaves the site. Iterative, with an explicit stack: it needs no order and
 * must not depend on how deep the document nests.
 */
export function remarkExternalLinks(siteUrl: string | undefined) {
  return (tree: Root): void => {
    const stack: Nodes[] = [tree];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.type === 'link' && isExternalHref(node.url, siteUrl)) {
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, rel: EXTERNAL_REL.split(' ') } };
      }
      // A loop, not push(...children): spreading a paragraph of 100,000 nodes as arguments overflows the stack too.
      if ('children' in node) for (const child of node.children) stack.push(child);
    }
  };
}
