/**
 * Finds the mentions in one document: its body (with file positions, and a
 * context snippet for the first of each entity) and its title (counted,
 * never linked).
 */
import type { Nodes, Parent, Root } from 'mdast';
import { entitiesInEvidence, keepAdmitted } from '../entities/evidence.ts';
import type { Match, Matcher } from '../entities/matcher.ts';
import { blockText, bodyNesting, parseBody, type BlockText } from './markdown.ts';
import { lineStartsOf, positionOf } from './lines.ts';
import { ownString } from './own-string.ts';
import { snippetAround, type Snippet } from './snippet.ts';
import { sourceCursor } from './source-offsets.ts';
import { forEachMentionText, type TextVisit } from './text-nodes.ts';

export interface BodyMention {
  /** Entity key, `actors/qatar`. */
  entity: string;
  /** The surface form as written in the text, without its proclitics. */
  text: string;
  /** 1-based line and column (UTF-16 code units) in the source file. */
  line: number;
  column: number;
  /** Inside a heading: counted, not linked. */
  inHeading: boolean;
  /** Found by a weak or place form (kept because the document is about the entity). */
  weak: boolean;
  /**
   * The mention in its sentence, on the first body mention of each entity
   * only: that one is what the entity's page shows, and a snippet on every
   * mention held 400,000 strings at 10,000 articles.
   */
  snippet?: Snippet;
}

/** A link target written in the body (links, images, reference definitions). */
interface BodyLink {
  url: string;
  line: number;
  column: number;
}

/** The deepest point of the body, for the nesting check (src/lib/check/nesting.ts). */
export interface BodyNesting {
  /** Levels of block quotes, lists, emphasis, links and raw HTML elements inside one another. */
  depth: number;
  line: number;
  column: number;
}

export interface DocumentScan {
  body: BodyMention[];
  /** Every link target in the body, for the checker's safety rules. */
  links: BodyLink[];
  /** Entity keys whose names appear in the title. */
  title: string[];
  /** Measured here because the tree is already parsed; a body too deep to parse has no mentions and its deepest line here. */
  nesting: BodyNesting;
  /** Set when the body was not parsed because a line of it would take the parser minutes (src/lib/mentions/long-lines.ts). */
  longLine: { line: number; column: number; length: number } | undefined;
}

export interface ScannableDocument {
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  title?: string;
  /** `YYYY-MM-DD`: aliases with a date window apply only inside it. */
  date?: string | undefined;
  /** Entity keys the frontmatter lists: their weak names count. */
  named?: readonly string[];
}

export function scanDocument(document: ScannableDocument, matcher: Matcher): DocumentScan {
  const parsed = parseBody(document.body);
  const { tree, refused } = parsed;
  const lineStarts = lineStartsOf(document.body);
  const inFile = (offset: number) => {
    const { line, column } = positionOf(lineStarts, offset);
    return { line: document.bodyLine + line - 1, column };
  };
  const deepest = bodyNesting(parsed, document.body);
  const nesting = { depth: deepest.depth, ...inFile(deepest.offset) };
  const longLine = refused?.reason === 'long line' ? { length: refused.length, ...inFile(refused.offset) } : undefined;
  const blocks = new Map<Parent, BlockText>();
  const body: BodyMention[] = [];
  const snippetTaken = new Set<string>();
  const context = { date: document.date };

  // Weak names count only in a document about their entity, which the whole document decides: match first, keep after.
  const found: Array<{ visit: TextVisit; matches: Match[] }> = [];
  forEachMentionText(tree, (visit) => {
    const matches = matcher.findAll(visit.node.value, context);
    if (matches.length > 0) found.push({ visit, matches });
  });
  const titleMatches = document.title ? matcher.findAll(document.title, context) : [];
  const admitted = entitiesInEvidence(document.named ?? [], [...titleMatches, ...found.flatMap(({ matches }) => matches)]);

  for (const { visit, matches: all } of found) {
    const { node, inHeading, block } = visit;
    const matches = keepAdmitted(all, admitted);
    if (matches.length === 0) continue;
    let text = blocks.get(block);
    if (!text) blocks.set(block, (text = blockText(block)));
    const inBlock = text.offsets.get(node) ?? 0;
    const nodeStart = node.position?.start.offset ?? 0;
    const nodeEnd = node.position?.end.offset ?? nodeStart;
    // Escapes, entities and the `> ` of continued lines make a text node's value differ from its source; then the two are read side by side.
    const verbatim = document.body.slice(nodeStart, nodeEnd) === node.value;
    const cursor = verbatim ? undefined : sourceCursor(document.body, nodeStart, nodeEnd, node.value);
    for (const match of matches) {
      const written = ownString(node.value.slice(match.start, match.end));
      const offset = cursor ? cursor.offsetOf(match.start) : nodeStart + match.start;
      const { line, column } = positionOf(lineStarts, offset);
      const mention: BodyMention = {
        entity: match.key,
        text: written,
        line: document.bodyLine + line - 1,
        column,
        inHeading,
        weak: match.weak,
      };
      if (!snippetTaken.has(match.key)) {
        snippetTaken.add(match.key);
        mention.snippet = snippetAround(text.text, inBlock + match.start, inBlock + match.end);
      }
      body.push(mention);
    }
  }

  const title = [...new Set(keepAdmitted(titleMatches, admitted).map((match) => match.key))];
  return { body, title, links: linkTargets(tree, lineStarts, document.bodyLine), nesting, longLine };
}

/**
 * Every link, image and definition, in document order. Iterative, with an
 * explicit stack: like the mention walk, it runs before the nesting check.
 */
function linkTargets(tree: Root, lineStarts: readonly number[], bodyLine: number): BodyLink[] {
  const links: BodyLink[] = [];
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.position) {
      const { line, column } = positionOf(lineStarts, node.position.start.offset ?? 0);
      links.push({ url: node.url, line: bodyLine + line - 1, column });
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
  return links;
}
