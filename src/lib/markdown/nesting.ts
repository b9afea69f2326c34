/**
 * How deeply a Markdown document nests: block quotes, lists, emphasis, links
 * and raw HTML elements inside one another. The renderers the site depends
 * on (Astro's Markdown processors, mdast-util-to-hast, hast-util-sanitize,
 * hast-util-to-html) recurse once per level, so a document nested thousands
 * deep would overflow their stack; `npm run check` refuses such a document
 * before any of them sees it (src/lib/check/nesting.ts).
 *
 * Everything here is iterative: it measures documents that are too deep for
 * anything recursive, so it must not recurse itself.
 */
import type { Html, Nodes, Root } from 'mdast';
import { problemFrom, type Position, type Problem } from '../content/problem.ts';
import { say } from '../messages/format.ts';

/**
 * The deepest nesting a document may have. No real article comes near it (a
 * quote in a list in a quote is 5 levels), and it stays far below both what
 * the recursive renderers survive (thousands of levels) and what browsers
 * build: Chromium's HTML parser stops nesting elements at 512 levels and
 * flattens the rest, so a deeper page would not even show what was written.
 * 100 leaves room under 512 for the page around the text and for Markdown
 * levels that become two HTML elements (a list item is `<ul><li>`).
 */
export const MAX_NESTING = 100;

/**
 * Sätteri's parser takes time quadratic in the number of block quotes and
 * list items opened on one line (100,000 `> ` take 17 s), and in the number
 * of link brackets open at once around emphasis, so a body with a line or a
 * paragraph past this many is not parsed at all: it is reported from the
 * text (`deepLine`). Ten times MAX_NESTING: that deep is over the limit
 * whatever the rest of the document says, and parsing even a megabyte of
 * text just under it stays within a second or two.
 */
const MAX_PARSED_LINE_NESTING = 10 * MAX_NESTING;

/**
 * The deepest HTML the sanitiser is given to parse (src/lib/security/sanitize.ts),
 * whatever the check said: Chromium's own limit. hast-util-from-html and
 * hast-util-sanitize recurse once per element and overflow the stack at
 * about 3,000 levels.
 */
export const MAX_HTML_NESTING = 512;

/** The deepest point of a document. */
export interface Deepest {
  /** Levels from the top of the document down to the deepest node, that node included. */
  depth: number;
  /** Offset of the deepest node in the source (UTF-16 code units). */
  offset: number;
}

/** Elements an HTML parser never nests: they have no end tag. */
const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * Elements whose end tag may be left out: a second `<p>` or `<li>` closes the
 * first instead of nesting inside it, as the HTML parser does, so pasted HTML
 * that never closes its paragraphs is not counted as deep.
 */
const SELF_CLOSING_SIBLINGS: ReadonlySet<string> = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'rb',
  'rt',
  'rp',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
]);

