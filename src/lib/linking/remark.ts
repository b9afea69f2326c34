/**
 * The entity linker as a remark plugin, for Astro's unified processor. It
 * walks the Markdown tree through `forEachMentionText`, so code, raw HTML and
 * existing links are out of reach by construction, and headings are skipped.
 */
import type { Nodes, Root } from 'mdast';
// Declares `data.hProperties`, which remark-rehype turns into HTML attributes.
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { forEachMentionText } from '../mentions/text-nodes.ts';
import { EXTERNAL_REL, isExternalHref } from './external.ts';
import { planDocumentLinks, type EntityLinkOptions } from './plan.ts';

export function remarkEntityLinks(options: EntityLinkOptions) {
  return (tree: Root, file: VFile): void => {
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    const plan = planDocumentLinks(options, { filePath: file.path, frontmatter });
    if (!plan) return;
    forEachMentionText(tree, ({ node, parent, index, inHeading }) => {
      if (inHeading) return;
      const pieces = plan(node.value);
      if (pieces) parent.children.splice(index, 1, ...pieces);
    });
  };
}

/** remark plugin: `rel="noopener noreferrer"` on every Markdown link that leaves the site. */
export function remarkExternalLinks(siteUrl: string | undefined) {
  return (tree: Root): void => {
    const visit = (node: Nodes) => {
      if (node.type === 'link' && isExternalHref(node.url, siteUrl)) {
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, rel: EXTERNAL_REL.split(' ') } };
      }
      if ('children' in node) node.children.forEach(visit);
    };
    visit(tree);
  };
}
