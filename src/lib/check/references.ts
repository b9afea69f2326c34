/**
 * Every id a frontmatter field names must be a file of the right folder; a
 * near miss gets a suggestion.
 */
import { closest } from 'fastest-levenshtein';
import type { Corpus, Entry } from '../content/corpus.ts';
import { problemFrom, type Problem } from '../content/problem.ts';
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

export function checkReferences(corpus: Corpus): Problem[] {
  const registry = buildRegistry(corpus);
  const ids: Record<EntityCollection, ReadonlySet<string>> = { actors: registry.actorIds, agreements: registry.agreementIds };
  const sortedIds: Record<EntityCollection, string[]> = { actors: [...ids.actors].sort(), agreements: [...ids.agreements].sort() };
  const problems: Problem[] = [];

  const checkEntry = (entry: Entry<CollectionName, object>, fields: ReferenceField[]) => {
    for (const { field, target } of fields) {
      const values = (entry.data as Record<string, unknown>)[field];
      if (!Array.isArray(values)) continue;
      const seen = new Set<string>();
      values.forEach((value: unknown, index) => {
        if (typeof value !== 'string') return;
        const at = entry.locate([field, index]);
        const report = (said: Said) => problems.push(problemFrom(entry.displayPath, at, said));
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
      });
    }
  };

  for (const entry of [...corpus.articles, ...corpus.actors, ...corpus.agreements, ...corpus.invalid]) checkEntry(entry, fieldsOf(entry.collection));
  return problems;
}
