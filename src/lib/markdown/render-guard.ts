/**
 * What keeps a document too deep to render away from the renderers, when the
 * check has not already stopped it (in `astro dev` the check only reports):
 * the page then fails with the check's own `path:line:col` message instead
 * of a stack overflow inside a Markdown library.
 */
import { readFileSync } from 'node:fs';
import { displayPathOf } from '../content/corpus.ts';
import { formatProblem, type Problem } from '../content/problem.ts';
import { entityKey } from '../entities/registry.ts';
import { loadSiteIndex, type SiteIndex } from '../site-index.ts';
import { bodyNesting, parseBody } from '../mentions/markdown.ts';
import type { BodyNesting } from '../mentions/scan.ts';
import { nestingProblem, tooDeep } from './nesting.ts';

/** A problem in a content file that stops a page from rendering; its message is the problem as `npm run check` prints it. */
export class ContentProblemError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(formatProblem(problem));
    this.problem = problem;
    this.name = 'ContentProblemError';
  }
}

/** What a document to render is: its file and the body read from it. */
export interface GuardedSource {
  file: string;
  body: string;
}

/** Throws a ContentProblemError when the document nests deeper than the renderers can go. */
export function assertRenderable(source: GuardedSource, contentRoot: string): void {
  const nesting = indexedNesting(source, loadSiteIndex(contentRoot)) ?? measuredNesting(source);
  if (tooDeep(nesting.depth)) throw new ContentProblemError(nestingProblem(displayPathOf(source.file), nesting, nesting.depth));
}

/** Bodies the site index has scanned, by file, for each index (a new index after an edit gets its own). */
const scannedByIndex = new WeakMap<SiteIndex, Map<string, { body: string; nesting: BodyNesting }>>();

/** The depth the site index measured when it scanned this very text: no second parse. */
function indexedNesting(source: GuardedSource, site: SiteIndex): BodyNesting | undefined {
  let scanned = scannedByIndex.get(site);
  if (!scanned) {
    scanned = new Map();
    for (const article of site.corpus.articles) {
      const scan = site.mentions.articles.get(article.id)?.scan;
      if (scan) scanned.set(article.file, { body: article.body, nesting: scan.nesting });
    }
    for (const entity of [...site.corpus.actors, ...site.corpus.agreements]) {
      const scan = site.mentions.descriptions.get(entityKey(entity));
      if (scan) scanned.set(entity.file, { body: entity.body, nesting: scan.nesting });
    }
    scannedByIndex.set(site, scanned);
  }
  const known = scanned.get(source.file);
  return known && known.body === source.body ? known.nesting : undefined;
}

/** Markdown the index has not scanned (outside the content root, or edited since): parse and measure it here. */
function measuredNesting(source: GuardedSource): BodyNesting {
  const deepest = bodyNesting(parseBody(source.body), source.body);
  const before = source.body.slice(0, deepest.offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const bodyLine = bodyLineIn(source);
  return { depth: deepest.depth, line: bodyLine + countLines(before) - 1, column: deepest.offset - lineStart + 1 };
}

/** The line of the file the body starts on: the body is the end of the file, after its frontmatter. */
function bodyLineIn(source: GuardedSource): number {
  let text: string;
  try {
    text = readFileSync(source.file, 'utf8');
  } catch {
    return 1;
  }
  const at = text.lastIndexOf(source.body);
  return at === -1 ? 1 : countLines(text.slice(0, at));
}

/** 1 + the line breaks in `text`: the line its end is on. */
function countLines(text: string): number {
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++;
  return lines;
}
