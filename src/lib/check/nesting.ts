/**
 * Documents nested too deep to render: a block quote inside a block quote
 * five thousand times, or as many unclosed `<div>`s. The renderers recurse
 * once per level and would stop the build with a stack overflow; this check
 * runs before any of them (the build runs `npm run check` first and stops on
 * errors) and points at the deepest place instead.
 *
 * The depth is measured while the mention index scans each body, iteratively,
 * on the tree it has already parsed (src/lib/markdown/nesting.ts): parsing
 * every document a second time would cost a large archive seconds. The scan
 * also refuses to parse what would stall the parser itself; those bodies are
 * reported here too.
 */
import type { Corpus } from '../content/corpus.ts';
import { problemFrom, type Position, type Problem } from '../content/problem.ts';
import { entityKey } from '../entities/registry.ts';
import { MAX_NESTING, tooDeep } from '../markdown/nesting.ts';
import { say } from '../messages/format.ts';
import type { MentionIndex } from '../mentions/mention-index.ts';
import type { DocumentScan } from '../mentions/scan.ts';

export function checkNesting(corpus: Corpus, mentions: MentionIndex): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, scan: DocumentScan | undefined) => {
    if (!scan) return;
    if (tooDeep(scan.nesting.depth))
      problems.push(problemFrom(file, scan.nesting, say('too-deep', { depth: scan.nesting.depth, max: MAX_NESTING })));
    if (scan.longLine) problems.push(longLineProblem(file, scan.longLine, scan.longLine.length));
  };
  for (const article of corpus.articles) report(article.displayPath, mentions.articles.get(article.id)?.scan);
  for (const entity of [...corpus.actors, ...corpus.agreements]) report(entity.displayPath, mentions.descriptions.get(entityKey(entity)));
  return problems;
}

/** A line the parser would take minutes over (src/lib/mentions/long-lines.ts): it is not read at all. */
function longLineProblem(file: string, position: Position, length: number): Problem {
  return problemFrom(file, position, say('long-line', { length }));
}
