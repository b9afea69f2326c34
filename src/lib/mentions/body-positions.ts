/**
 * File positions of text found in a Markdown body's text nodes, for checks
 * and tools that point a contributor at a word (`file:line:col`). Same rules
 * as the mention scanner: offsets inside a text node map straight to the
 * source unless escapes, entities or a block quote's `> ` make the node
 * differ from it; then the two are read side by side (source-offsets.ts).
 */
import type { Text } from 'mdast';
import type { Position } from '../content/problem.ts';
import { lineStartsOf, positionOf } from './lines.ts';
import { sourceCursor } from './source-offsets.ts';

export interface BodyPositions {
  /** Where `node.value[offset]` stands in the file (1-based line and UTF-16 column). */
  at(node: Text, offset: number): Position;
}

/** Positions in a body that starts on line `bodyLine` of its file. */
export function bodyPositions(body: string, bodyLine: number): BodyPositions {
  const lineStarts = lineStartsOf(body);
  const positionAt = (offset: number): Position => {
    const { line, column } = positionOf(lineStarts, offset);
    return { line: bodyLine + line - 1, column };
  };

  return {
    at(node, offset) {
      const nodeStart = node.position?.start.offset ?? 0;
      const nodeEnd = node.position?.end.offset ?? nodeStart;
      if (body.slice(nodeStart, nodeEnd) === node.value) return positionAt(nodeStart + offset);
      return positionAt(sourceCursor(body, nodeStart, nodeEnd, node.value).offsetOf(offset));
    },
  };
}
