/**
 * Candidate names for each kind of entity: the Arabic name, its English
 * rendering and the aliases it could have. Candidates may collide with names
 * already taken; the caller (entities.ts) checks them against its claims
 * and asks again.
 */
import type { ActorKind, AgreementKind } from '../../src/lib/content/schema.ts';
import { FIRST_NAME_NUMBER } from './reserved.ts';
import {
  ASSOCIATIONS,
  BODIES,
  DOCUMENTS,
  GIVEN_NAMES,
  GOVERNMENT_PROGRAMMES,
  GOVERNMENT_STYLES,
  IDEALS,
  MOU_SUBJECTS,
  OUTLETS,
  PARTY_TYPES,
  REGION_KINDS,
  REGIONAL_BODIES,
  STATE_STYLES,
  TITLES,
  TOPICS,
  UNIT_EPITHETS,
  UNIT_TYPES,
  type Gender,
  type NamePart,
} from './name-parts.ts';
import type { Rng } from './rng.ts';
import { familyName, nisba, nisbaFeminine, placeName, stem } from './stems.ts';

/** A possible name for an entity, with the forms it may add. */
export interface NameCandidate {
  name: string;
  /** English rendering: the id is made from it, and it may become `name_en`. */
  latin: string;
  /** Arabic aliases it may take. */
  aliases: string[];
  /** Latin aliases it may take. */
  latinAliases: string[];
  gender: Gender;
  /** For agreements: where it was signed. */
  place?: string;
  /** For states: the place to remember once the name is accepted. */
  state?: KnownPlace;
}

/** A state already named, so that governments, parties and agreements can refer to it. */
export interface KnownPlace {
  place: NamePart;
  stem: NamePart;
}

/** What name generation needs besides the kind. */
export interface NameContext {
  rng: Rng;
  /** States named so far. */
  states: KnownPlace[];
}

const candidate = (name: string, latin: string, extra: Partial<NameCandidate> = {}): NameCandidate => ({
  name,
  latin,
  aliases: [],
  latinAliases: [],
  gender: 'm',
  ...extra,
});

/** A place the entity belongs to: sometimes an existing state, otherwise a new one. */
function somePlace({ rng, states }: NameContext): KnownPlace {
  if (states.length > 0 && rng.chance(0.4)) return rng.pick(states);
  const base = stem(rng);
  return { place: placeName(rng, base), stem: base };
}

/** An acronym of the capitalised words of an English name (`BSL`). */
export function acronym(latin: string): string {
  return latin
    .split(/[\s-]+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word.charAt(0))
    .join('');
}

