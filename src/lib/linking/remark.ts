/**
 * The entity linker as a remark plugin, for Astro's unified processor. It
 * walks the Markdown tree through `forEachMentionText`, so code, raw HTML and
 * existing links are out of reach by construction, and headings are skipped.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { forEachMentionText } from '../mentions/text-nodes.ts';
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
