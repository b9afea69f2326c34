/**
 * The corpus's actors and agreements: kinds in realistic proportions (every
 * kind at least once when there is room), unique names and aliases, ids,
 * dates, relations and descriptions, all from one seeded stream.
 */
import { ACTOR_KINDS, AGREEMENT_KINDS, AGREEMENT_STATUSES, type ActorKind, type AgreementKind } from '../../src/lib/content/schema.ts';
import { NameClaims } from './claims.ts';
import { randomDay } from './dates.ts';
import { describe } from './descriptions.ts';
import { isLatinForm, type CorpusActor, type CorpusAgreement, type CorpusEntity } from './entity.ts';
import { actorName, agreementName, type NameCandidate, type NameContext } from './entity-names.ts';
import type { ReservedWords } from './reserved.ts';
import { deriveSeed, Rng } from './rng.ts';

/** Share of entities that are agreements. */
export const AGREEMENT_SHARE = 0.15;

const ACTOR_WEIGHTS: Record<ActorKind, number> = {
  person: 0.34,
  'armed-group': 0.12,
  government: 0.08,
  state: 0.12,
  'political-party': 0.1,
  intergovernmental: 0.06,
  media: 0.09,
  other: 0.09,
};
const AGREEMENT_WEIGHTS: Record<AgreementKind, number> = {
  ceasefire: 0.25,
  mou: 0.2,
  'political-agreement': 0.15,
  conference: 0.15,
  resolution: 0.15,
  other: 0.1,
};
/** Candidates tried per entity before giving up: only reached if the vocabularies are exhausted. */
const NAME_ATTEMPTS = 500;
const NAME_EN_SHARE = 0.75;
/** Actors that sign agreements, in preference to persons and media. */
const SIGNATORY_KINDS = new Set<ActorKind>(['state', 'government', 'armed-group', 'political-party']);
const WITNESS_KINDS = new Set<ActorKind>(['state', 'intergovernmental']);

function weighted<K extends string>(rng: Rng, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  let roll = rng.next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [kind, weight] of entries) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return (entries[entries.length - 1] as [K, number])[0];
}

/** `count` kinds: each kind once while there is room, then by weight. */
export function kindsFor<K extends string>(rng: Rng, all: readonly K[], weights: Record<K, number>, count: number): K[] {
  const kinds = all.slice(0, count);
  while (kinds.length < count) kinds.push(weighted(rng, weights));
  return kinds;
}

interface Named {
  candidate: NameCandidate;
  id: string;
  nameEn: string | undefined;
  aliases: string[];
}

/** Candidates until one is free, then the optional English name and 0–3 aliases that are free too. */
function nameOne(rng: Rng, claims: NameClaims, make: () => NameCandidate, what: string): Named {
  for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
    const candidate = make();
    if (!claims.available([candidate.name])) continue;
    const accepted = [candidate.name];
    const nameEn = rng.chance(NAME_EN_SHARE) && claims.available([...accepted, candidate.latin]) ? candidate.latin : undefined;
    if (nameEn) accepted.push(nameEn);
    const wanted = rng.int(0, 3);
    const aliases: string[] = [];
    for (const alias of rng.shuffle([...candidate.aliases, ...candidate.latinAliases])) {
      if (aliases.length >= wanted) break;
      if (claims.available([...accepted, alias])) {
        aliases.push(alias);
        accepted.push(alias);
      }
    }
    claims.claim(accepted);
    return { candidate, id: claims.claimId(candidate.latin), nameEn, aliases };
  }
  throw new Error(`no free name left for a new ${what} after ${NAME_ATTEMPTS} attempts`);
}

function formsOf({ candidate, nameEn, aliases }: Named) {
  return {
    name: candidate.name,
    nameEn,
    aliases,
    arabicForms: [candidate.name, ...aliases.filter((alias) => !isLatinForm(alias))],
    latinForms: [...(nameEn ? [nameEn] : []), ...aliases.filter(isLatinForm)],
    gender: candidate.gender,
    description: '',
  };
}