const NAMERS: Record<ActorKind, (context: NameContext) => NameCandidate> = {
  person({ rng }) {
    const given = rng.pick(GIVEN_NAMES);
    const father = rng.chance(0.35) ? rng.pick(GIVEN_NAMES.filter((other) => other.gender === 'm' && other !== given)) : undefined;
    const family = familyName(stem(rng));
    const short = `${given.ar} ${family.ar}`;
    return candidate(father ? `${given.ar} ${father.ar} ${family.ar}` : short, `${given.en} ${family.en}`, {
      aliases: [family.ar, `${rng.pick(TITLES[given.gender])} ${short}`, ...(father ? [short] : [])],
      latinAliases: [family.en],
      gender: given.gender,
    });
  },
  'armed-group'(context) {
    const { rng } = context;
    const type = rng.pick(UNIT_TYPES);
    const { place } = somePlace(context);
    const short = candidate(`${type.ar} ${place.ar}`, `${place.en} ${type.en}`);
    const numbered = type.definite ? [`${type.definite} ${rng.int(FIRST_NAME_NUMBER, 9999)}`] : [];
    if (rng.chance(0.4)) {
      const epithet = rng.pick(UNIT_EPITHETS);
      return candidate(`${type.ar} ${epithet.ar} ${place.ar}`, `${place.en} ${epithet.en} ${type.en}`, {
        aliases: [short.name, ...numbered],
        latinAliases: [short.latin],
      });
    }
    return { ...short, aliases: numbered };
  },
  government(context) {
    const { rng } = context;
    const { place, stem: base } = somePlace(context);
    const plain = `حكومة ${place.ar}`;
    const cabinet = { ar: `مجلس وزراء ${place.ar}`, en: `${place.en} Council of Ministers` };
    const shape = rng.int(0, 2);
    if (shape === 0) return candidate(plain, `${place.en} Government`, { aliases: [cabinet.ar], latinAliases: [cabinet.en], gender: 'f' });
    if (shape === 1) {
      const style = rng.pick(GOVERNMENT_STYLES);
      return candidate(`${plain} ${style.ar}`, `${place.en} ${style.en} Government`, {
        aliases: [plain, cabinet.ar],
        latinAliases: [cabinet.en],
        gender: 'f',
      });
    }
    const programme = rng.pick(GOVERNMENT_PROGRAMMES);
    const adjective = nisbaFeminine(base);
    return candidate(`حكومة ${programme.ar} ${adjective.ar}`, `${adjective.en} ${programme.en} Government`, {
      aliases: [`حكومة ${programme.ar}`, plain],
      gender: 'f',
    });
  },
  state({ rng }) {
    const base = stem(rng);
    const place = placeName(rng, base);
    const style = rng.pick(STATE_STYLES);
    return candidate(place.ar, place.en, {
      aliases: [`${style.ar} ${place.ar}`],
      latinAliases: [`${style.en} of ${place.en}`],
      gender: 'f',
      state: { place, stem: base },
    });
  },
  'political-party'(context) {
    const { rng } = context;
    const type = rng.pick(PARTY_TYPES);
    const ideal = rng.pick(IDEALS);
    if (rng.chance(0.35)) {
      const second = rng.pick(IDEALS.filter((other) => other !== ideal));
      return candidate(`${type.ar} ${ideal.ar} و${second.ar}`, `${ideal.en} and ${second.en} ${type.en}`);
    }
    const adjective = nisba(somePlace(context).stem);
    return candidate(`${type.ar} ${ideal.ar} ${adjective.ar}`, `${adjective.en} ${ideal.en} ${type.en}`, {
      aliases: [`${type.ar} ${ideal.ar}`],
      latinAliases: [`${ideal.en} ${type.en}`],
    });
  },
  intergovernmental(context) {
    const { rng } = context;
    const { place } = somePlace(context);
    const kind = rng.pick(REGION_KINDS);
    const region = rng.chance(0.6) ? { ar: `${kind.ar} ${place.ar}`, en: `${place.en} ${kind.en}` } : place;
    const body = rng.pick(REGIONAL_BODIES);
    const latin = body.en(region.en);
    return candidate(body.ar(region.ar), latin, { latinAliases: [acronym(latin)], gender: 'f' });
  },
  media(context) {
    const { rng } = context;
    const outlet = rng.pick(OUTLETS);
    const base = rng.chance(0.5) ? stem(rng) : somePlace(context).place;
    const name = [outlet.before, base.ar, outlet.after].filter((part) => part !== '').join(' ');
    return candidate(name, outlet.en(base.en), { aliases: outlet.alias ? [`${outlet.alias} ${base.ar}`] : [], gender: 'f' });
  },
  other(context) {
    const { rng } = context;
    const shape = rng.int(0, 2);
    if (shape === 0) {
      const body = rng.pick(BODIES);
      const topic = rng.pick(TOPICS);
      const latin = body.en.replace('{topic}', topic.en);
      return candidate(`${body.ar} ${topic.ar}`, latin, { latinAliases: [acronym(latin)], gender: 'f' });
    }
    const { place, stem: base } = somePlace(context);
    if (shape === 1) {
      const association = rng.pick(ASSOCIATIONS);
      const name = [association.before, place.ar, association.after].filter((part) => part !== '').join(' ');
      return candidate(name, association.en(place.en), {
        aliases: association.after ? [`${association.before} ${place.ar}`] : [],
        gender: 'f',
      });
    }
    const topic = rng.pick(TOPICS);
    const adjective = nisbaFeminine(base);
    return candidate(`الهيئة ${adjective.ar} ${topic.ar}`, `${adjective.en} ${topic.en} Authority`, { gender: 'f' });
  },
};

const AGREEMENT_NAMERS: Record<AgreementKind, (place: NamePart, rng: Rng) => NameCandidate> = {
  ceasefire: (place) =>
    candidate(`اتفاق ${place.ar} لوقف إطلاق النار`, `${place.en} Ceasefire Agreement`, {
      aliases: [`هدنة ${place.ar}`, `اتفاق ${place.ar}`],
      latinAliases: [`${place.en} Truce`],
    }),
  mou(place, rng) {
    const subject = rng.pick(MOU_SUBJECTS);
    return candidate(`مذكرة تفاهم ${place.ar} ${subject.ar}`, `${place.en} ${subject.en} Memorandum of Understanding`, {
      aliases: [`مذكرة ${place.ar} ${subject.ar}`],
      latinAliases: [`${place.en} ${subject.en} MoU`],
    });
  },
  'political-agreement': (place) =>
    candidate(`اتفاق ${place.ar} للسلام`, `${place.en} Peace Agreement`, {
      aliases: [`اتفاق ${place.ar}`],
      latinAliases: [`${place.en} Accord`],
    }),
  conference: (place) =>
    candidate(`مؤتمر ${place.ar} للحوار`, `${place.en} Dialogue Conference`, {
      aliases: [`مؤتمر ${place.ar}`, `مخرجات مؤتمر ${place.ar}`],
      latinAliases: [`${place.en} Conference`],
    }),
  resolution(_place, rng) {
    const number = rng.int(FIRST_NAME_NUMBER, 9999);
    return candidate(`القرار ${number}`, `Resolution ${number}`, {
      aliases: [`القرار رقم ${number}`, `قرار مجلس الأمن ${number}`],
      latinAliases: [`Security Council Resolution ${number}`],
    });
  },
  other(place, rng) {
    const document = rng.pick(DOCUMENTS);
    return candidate(`${document.ar} ${place.ar}`, `${place.en} ${document.en}`);
  },
};

/** A candidate name for an actor of this kind. */
export function actorName(kind: ActorKind, context: NameContext): NameCandidate {
  return NAMERS[kind](context);
}

/** A candidate name for an agreement of this kind, with the place it was signed. */
export function agreementName(kind: AgreementKind, context: NameContext): NameCandidate {
  const { place } = somePlace(context);
  const named = AGREEMENT_NAMERS[kind](place, context.rng);
  return kind === 'resolution' ? named : { ...named, place: place.ar };
}
