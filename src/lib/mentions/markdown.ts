/**
 * The one Markdown parser the mention scanner uses: Sätteri, the parser Astro
 * renders the site with (CommonMark + GFM), so the scanner sees the same tree
 * the linker does. Its native parser reads 10,000 articles in a fraction of
 * the time micromark takes (`npm run bench`, stage "mention index").
 */
import type { Nodes, Parent, Root, Text } from 'mdast';
import { markdownToMdast } from 'satteri';

/** Frontmatter is split off before parsing: a body that starts with `---` starts with a thematic break. */
const FEATURES = { gfm: true, frontmatter: false };

export function parseMarkdownTree(markdown: string): Root {
  return markdownToMdast(markdown, { features: FEATURES }) as unknown as Root;
}

/** The readable text of a block, and where each of its text nodes starts in it. */
export interface BlockText {
  text: string;
  offsets: Map<Text, number>;
}

export function blockText(block: Parent): BlockText {
  let text = '';
  const offsets = new Map<Text, number>();
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      offsets.set(node, text.length);
      text += node.value;
    } else if (node.type === 'inlineCode') text += node.value;
    else if (node.type === 'break') text += ' ';
    else if (node.type !== 'html' && node.type !== 'image' && 'children' in node) node.children.forEach(walk);
  };
  block.children.forEach((child) => walk(child as Nodes));
  return { text, offsets };
}
