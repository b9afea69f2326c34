/** The one Markdown parser the mention scanner uses: the same dialect (CommonMark + GFM) Astro renders with. */
import type { Nodes, Parent, Root, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdownTree(markdown: string): Root {
  return parser.runSync(parser.parse(markdown)) as Root;
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
