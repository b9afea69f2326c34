/**
 * The one Markdown parser the mention scanner uses: Sätteri, the parser Astro
 * renders the site with (CommonMark + GFM), so the scanner sees the same tree
 * the linker does. Its native parser reads 10,000 articles in a fraction of
 * the time micromark takes (`npm run bench`, stage "mention index").
 */
import type { Nodes, Parent, Root, Text } from 'mdast';
import { markdownToMdast } from 'satteri';
import { deepLine, treeNesting, type Deepest } from '../markdown/nesting.ts';
import { lineStartsOf } from './lines.ts';
import { FOLD_ABOVE_COST, foldLongLines, graftPositions, positionCost, REFUSE_ABOVE_COST, type CostlyLine } from './long-lines.ts';

/** Frontmatter is split off before parsing: a body that starts with `---` starts with a thematic break. */
const FEATURES = { gfm: true, frontmatter: false };

/** Why a body was not parsed: a line nests too deep, or is too costly to parse with positions (src/lib/mentions/long-lines.ts). */
type Refusal = ({ reason: 'nesting' } & Deepest) | ({ reason: 'long line' } & CostlyLine);

/** A parsed body, or why it was not parsed. */
export interface ParsedBody {
  /** Every node has its position in the body; empty when the body was refused. */
  tree: Root;
  refused: Refusal | undefined;
}

/**
 * Parses a body, with positions, unless the parser would stall on it: a line
 * that opens thousands of block quotes or lists, or a paragraph with
 * thousands of link brackets open (the parser's time grows with the square
 * of them: `deepLine`), or long lines so full of inline markup that the
 * parser's position bookkeeping would take minutes and folding them does not
 * help. A refused body gets an empty tree, and `npm run check` reports why.
 * Every step is linear in the body.
 */
export function parseBody(markdown: string): ParsedBody {
  const deep = deepLine(markdown);
  if (deep) return refuse({ reason: 'nesting', ...deep });
  const { cost, worst } = positionCost(markdown);
  if (cost <= FOLD_ABOVE_COST) return { tree: parse(markdown, true), refused: undefined };
  const folded = foldLongLines(markdown);
  if (positionCost(folded).cost > REFUSE_ABOVE_COST) return refuse({ reason: 'long line', ...worst });
  const tree = parse(markdown, false);
  if (!graftPositions(tree, parse(folded, true), lineStartsOf(markdown))) return refuse({ reason: 'long line', ...worst });
  return { tree, refused: undefined };
}

function parse(markdown: string, position: boolean): Root {
  return markdownToMdast(markdown, { features: FEATURES, position }) as unknown as Root;
}

function refuse(refused: Refusal): ParsedBody {
  return { tree: { type: 'root', children: [] }, refused };
}

/**
 * The deepest point of a parsed body (src/lib/markdown/nesting.ts). A body
 * refused for a long line is parsed once more without positions (linear:
 * only positions made it costly), so that its depth is known all the same;
 * its deepest point is then put at the long line.
 */
export function bodyNesting(parsed: ParsedBody, markdown: string): Deepest {
  const { tree, refused } = parsed;
  if (refused?.reason === 'nesting') return { depth: refused.depth, offset: refused.offset };
  if (refused) return { depth: treeNesting(parse(markdown, false), markdown).depth, offset: refused.offset };
  return treeNesting(tree, markdown);
}

/** The body's tree; empty for a body the parser would stall on, which `npm run check` reports. */
export function parseMarkdownTree(markdown: string): Root {
  return parseBody(markdown).tree;
}

/** The readable text of a block, and where each of its text nodes starts in it. */
export interface BlockText {
  text: string;
  offsets: Map<Text, number>;
}

/**
 * Iterative, with an explicit stack: a block is any paragraph, and emphasis
 * or links in it may nest deeper than the call stack goes (the build checks
 * nesting only after the scan that calls this).
 */
export function blockText(block: Parent): BlockText {
  const pieces: string[] = [];
  let length = 0;
  const offsets = new Map<Text, number>();
  const stack: Nodes[] = [];
  const pushChildren = (parent: Parent) => {
    for (let index = parent.children.length - 1; index >= 0; index--) stack.push(parent.children[index] as Nodes);
  };
  pushChildren(block);
  for (let node = stack.pop(); node; node = stack.pop()) {
    let piece = '';
    if (node.type === 'text') {
      offsets.set(node, length);
      piece = node.value;
    } else if (node.type === 'inlineCode') piece = node.value;
    else if (node.type === 'break') piece = ' ';
    else if (node.type !== 'html' && node.type !== 'image' && 'children' in node) pushChildren(node);
    if (piece) {
      pieces.push(piece);
      length += piece.length;
    }
  }
  return { text: pieces.join(''), offsets };
}