function some<T>(rng: Rng, items: readonly T[], min: number, max: number): T[] {
  return rng.shuffle(items).slice(0, rng.int(min, max));
}

function actorDates(rng: Rng, kind: ActorKind): Pick<CorpusActor, 'born' | 'founded' | 'dissolved'> {
  if (kind === 'person') return rng.chance(0.6) ? { born: randomDay(rng, 1945, 1985) } : {};
  if (!rng.chance(0.5)) return {};
  const founded = randomDay(rng, 1950, 2018);
  const dissolved = rng.chance(0.06) ? randomDay(rng, Number(founded.slice(0, 4)) + 1, 2021) : undefined;
  return dissolved ? { founded, dissolved } : { founded };
}

function affiliate(rng: Rng, actors: readonly CorpusActor[]): void {
  for (const actor of actors) {
    const others = actors.filter((other) => other !== actor && other.kind !== 'person');
    const share = actor.kind === 'person' ? 0.6 : actor.kind === 'armed-group' ? 0.35 : 0.15;
    if (others.length === 0 || !rng.chance(share)) continue;
    actor.affiliations = some(rng, others, 1, actor.kind === 'person' ? 2 : 1).map((other) => other.id);
  }
}

/** The entities of a corpus of `count` entities generated with `seed`. */
export function generateEntities(count: number, seed: number, reserved: ReservedWords): CorpusEntity[] {
  const rng = new Rng(deriveSeed(seed, 'entities'));
  const claims = new NameClaims(reserved);
  const context: NameContext = { rng, states: [] };
  const agreementCount = count >= 2 ? Math.max(1, Math.round(count * AGREEMENT_SHARE)) : 0;
  const actorKinds = kindsFor(rng, ACTOR_KINDS, ACTOR_WEIGHTS, count - agreementCount);
  // States first, so that governments, parties and agreements can be named after them.
  actorKinds.sort((a, b) => Number(b === 'state') - Number(a === 'state'));

  const actors: CorpusActor[] = actorKinds.map((kind) => {
    const named = nameOne(rng, claims, () => actorName(kind, context), kind);
    if (named.candidate.state) context.states.push(named.candidate.state);
    return { collection: 'actors', id: named.id, kind, ...formsOf(named), affiliations: [], ...actorDates(rng, kind) };
  });
  affiliate(rng, actors);

  const signatories = actors.filter((actor) => SIGNATORY_KINDS.has(actor.kind));
  const witnesses = actors.filter((actor) => WITNESS_KINDS.has(actor.kind));
  const agreements: CorpusAgreement[] = [];
  for (const kind of kindsFor(rng, AGREEMENT_KINDS, AGREEMENT_WEIGHTS, agreementCount)) {
    const named = nameOne(rng, claims, () => agreementName(kind, context), kind);
    const parties = some(rng, signatories.length >= 2 ? signatories : actors, 2, 4).map((actor) => actor.id);
    agreements.push({
      collection: 'agreements',
      id: named.id,
      kind,
      ...formsOf(named),
      signed: randomDay(rng, 2011, 2021),
      place: named.candidate.place,
      status: rng.chance(0.8) ? rng.pick(AGREEMENT_STATUSES) : undefined,
      parties,
      witnesses: rng.chance(0.5)
        ? some(
            rng,
            witnesses.filter((actor) => !parties.includes(actor.id)),
            1,
            2,
          ).map((actor) => actor.id)
        : [],
      related: agreements.length > 0 && rng.chance(0.4) ? some(rng, agreements, 1, 2).map((agreement) => agreement.id) : [],
      textUrl: rng.chance(0.3) ? `https://example.org/agreements/${named.id}` : undefined,
    });
  }

  const entities: CorpusEntity[] = [...actors, ...agreements];
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  entities.forEach((entity, index) => {
    entity.description = describe(entity, new Rng(deriveSeed(seed, 'description', index)), byId);
  });
  return entities;
}
