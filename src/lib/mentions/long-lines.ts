/**
 * Sätteri's parser, asked for positions, spends time proportional to the
 * length of a line for each inline node on it when the line holds non-ASCII
 * text (it converts byte offsets to UTF-16 columns from the line's start). A
 * normal line costs nothing; an 800 KB paragraph written on one line with
 * 10,000 bold names or links costs minutes. Parsing without positions costs
 * no such thing.
 *
 * So a body whose lines are that costly is parsed twice: once as written,
 * without positions, for the tree; once with its long lines folded (some
 * spaces between words made line breaks: same length, so every offset is
 * the same, and a soft line break reads as a space), with positions, for the
 * offsets. The two trees must have the same shape, node for node; then the
 * first gets the second's offsets. Where folding would change the document
 * (a fold that ends an HTML block early, say), the shapes differ and the
 * body is refused, with its costliest line, rather than parsed for minutes.
 */
import type { Nodes, Root } from 'mdast';
import { positionOf } from './lines.ts';

/**
 * About 50 ms of position bookkeeping (measured: 0.5 ns per unit of
 * `positionCost`). Bodies under it are parsed once, with positions.
 */
export const FOLD_ABOVE_COST = 100_000_000;

/** About a second: a body still this costly once folded is refused (it would need an 800 KB line without spaces). */
export const REFUSE_ABOVE_COST = 2_000_000_000;

/** Folded lines are about this long. */
const FOLDED_LINE = 200;

/** The line that makes a body costly to parse with positions. */
export interface CostlyLine {
  /** Offset of the line's start. */
  offset: number;
  length: number;
}

/**
 * An upper bound on the parser's position bookkeeping for `source`: for each
 * line with non-ASCII text, its length times its ASCII punctuation (every
 * inline node starts with some: `*`, `[`, `` ` ``, `<`, `&`, `:` of a bare URL),
 * summed; and the line where it is largest. One pass.
 */
export function positionCost(source: string): { cost: number; worst: CostlyLine } {
  let cost = 0;
  let worst: CostlyLine & { cost: number } = { offset: 0, length: 0, cost: 0 };
  let lineStart = 0;
  let marks = 0;
  let wide = false;
  for (let index = 0; index <= source.length; index++) {
    const code = index < source.length ? source.charCodeAt(index) : 0x0a;
    if (code === 0x0a) {
      const lineCost = wide ? marks * (index - lineStart) : 0;
      cost += lineCost;
      if (lineCost > worst.cost) worst = { offset: lineStart, length: index - lineStart, cost: lineCost };
      lineStart = index + 1;
      marks = 0;
      wide = false;
    } else if (code > 0x7f) wide = true;
    else if (isAsciiPunctuation(code)) marks++;
  }
  return { cost, worst: { offset: worst.offset, length: worst.length } };
}

function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e)
  );
}

/**
 * The source with its long lines cut into lines of about FOLDED_LINE code
 * units, by turning a space into a line break: only a single space after a
 * non-space (not a backslash, which would make a hard break) and before what
 * cannot start a block (see `startsContinuation`), and never in fenced code,
 * in indented code, in headings or in table rows, whose lines mean something
 * else when cut. Same length as the source.
 */
export function foldLongLines(source: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  let start = 0;
  while (start <= source.length) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    const line = source.slice(start, end);
    const content = line.replace(/^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]?/, '');
    const fenceMark = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(content)?.[1];
    if (fence !== undefined) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      out.push(line);
    } else if (fenceMark) {
      fence = fenceMark;
      out.push(line);
    } else if (line.length > 2 * FOLDED_LINE && !/^(?: {4}|\t|#)/.test(content) && !line.includes('|')) out.push(fold(line));
    else out.push(line);
    if (newline === -1) break;
    start = newline + 1;
  }
  return out.join('\n');
}

/** One line, cut at suitable spaces every FOLDED_LINE code units or so. */
function fold(line: string): string {
  const parts: string[] = [];
  let partStart = 0;
  let since = 0;
  for (let index = 1; index < line.length - 1; index++) {
    since++;
    if (since < FOLDED_LINE || line.charCodeAt(index) !== 0x20) continue;
    const before = line.charCodeAt(index - 1);
    if (before === 0x20 || before === 0x09 || before === 0x5c || !startsContinuation(line, index + 1)) continue;
    parts.push(line.slice(partStart, index));
    partStart = index + 1;
    since = 0;
  }
  parts.push(line.slice(partStart));
  return parts.join('\n');
}

/**
 * Whether a line starting at `at` would continue the paragraph above it: it
 * starts with a letter, or with emphasis, strikethrough, code or a link
 * opening on a letter (`*و`, `**و`, `~~و`, `` `و ``, `[و`), none of which can
 * start a block. List markers, block quotes, headings, fences, HTML, digits
 * (`1.` starts a list) and the rest are never put at the start of a line.
 */
function startsContinuation(line: string, at: number): boolean {
  const letter = (offset: number) => /\p{L}/u.test(line[at + offset] ?? '');
  const char = line[at] ?? '';
  if (letter(0)) return true;
  if (char === '*' || char === '_' || char === '~' || char === '`') return letter(1) || (line[at + 1] === char && letter(2));
  return (char === '[' || char === '(' || char === '«') && letter(1);
}

/**
 * Gives each node of `tree` the position of its counterpart in `positioned`,
 * with lines and columns counted in the original source (folding added
 * lines). False, and `tree` left partly positioned, when the two trees differ
 * in shape. Iterative, with an explicit stack: the trees may be deep.
 */
export function graftPositions(tree: Root, positioned: Root, lineStarts: readonly number[]): boolean {
  const stack: Array<[Nodes, Nodes]> = [[tree, positioned]];
  for (let pair = stack.pop(); pair; pair = stack.pop()) {
    const [node, source] = pair;
    if (node.type !== source.type) return false;
    if ('value' in node && 'value' in source && node.value.length !== source.value.length) return false;
    const start = source.position?.start.offset;
    const end = source.position?.end.offset;
    if (start !== undefined && end !== undefined) node.position = { start: pointAt(lineStarts, start), end: pointAt(lineStarts, end) };
    const children = 'children' in node ? node.children : [];
    const counterparts = 'children' in source ? source.children : [];
    if (children.length !== counterparts.length) return false;
    for (let index = 0; index < children.length; index++) stack.push([children[index] as Nodes, counterparts[index] as Nodes]);
  }
  return true;
}

function pointAt(lineStarts: readonly number[], offset: number): { line: number; column: number; offset: number } {
  return { ...positionOf(lineStarts, offset), offset };
}
