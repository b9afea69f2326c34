/**
 * What `npm run check -- --fix` would write, worked out before anything is
 * written, so that it can refuse as a whole.
 *
 * It edits only files in its scope (changed.ts), and only these three ways:
 * - adds to an article's `actors` / `agreements` the entities its text
 *   mentions (the `unlisted-mention` warnings);
 * - replaces a misspelled id by the id it certainly stands for
 *   (references.ts `certainSuggestion`), instead of leaving it;
 * - writes a date typed with Arabic-Indic or Persian digits in ASCII digits;
 * - rewrites the editor schemas in `schemas/` when they are the content's own
 *   and stale (a new actor), as `npm run schema` would (schemas.ts).
 *
 * It refuses, writing nothing, while any error remains that these edits do
 * not resolve: an error in a file out of scope, or one no edit points at.
 * Edits made beside an open error could be wrong for the very reason of that
 * error (six articles tagged with an actor whose names are in dispute).
 * An error counts as resolved when an edit rewrites the value it points at:
 * an unknown id replaced, or a date whose ASCII digits make a calendar day.
 */
import { readFileSync } from 'node:fs';
import type { Corpus, Entry } from '../content/corpus.ts';
import { isCalendarDate } from '../content/fields.ts';
import type { Problem } from '../content/problem.ts';
import type { CollectionName } from '../content/schema.ts';
import type { MentionIndex } from '../mentions/mention-index.ts';
import { inScope, type FixScope } from './changed.ts';
import { asciiDigits, easternDigitDates, type IdAdditions, type ValueEdit } from './fix.ts';
import { missingFromFrontmatter } from './mentions.ts';
import { idReplacements } from './references.ts';

/** The edits to one file. */
export interface FileFix {
  file: string;
  displayPath: string;
  additions: IdAdditions;
  replacements: Array<{ typed: string; replacement: string }>;
  /** Dates as they will be written (ASCII digits). */
  dates: string[];
  edits: ValueEdit[];
}

export interface FixPlan {
  fixes: FileFix[];
  /** The errors the plan leaves: while there is one, nothing is written. */
  remaining: Problem[];
}

const at = (file: string, position: { line: number; column: number }) => `${file}:${position.line}:${position.column}`;

export function planFixes(
  site: { corpus: Corpus; mentions: MentionIndex },
  problems: readonly Problem[],
  scope: FixScope,
  options: { refreshesSchemas: boolean } = { refreshesSchemas: false },
): FixPlan {
  const { corpus, mentions } = site;
  const byFile = new Map<string, FileFix>();
  const fixOf = (entry: { file: string; displayPath: string }): FileFix => {
    let fix = byFile.get(entry.file);
    if (!fix)
      byFile.set(
        entry.file,
        (fix = { file: entry.file, displayPath: entry.displayPath, additions: {}, replacements: [], dates: [], edits: [] }),
      );
    return fix;
  };
  const resolved = new Set<string>();

  for (const replacement of idReplacements(corpus)) {
    if (!inScope(scope, replacement.file)) continue;
    const fix = fixOf(replacement);
    fix.replacements.push({ typed: replacement.typed, replacement: replacement.replacement });
    // The value is rewritten only if it is still the id the check read (a plain or quoted scalar).
    fix.edits.push({ path: replacement.path, rewrite: (written) => written.replace(replacement.typed, replacement.replacement) });
    resolved.add(at(replacement.displayPath, replacement.at));
  }

  const entries: Array<Entry<CollectionName, object>> = [...corpus.articles, ...corpus.actors, ...corpus.agreements, ...corpus.invalid];
  for (const entry of entries) {
    if (!inScope(scope, entry.file)) continue;
    const source = readFileSync(entry.file, 'utf8');
    for (const { path, written } of easternDigitDates(source)) {
      const fix = fixOf(entry);
      fix.edits.push({ path, rewrite: asciiDigits });
      const value = asciiDigits(written)
        .replace(/^(["'])(.*)\1$/u, '$2')
        .trim();
      fix.dates.push(value);
      if (isCalendarDate(value)) resolved.add(at(entry.displayPath, entry.locate(path)));
    }
  }

  for (const article of corpus.articles) {
    if (!inScope(scope, article.file)) continue;
    const replaced = new Set(byFile.get(article.file)?.replacements.map(({ replacement }) => replacement) ?? []);
    for (const { collection, id } of missingFromFrontmatter(article, mentions)) {
      if (replaced.has(id)) continue;
      (fixOf(article).additions[collection] ??= []).push(id);
    }
  }

  const fixedBySchemas = (problem: Problem) => options.refreshesSchemas && problem.code === 'stale-schema';
  const remaining = problems.filter(
    (problem) => problem.severity === 'error' && !resolved.has(at(problem.file, problem)) && !fixedBySchemas(problem),
  );
  return { fixes: [...byFile.values()], remaining };
}
