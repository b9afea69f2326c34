/**
 * The entities of a corpus as one registry: their keys, pages and the surface
 * forms (name, English name, aliases) by which text refers to them.
 */
import type { ActorEntry, AgreementEntry, Corpus, EntityEntry } from '../content/corpus.ts';
import type { EntityCollection } from '../content/schema.ts';
import type { Alias } from '../content/schema.ts';
import { createMatcher, type FormStrength, type Matcher, type SurfaceForm } from './matcher.ts';

/** `actors/khalifa-haftar`: unique across both entity folders. */
export type EntityKey = `${EntityCollection}/${string}`;

export interface SurfaceFormSource {
  form: string;
  /** Frontmatter path where the form is written, for pointing at it. */
  path: readonly PropertyKey[];
  /** `strong` for the name, the English name and plain aliases. */
  strength: Exclude<FormStrength, 'not'>;
  /** Matched without letter folding. */
  exact: boolean;
  /** The window of article dates in which the form applies, when the alias gives one. */
  from?: string;
  until?: string;
}

/** What `surfaceForms` reads: the names of an actor or an agreement. */
interface NamedData {
  data: { name: string; name_en?: string | undefined; aliases: readonly Alias[]; not?: readonly string[] };
}

export interface Registry {
  entities: EntityEntry[];
  byKey: ReadonlyMap<EntityKey, EntityEntry>;
  actorIds: ReadonlySet<string>;
  agreementIds: ReadonlySet<string>;
}

/** The one spelling of an entity's key, `actors/qatar`: registry, mention index, graph and pages look entities up by it. */
export function entityKey(entity: { collection: EntityCollection; id: string }): EntityKey {
  return `${entity.collection}/${entity.id}`;
}

/** The name, English name and aliases of an entity, in that order (not-forms excluded: they are no names). */
export function surfaceForms(entry: NamedData): SurfaceFormSource[] {
  const forms: SurfaceFormSource[] = [{ form: entry.data.name, path: ['name'], strength: 'strong', exact: false }];
  if (entry.data.name_en) forms.push({ form: entry.data.name_en, path: ['name_en'], strength: 'strong', exact: false });
  entry.data.aliases.forEach((alias, index) => {
    const strength = alias.place ? 'place' : alias.weak ? 'weak' : 'strong';
    const window = { ...(alias.from ? { from: alias.from } : {}), ...(alias.until ? { until: alias.until } : {}) };
    forms.push({ form: alias.text, path: ['aliases', index], strength, exact: alias.exact, ...window });
  });
  return forms;
}

/** Every form the matcher looks for on behalf of one entity: its names, then its not-forms. */
export function matcherForms(entry: EntityEntry): SurfaceForm[] {
  const key = entityKey(entry);
  // An outlet's names still count after «قناة» or «صحيفة»; other names there are part of an outlet's name.
  const outlet = entry.collection === 'actors' && entry.data.kind === 'media' ? { outlet: true } : {};
  const names = surfaceForms(entry).map(({ form, strength, exact, from, until }): SurfaceForm => ({
    form,
    key,
    strength,
    exact,
    ...(from ? { from } : {}),
    ...(until ? { until } : {}),
    ...outlet,
  }));
  const nots = entry.data.not.map((form): SurfaceForm => ({ form, key, strength: 'not' }));
  return [...names, ...nots];
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
  return createMatcher(registry.entities.flatMap(matcherForms));
}

/** Changes whenever anything the matcher reads changes: every link may then change. */
export function registrySignature(registry: Registry): string {
  return JSON.stringify(registry.entities.map((entry) => matcherForms(entry)));
}
