/**
 * Every id a frontmatter field names must be a file of the right folder; a
 * near miss gets a suggestion.
 */
import { closest } from 'fastest-levenshtein';
import type { Corpus, Entry } from '../content/corpus.ts';
import { problemAt, type Problem } from '../content/problem.ts';
import { REFERENCE_FIELDS } from '../content/reference-fields.ts';
import type { CollectionName, EntityCollection } from '../content/schema.ts';
import { buildRegistry } from '../entities/registry.ts';

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
        const report = (severity: Problem['severity'], message: string) => problems.push(problemAt(entry.displayPath, at, severity, message));
        if (seen.has(value)) report('warning', `\`${value}\` is listed twice in \`${field}\`: remove one`);
        seen.add(value);
        if (entry.collection === target && value === entry.id) {
          report('error', `\`${field}\` names this file's own id \`${value}\`: an entry cannot be its own ${field === 'related' ? 'related agreement' : field.replace(/s$/, '')}`);
          return;
        }
        if (ids[target].has(value) || corpus.unreadableIds[target].has(value)) return;
        const other: EntityCollection = target === 'actors' ? 'agreements' : 'actors';
        if (ids[other].has(value)) {
          report('error', `\`${value}\` is ${other === 'actors' ? 'an actor' : 'an agreement'}, not ${target === 'actors' ? 'an actor' : 'an agreement'}: ${entry.collection === 'articles' ? `move it to \`${other}\`` : `\`${field}\` takes ${target} ids`}`);
          return;
        }
        const suggestion = sortedIds[target].length > 0 ? closest(value, sortedIds[target]) : undefined;
        const hint = suggestion ? `did you mean \`${suggestion}\`?` : `add the file ${target}/${value}.md or remove the id`;
        report('error', `unknown ${target === 'actors' ? 'actor' : 'agreement'} \`${value}\` in \`${field}\`: there is no ${target}/${value}.md; ${hint}`);
      });
    }
  };

  for (const entry of [...corpus.articles, ...corpus.actors, ...corpus.agreements, ...corpus.invalid]) checkEntry(entry, fieldsOf(entry.collection));
  return problems;
}
