/**
 * Each entity is named once: one id across both entity folders, and no
 * name or alias that, once normalised, another entity claims as well. A shared
 * surface form would make every mention of it ambiguous.
 */
import { normalize } from '../arabic/normalize.ts';
import type { Corpus, EntityEntry } from '../content/corpus.ts';
import { FILE_START, problemAt, type Problem } from '../content/problem.ts';
import { buildRegistry, surfaceForms } from '../entities/registry.ts';

export function checkIdentity(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  const agreementsById = new Map(corpus.agreements.map((entry) => [entry.id, entry]));
  for (const actor of corpus.actors) {
    const twin = agreementsById.get(actor.id);
    if (twin) {
      problems.push(
        problemAt(twin.displayPath, FILE_START, 'error', `the id \`${twin.id}\` is already taken by ${actor.displayPath}: rename one of the two files so that each entity has its own id`),
      );
    }
  }

  const claimedBy = new Map<string, { entry: EntityEntry; form: string }>();
  for (const entry of buildRegistry(corpus).entities) {
    const ownForms = new Set<string>();
    for (const { form, path } of surfaceForms(entry)) {
      const key = normalize(form);
      if (key === '' || ownForms.has(key)) continue;
      ownForms.add(key);
      const owner = claimedBy.get(key);
      if (!owner) {
        claimedBy.set(key, { entry, form });
        continue;
      }
      problems.push(
        problemAt(
          entry.displayPath,
          entry.locate(path),
          'error',
          `"${form}" is already a name of ${owner.entry.collection}/${owner.entry.id} ("${owner.form}" in ${owner.entry.displayPath}): a name or alias can belong to one entity only; remove it here or there, or make it more specific`,
        ),
      );
    }
  }
  return problems;
}
