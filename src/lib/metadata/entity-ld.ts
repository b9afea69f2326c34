/**
 * JSON-LD for actor and agreement pages, and the short references to entities
 * that articles carry in `about` and `mentions`. Each property is given only
 * where schema.org defines it for the chosen type, so validators accept it.
 */
import type { ActorData, ActorKind, AgreementData, AgreementKind } from '../content/schema.ts';
import { externalLinks } from './external-ids.ts';
import { entityPath } from '../pages/urls.ts';
import { compact, type JsonObject } from './json-ld.ts';
import { publicUrl, type UrlSettings } from './public-url.ts';

/** An actor or agreement as pages and the corpus hold it. */
export type EntityLike =
  { collection: 'actors'; id: string; data: ActorData } | { collection: 'agreements'; id: string; data: AgreementData };

const ACTOR_TYPES: Record<ActorKind, string> = {
  person: 'Person',
  'armed-group': 'Organization',
  government: 'GovernmentOrganization',
  state: 'Country',
  'political-party': 'Organization',
  intergovernmental: 'Organization',
  media: 'Organization',
  other: 'Organization',
};

const AGREEMENT_TYPES: Record<AgreementKind, string> = {
  ceasefire: 'CreativeWork',
  mou: 'CreativeWork',
  'political-agreement': 'CreativeWork',
  conference: 'CreativeWork',
  resolution: 'Legislation',
  other: 'CreativeWork',
};

/** The schema.org type of an entity: Person, GovernmentOrganization, Country, Organization, Legislation or CreativeWork. */
export function schemaType(entity: EntityLike): string {
  return entity.collection === 'actors' ? ACTOR_TYPES[entity.data.kind] : AGREEMENT_TYPES[entity.data.kind];
}

/** The public address of an entity's page, which is also its JSON-LD `@id`. */
export function entityUrl(entity: Pick<EntityLike, 'collection' | 'id'>, settings: UrlSettings): string {
  return publicUrl(settings, entityPath(entity.collection, entity.id));
}

/** `{"@type", "@id", "name"}`: how an article points at an entity that has its own page. */
export function entityReference(entity: EntityLike, settings: UrlSettings): JsonObject {
  let references = referencesBySettings.get(settings);
  if (!references) referencesBySettings.set(settings, (references = new WeakMap()));
  let reference = references.get(entity);
  if (!reference)
    references.set(
      entity,
      (reference = Object.freeze({ '@type': schemaType(entity), '@id': entityUrl(entity, settings), name: entity.data.name })),
    );
  return reference;
}

/**
 * One reference per entity, shared by the articles that point at it: every
 * page keeps its props, JSON-LD included, until the build ends (a copy per
 * article held 27 → 19 MB of article props at 10,000 articles).
 */
const referencesBySettings = new WeakMap<UrlSettings, WeakMap<EntityLike, JsonObject>>();

/** English name first, then the aliases, without repeating the name itself; a capital standing for its state is no name of it. */
function alternateNames(data: {
  name: string;
  name_en?: string | undefined;
  aliases: ReadonlyArray<{ text: string; place: boolean }>;
}): string[] {
  const names = [data.name_en, ...data.aliases.filter((alias) => !alias.place).map((alias) => alias.text)].filter(
    (name): name is string => Boolean(name) && name !== data.name,
  );
  return [...new Set(names)];
}

/** The JSON-LD of an actor's page. */
export function actorJsonLd(actor: { id: string; data: ActorData }, settings: UrlSettings): JsonObject {
  const entity: EntityLike = { collection: 'actors', ...actor };
  const type = schemaType(entity);
  const url = entityUrl(entity, settings);
  const { data } = actor;
  // Country is a Place in schema.org, with no founding date; a person is born and dies rather than being founded and dissolved.
  const dates =
    type === 'Person'
      ? { birthDate: data.born, deathDate: data.dissolved }
      : type === 'Country'
        ? {}
        : { foundingDate: data.founded, dissolutionDate: data.dissolved };
  return compact({
    '@context': 'https://schema.org',
    '@type': type,
    '@id': url,
    url,
    name: data.name,
    alternateName: alternateNames(data),
    sameAs: externalLinks(data, 'actor').map((link) => link.href),
    ...dates,
  });
}

/** The JSON-LD of an agreement's page: `url` is where to read its text when known, `sameAs` its Wikidata and PA-X records. */
export function agreementJsonLd(agreement: { id: string; data: AgreementData }, settings: UrlSettings): JsonObject {
  const entity: EntityLike = { collection: 'agreements', ...agreement };
  const type = schemaType(entity);
  const id = entityUrl(entity, settings);
  const { data } = agreement;
  return compact({
    '@context': 'https://schema.org',
    '@type': type,
    '@id': id,
    url: data.text_url ?? id,
    name: data.name,
    alternateName: alternateNames(data),
    sameAs: externalLinks(data, 'agreement').map((link) => link.href),
    dateCreated: data.signed,
    legislationDate: type === 'Legislation' ? data.signed : undefined,
    locationCreated: data.place ? { '@type': 'Place', name: data.place } : undefined,
    creativeWorkStatus: data.status,
  });
}

/** The JSON-LD of any entity page. */
export function entityJsonLd(entity: EntityLike, settings: UrlSettings): JsonObject {
  return entity.collection === 'actors' ? actorJsonLd(entity, settings) : agreementJsonLd(entity, settings);
}
