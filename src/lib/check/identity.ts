/**
 * Each entity is named once: one id across both entity folders, and no
 * name or alias that, once normalised, another entity claims as well in an
 * overlapping date window. A shared surface form would make every mention of
 * it ambiguous. A not-form that is one of the entity's own names would hide
 * them all.
 */
import type { Corpus, EntityEntry } from '../content/corpus.ts';
import { FILE_START, problemFrom, type Problem } from '../content/problem.ts';
import { normalizeForm, windowsOverlap } from '../entities/forms.ts';
import { buildRegistry, surfaceForms, type SurfaceFormSource } from '../entities/registry.ts';
import { say } from '../messages/format.ts';

interface Claim {
  entry: EntityEntry;
  source: SurfaceFormSource;
}

export function checkIdentity(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  const agreementsById = new Map(corpus.agreements.map((entry) => [entry.id, entry]));
  for (const actor of corpus.actors) {
    const twin = agreementsById.get(actor.id);
    if (twin) {
      problems.push(problemFrom(twin.displayPath, FILE_START, say('id-taken', { id: twin.id, other: actor.displayPath })));
    }
  }

  const claims = new Map<string, Claim[]>();
  for (const entry of buildRegistry(corpus).entities) {
    const ownForms = new Set<string>();
    for (const source of surfaceForms(entry)) {
      const key = normalizeForm(source.form);
      if (key === '' || ownForms.has(key)) continue;
      ownForms.add(key);
      let list = claims.get(key);
      if (!list) claims.set(key, (list = []));
      const owner = list.find((claim) => windowsOverlap(claim.source, source));
      if (owner) problems.push(sharedName(entry, source, owner));
      else list.push({ entry, source });
    }
    entry.data.not.forEach((form, index) => {
      if (!ownForms.has(normalizeForm(form))) return;
      problems.push(problemFrom(entry.displayPath, entry.locate(['not', index]), say('not-form-is-name', { form })));
    });
  }
  return problems;
}

function sharedName(entry: EntityEntry, { form, path, from, until }: SurfaceFormSource, owner: Claim): Problem {
  const windowed = from !== undefined || until !== undefined || owner.source.from !== undefined || owner.source.until !== undefined;
  const claimed = { form, owner: `${owner.entry.collection}/${owner.entry.id}`, ownerForm: owner.source.form, ownerFile: owner.entry.displayPath };
  return problemFrom(entry.displayPath, entry.locate(path), windowed ? say('name-window-overlap', claimed) : say('name-taken', claimed));
}
