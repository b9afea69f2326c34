/**
 * Which parts of a Markdown tree can mention an entity (docs/matching.md,
 * "Where in an article mentions are looked for"): paragraphs, lists, block quotes, tables and headings do;
 * code, raw HTML, link text and image alt text never do. The scanner and the
 * linker both walk the tree through here, so they can never disagree.
 */
import type { Nodes, Parent, Root, Text } from 'mdast';

/** Subtrees whose text is never a mention. */
export const OPAQUE: ReadonlySet<string> = new Set([
  'code',
  'inlineCode',
  'html',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'definition',
  'yaml',
  'toml',
]);

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

function isOpaque(node: Nodes): boolean {
  return OPAQUE.has(node.type);
}

function isBlock(node: Nodes): node is Parent & Nodes {
  return BLOCKS.has(node.type);
}

/** What is left to visit of one parent's children. */
interface Frame {
  parent: Parent;
  /** Snapshot: a visitor may replace the node it is given with several nodes. */
  children: Parent['children'];
  next: number;
  /** Where the last visited child stood in `parent.children`. */
  index: number;
  /** Text between inline HTML tags (`<b>قطر</b>`) is part of the raw HTML. */
  htmlDepth: number;
  inHeading: boolean;
  block: Parent;
}

/**
 * Calls `visit` for every text node that may hold a mention, in document
 * order. The visitor may replace the node it is given with several nodes
 * (`parent.children.splice(index, 1, ...pieces)`); the walk goes on after them.
 *
 * Iterative, with an explicit stack of frames: the scan runs before the
 * nesting check (it is what finds the depth), so it meets documents nested
 * thousands deep, deeper than the call stack would go.
 */
export function forEachMentionText(tree: Root, visit: (text: TextVisit) => void): void {
  const frameOf = (parent: Parent, inHeading: boolean, block: Parent): Frame => ({
    parent,
    children: [...parent.children],
    next: 0,
    index: 0,
    htmlDepth: 0,
    inHeading,
    block,
  });
  const stack: Frame[] = [frameOf(tree, false, tree)];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const child = frame.children[frame.next++];
    if (!child) {
      stack.pop();
      continue;
    }
    // Searching on from the last position finds the child after the pieces a visitor put before it, in time linear in the children.
    const position = frame.parent.children.indexOf(child, frame.index);
    frame.index = position === -1 ? frame.index : position;
    if (child.type === 'html') frame.htmlDepth = Math.max(0, frame.htmlDepth + tagBalance(child.value));
    else if (frame.htmlDepth > 0) continue;
    else if (child.type === 'text')
      visit({ node: child, parent: frame.parent, index: frame.index, inHeading: frame.inHeading, block: frame.block });
    else if (!isOpaque(child) && 'children' in child) {
      stack.push(frameOf(child, frame.inHeading || child.type === 'heading', isBlock(child) ? child : frame.block));
    }
  }
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * +1 for an opening tag, -1 for a closing one, 0 for comments, void and
 * self-closing tags. A tag never spans a `<`: a block of raw HTML full of
 * `<` that never close is then read in one pass, not once from each `<`.
 */
export function tagBalance(html: string): number {
  let balance = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^<>]*?(\/?)>/g)) {
    if (VOID_ELEMENTS.has((name ?? '').toLowerCase()) || selfClosing) continue;
    balance += closing ? -1 : 1;
  }
  return balance;
}
