/**
 * Every id a frontmatter field names must be a file of the right folder; a
 * near miss gets a suggestion, and a certain one is what `--fix` writes in
 * its place.
 */
import { closest, distance } from 'fastest-levenshtein';
import type { Corpus, Entry } from '../content/corpus.ts';
import { problemFrom, type Position, type Problem } from '../content/problem.ts';
import { REFERENCE_FIELDS } from '../content/reference-fields.ts';
import type { CollectionName, EntityCollection } from '../content/schema.ts';
import { buildRegistry } from '../entities/registry.ts';
import { say, type Said } from '../messages/format.ts';

interface ReferenceField {
  field: string;
  target: EntityCollection;
}

const fieldsOf = (collection: CollectionName): ReferenceField[] =>
  Object.entries(REFERENCE_FIELDS[collection]).map(([field, target]) => ({ field, target }));

/**
 * How far a typed id may be from the id it stands for, for `--fix` to replace
 * it: one slip per three characters typed, and never more than two («qatr»
 * for «qatar» is one; «ab» for «abc» is none: too short to be sure).
 */
function closeLimit(typed: string): number {
  return Math.min(2, Math.floor(typed.length / 3));
}

/**
 * The id `--fix` may write instead of `typed`: the did-you-mean suggestion,
 * when it is close (closeLimit) and no other known id is close. Two close
 * candidates, or a suggestion further away, is a guess a person must make.
 */
export function certainSuggestion(typed: string, known: readonly string[]): string | undefined {
  const limit = closeLimit(typed);
  const close = known.filter((id) => distance(typed, id) <= limit);
  return close.length === 1 ? close[0] : undefined;
}

/** A misspelled id and the id `--fix` writes in its place. */
export interface IdReplacement {
  /** The file, as read (absolute or relative to the working directory). */
  file: string;
  displayPath: string;
  /** Frontmatter path of the value: `['actors', 1]`. */
  path: readonly PropertyKey[];
  /** Where the unknown-id error points: the value. */
  at: Position;
  typed: string;
  replacement: string;
}

export function checkReferences(corpus: Corpus): Problem[] {
  return referenceFindings(corpus).problems;
}

/** The certain replacements of misspelled ids, for `--fix`. */
export function idReplacements(corpus: Corpus): IdReplacement[] {
  return referenceFindings(corpus).replacements;
}

function referenceFindings(corpus: Corpus): { problems: Problem[]; replacements: IdReplacement[] } {
  const registry = buildRegistry(corpus);
  const ids: Record<EntityCollection, ReadonlySet<string>> = { actors: registry.actorIds, agreements: registry.agreementIds };
  const sortedIds: Record<EntityCollection, string[]> = { actors: [...ids.actors].sort(), agreements: [...ids.agreements].sort() };
  const problems: Problem[] = [];
  const replacements: IdReplacement[] = [];

  const checkEntry = (entry: Entry<CollectionName, object>, fields: ReferenceField[]) => {
    for (const { field, target } of fields) {
      const values = (entry.data as Record<string, unknown>)[field];
      if (!Array.isArray(values)) continue;
      const seen = new Set<string>();
      values.forEach((value: unknown, index) => {
        if (typeof value !== 'string') return;
        // Located only when reported: a kept frontmatter (frontmatter-memo.ts) parses its YAML again to say where.
        const report = (said: Said) => problems.push(problemFrom(entry.displayPath, entry.locate([field, index]), said));
        if (seen.has(value)) report(say('duplicate-id', { id: value, field }));
        seen.add(value);
        if (entry.collection === target && value === entry.id) {
          report(say('own-id', { id: value, field }));
          return;
        }
        if (ids[target].has(value) || corpus.unreadableIds[target].has(value)) return;
        const other: EntityCollection = target === 'actors' ? 'agreements' : 'actors';
        if (ids[other].has(value)) {
          report(say('wrong-folder-id', { id: value, field, is: other, inArticle: entry.collection === 'articles' }));
          return;
        }
        const suggestion = sortedIds[target].length > 0 ? closest(value, sortedIds[target]) : undefined;
        report(say('unknown-id', { id: value, field, collection: target, suggestion: suggestion || undefined }));
        const certain = certainSuggestion(value, sortedIds[target]);
        // Own id excluded: replacing a slip by the file's own id would trade one error for another.
        if (certain !== undefined && !(entry.collection === target && certain === entry.id)) {
          replacements.push({
            file: entry.file,
            displayPath: entry.displayPath,
            path: [field, index],
            at: entry.locate([field, index]),
            typed: value,
            replacement: certain,
          });
        }
      });
    }
  };

  for (const entry of [...corpus.articles, ...corpus.actors, ...corpus.agreements, ...corpus.invalid])
    checkEntry(entry, fieldsOf(entry.collection));
  return { problems, replacements };
}