/**
 * A comment (skipped: its tags are text), or a start or end tag. No part can
 * run past a `<`, so a text full of `<` that never closes is read in one
 * pass rather than once from each `<`.
 */
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][\w-]*)(?:[^<>"']|"[^"<]*"|'[^'<]*')*?(\/?)>/g;

/**
 * Elements left open by a run of raw HTML, as a stack of tag names, with the
 * count of each name so that a closing tag is matched without searching.
 */
class OpenElements {
  readonly names: string[] = [];
  readonly #counts = new Map<string, number>();

  get size(): number {
    return this.names.length;
  }

  /** Reads one raw HTML fragment; returns how many elements were open at its deepest, and where in it that was. */
  read(html: string): { deepest: number; at: number } {
    let deepest = this.size;
    let at = 0;
    for (const match of html.matchAll(TAG)) {
      const [, closing, rawName, selfClosing] = match;
      if (rawName === undefined) continue;
      const name = rawName.toLowerCase();
      if (VOID_ELEMENTS.has(name) || selfClosing) continue;
      if (closing) this.#close(name);
      else {
        if (SELF_CLOSING_SIBLINGS.has(name) && this.names[this.names.length - 1] === name) this.#pop();
        this.names.push(name);
        this.#counts.set(name, (this.#counts.get(name) ?? 0) + 1);
        if (this.size > deepest) {
          deepest = this.size;
          at = match.index;
        }
      }
    }
    return { deepest, at };
  }

  /** An end tag closes the innermost open element of its name and everything opened inside it; a stray one is ignored. */
  #close(name: string): void {
    if (!this.#counts.get(name)) return;
    while (this.size > 0 && this.#pop() !== name);
  }

  #pop(): string | undefined {
    const name = this.names.pop();
    if (name !== undefined) this.#counts.set(name, (this.#counts.get(name) ?? 1) - 1);
    return name;
  }
}

interface Frame {
  node: Nodes;
  depth: number;
}

/**
 * The deepest point of a parsed document, counting raw HTML elements left
 * open among a node's children as levels around the siblings that follow
 * (`<div>` in one HTML block wraps the paragraphs after it, until the parent
 * ends). Iterative, with an explicit stack: it must measure trees that are
 * too deep for recursion.
 */
export function treeNesting(tree: Root, source: string): Deepest {
  let deepest: Deepest = { depth: 0, offset: 0 };
  const stack: Frame[] = [{ node: tree, depth: 0 }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const { node, depth } = frame;
    if (depth > deepest.depth) deepest = { depth, offset: node.position?.start.offset ?? 0 };
    if (!('children' in node)) continue;
    const open = new OpenElements();
    const children: Frame[] = [];
    for (const child of node.children) {
      children.push({ node: child, depth: depth + 1 + open.size });
      if (child.type !== 'html') continue;
      const before = open.size;
      const { deepest: elements, at } = open.read(child.value);
      // The element that leaves L elements open sits L levels below the parent: the first one where a sibling would be.
      if (elements > before && depth + elements > deepest.depth)
        deepest = { depth: depth + elements, offset: htmlOffset(child, source, at) };
    }
    // Reversed, so the first child is measured first and ties keep the earliest node.
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Frame);
  }
  return deepest;
}

/** Where an offset inside an HTML node's value is in the source (the node's start when the value was rewritten, as inside a block quote). */
function htmlOffset(node: Html, source: string, at: number): number {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  return source.slice(start, end) === node.value ? start + at : start;
}

/**
 * Where the text alone (before parsing) shows nesting the parser would
 * stall on, or undefined:
 * - a line that opens more than `limit` block quotes or list items: the `>`
 *   and list markers that start each line outside fenced code are counted (a
 *   line of nothing but `- - -` or `* * *` is a thematic break, not a list);
 *   the answer is the line's last marker;
 * - a paragraph with more than `limit` link brackets open at once: the
 *   parser's time grows with the square of them when emphasis is inside
 *   (30,000 `[*و ` take it three seconds); the answer is the deepest `[`.
 * One pass over the text.
 */
export function deepLine(source: string, limit: number = MAX_PARSED_LINE_NESTING): Deepest | undefined {
  let fence: { char: string; length: number } | undefined;
  let brackets = 0;
  for (let start = 0; start <= source.length;) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    const prefix = containerPrefix(source, start, end);
    const rest = /^[ \t]*(`{3,}|~{3,})/.exec(source.slice(prefix.end, Math.min(end, prefix.end + 64)))?.[1];
    if (fence) {
      if (rest && rest[0] === fence.char && rest.length >= fence.length) fence = undefined;
    } else if (rest) fence = { char: rest[0] ?? '`', length: rest.length };
    else if (prefix.markers > limit && !prefix.thematicBreak) return { depth: prefix.markers, offset: prefix.lastMarker };
    else {
      // A blank line ends the paragraph, and with it every bracket left open.
      if (/^[ \t]*$/.test(source.slice(prefix.end, end))) brackets = 0;
      for (let index = prefix.end; index < end; index++) {
        const char = source[index];
        if (char === '\\') index++;
        else if (char === ']') brackets = Math.max(0, brackets - 1);
        else if (char === '[' && ++brackets > limit) return deepestBracket(source, index, brackets);
      }
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return undefined;
}

/** The deepest `[` on the line from `from`, where `depth` brackets are open: a deeper one further on, or that one. */
function deepestBracket(source: string, from: number, depth: number): Deepest {
  let deepest: Deepest = { depth, offset: from };
  let open = depth;
  for (let index = from + 1; index < source.length && source[index] !== '\n'; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (char === ']') open--;
    else if (char === '[' && ++open > deepest.depth) deepest = { depth: open, offset: index };
  }
  return deepest;
}

interface ContainerPrefix {
  markers: number;
  /** Offset of the last marker. */
  lastMarker: number;
  /** Offset just after the prefix. */
  end: number;
  /** Nothing but one bullet character and spaces: `- - -` is a thematic break. */
  thematicBreak: boolean;
}

/** The block quote and list markers at the start of the line [start, end). */
function containerPrefix(source: string, start: number, end: number): ContainerPrefix {
  let index = start;
  let markers = 0;
  let lastMarker = start;
  const bullets = new Set<string>();
  let other = false;
  for (;;) {
    while (index < end && (source[index] === ' ' || source[index] === '\t')) index++;
    const char = source[index];
    const spaceAfter = (at: number) => at >= end || source[at] === ' ' || source[at] === '\t';
    if (char === '>') {
      other = true;
      lastMarker = index;
      index += 1;
    } else if ((char === '-' || char === '+' || char === '*') && spaceAfter(index + 1)) {
      bullets.add(char);
      lastMarker = index;
      index += 1;
    } else if (char !== undefined && char >= '0' && char <= '9') {
      let digits = index;
      while (digits < end && digits - index < 9 && (source[digits] ?? '') >= '0' && (source[digits] ?? '') <= '9') digits++;
      if ((source[digits] !== '.' && source[digits] !== ')') || !spaceAfter(digits + 1)) break;
      other = true;
      lastMarker = index;
      index = digits + 1;
    } else break;
    markers++;
  }
  const thematicBreak = !other && bullets.size === 1 && index >= end;
  return { markers, lastMarker, end: index, thematicBreak };
}

/**
 * The deepest point of an HTML text, counted from its tags the way an HTML
 * parser nests them (void elements never nest, a second `<p>` or `<li>`
 * closes the first, an end tag closes everything opened inside its element).
 * One pass, no recursion.
 */
export function htmlNesting(html: string): Deepest {
  const { deepest, at } = new OpenElements().read(html);
  return { depth: deepest, offset: at };
}

/** The contributor's message for a document that nests too deep. */
export function nestingProblem(file: string, position: Position, depth: number): Problem {
  return problemFrom(file, position, say('too-deep', { depth, max: MAX_NESTING }));
}

/** Whether a measured depth is over the limit. */
export function tooDeep(depth: number): boolean {
  return depth > MAX_NESTING;
}
