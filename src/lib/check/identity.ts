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
import { buildRegistry, entityKey, surfaceForms, type SurfaceFormSource } from '../entities/registry.ts';
import { say } from '../messages/format.ts';
import type { Finding } from './held-back.ts';

interface Claim {
  entry: EntityEntry;
  source: SurfaceFormSource;
}

/** The problems, a shared name with the entity that already has it (held-back.ts holds back the warnings about both). */
export function checkIdentity(corpus: Corpus): Finding[] {
  const problems: Finding[] = [];
  const agreementsById = new Map(corpus.agreements.map((entry) => [entry.id, entry]));
  for (const actor of corpus.actors) {
    const twin = agreementsById.get(actor.id);
    if (twin) {
      problems.push({
        problem: problemFrom(twin.displayPath, FILE_START, say('id-taken', { id: twin.id, other: actor.displayPath })),
        about: [entityKey(actor)],
      });
    }
  }

  // A name outranks an alias: every name is claimed before any alias, so when
  // an alias repeats another entity's name the error lands on the alias, the
  // line a contributor adds, never on a name that was already there. Between
  // two names or two aliases, the later entity in reading order reports it.
  const claims = new Map<string, Claim[]>();
  const entities = buildRegistry(corpus).entities;
  const ownForms = new Map<EntityEntry, Set<string>>(entities.map((entry) => [entry, new Set<string>()]));
  for (const names of [true, false]) {
    for (const entry of entities) {
      const own = ownForms.get(entry)!;
      for (const source of surfaceForms(entry)) {
        if (isName(source) !== names) continue;
        const key = normalizeForm(source.form);
        if (key === '' || own.has(key)) continue;
        own.add(key);
        let list = claims.get(key);
        if (!list) claims.set(key, (list = []));
        const owner = list.find((claim) => windowsOverlap(claim.source, source));
        if (owner) problems.push({ problem: sharedName(entry, source, owner), about: [entityKey(owner.entry)] });
        else list.push({ entry, source });
      }
    }
  }
  for (const entry of entities) {
    const own = ownForms.get(entry)!;
    entry.data.not.forEach((form, index) => {
      if (!own.has(normalizeForm(form))) return;
      problems.push({
        problem: problemFrom(entry.displayPath, entry.locate(['not', index]), say('not-form-is-name', { form })),
        about: [],
      });
    });
  }
  return problems;
}

/** `name` and `name_en` are names; everything under `aliases` is an alias. */
function isName(source: SurfaceFormSource): boolean {
  return source.path[0] !== 'aliases';
}

function sharedName(entry: EntityEntry, { form, path, from, until }: SurfaceFormSource, owner: Claim): Problem {
  const windowed = from !== undefined || until !== undefined || owner.source.from !== undefined || owner.source.until !== undefined;
  const claimed = { form, owner: entityKey(owner.entry), ownerForm: owner.source.form, ownerFile: owner.entry.displayPath };
  return problemFrom(entry.displayPath, entry.locate(path), windowed ? say('name-window-overlap', claimed) : say('name-taken', claimed));
}
