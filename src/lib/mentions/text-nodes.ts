/**
 * Which parts of a Markdown tree can mention an entity (docs/matching.md,
 * "Where in an article mentions are looked for"): paragraphs, lists, block quotes, tables and headings do;
 * code, raw HTML, link text and image alt text never do. The scanner and the
 * linker both walk the tree through here, so they can never disagree.
 */
import type { Nodes, Parent, Root, Text } from 'mdast';

/** Subtrees whose text is never a mention. */
export const OPAQUE: ReadonlySet<string> = new Set(['code', 'inlineCode', 'html', 'link', 'linkReference', 'image', 'imageReference', 'definition', 'yaml', 'toml']);

/** Nodes that start a new run of prose, for context snippets. */
const BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell']);

export interface TextVisit {
  node: Text;
  parent: Parent;
  index: number;
  /** Inside a heading: counted as a mention, never linked. */
  inHeading: boolean;
  /** The paragraph, heading or table cell the text belongs to. */
  block: Parent;
}

export function isOpaque(node: Nodes): boolean {
  return OPAQUE.has(node.type);
}

export function isBlock(node: Nodes): node is Parent & Nodes {
  return BLOCKS.has(node.type);
}

/** Calls `visit` for every text node that may hold a mention, in document order. */
export function forEachMentionText(tree: Root, visit: (text: TextVisit) => void): void {
  const walk = (parent: Parent, inHeading: boolean, block: Parent) => {
    // Snapshot: a visitor may replace the node it is given with several nodes.
    const children = [...parent.children];
    let index = 0;
    // Text between inline HTML tags (`<b>قطر</b>`) is part of the raw HTML.
    let htmlDepth = 0;
    for (const child of children) {
      const position = parent.children.indexOf(child, index);
      index = position === -1 ? index : position;
      if (child.type === 'html') htmlDepth = Math.max(0, htmlDepth + tagBalance(child.value));
      else if (htmlDepth > 0) continue;
      else if (child.type === 'text') visit({ node: child, parent, index, inHeading, block });
      else if (!isOpaque(child) && 'children' in child) walk(child, inHeading || child.type === 'heading', isBlock(child) ? child : block);
    }
  };
  walk(tree, false, tree);
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** +1 for an opening tag, -1 for a closing one, 0 for comments, void and self-closing tags. */
export function tagBalance(html: string): number {
  let balance = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    if (VOID_ELEMENTS.has((name ?? '').toLowerCase()) || selfClosing) continue;
    balance += closing ? -1 : 1;
  }
  return balance;
}
