/**
 * The entities of a corpus as one registry: their keys, pages and the surface
 * forms (name, English name, aliases) by which text refers to them.
 */
import type { ActorEntry, AgreementEntry, Corpus, EntityEntry } from '../content/corpus.ts';
import type { EntityCollection } from '../content/schema.ts';
import { createMatcher, type Matcher } from './matcher.ts';

/** `actors/khalifa-haftar`: unique across both entity folders. */
export type EntityKey = `${EntityCollection}/${string}`;

export interface SurfaceFormSource {
  form: string;
  /** Frontmatter path where the form is written, for pointing at it. */
  path: readonly PropertyKey[];
}

export interface Registry {
  entities: EntityEntry[];
  byKey: ReadonlyMap<EntityKey, EntityEntry>;
  actorIds: ReadonlySet<string>;
  agreementIds: ReadonlySet<string>;
}

export function entityKey(entry: EntityEntry): EntityKey {
  return `${entry.collection}/${entry.id}`;
}

/** The name, English name and aliases of an entity, in that order. */
export function surfaceForms(entry: { data: { name: string; name_en?: string | undefined; aliases: readonly string[] } }): SurfaceFormSource[] {
  const forms: SurfaceFormSource[] = [{ form: entry.data.name, path: ['name'] }];
  if (entry.data.name_en) forms.push({ form: entry.data.name_en, path: ['name_en'] });
  entry.data.aliases.forEach((alias, index) => forms.push({ form: alias, path: ['aliases', index] }));
  return forms;
}

export function buildRegistry(corpus: Pick<Corpus, 'actors' | 'agreements'>): Registry {
  const entities: EntityEntry[] = [...corpus.actors, ...corpus.agreements];
  return {
    entities,
    byKey: new Map(entities.map((entry) => [entityKey(entry), entry])),
    actorIds: new Set(corpus.actors.map((actor: ActorEntry) => actor.id)),
    agreementIds: new Set(corpus.agreements.map((agreement: AgreementEntry) => agreement.id)),
  };
}

/** One matcher for every surface form of every entity, keyed by entity key. */
export function createEntityMatcher(registry: Registry): Matcher {
  return createMatcher(registry.entities.flatMap((entry) => surfaceForms(entry).map(({ form }) => ({ form, key: entityKey(entry) }))));
}
