/**
 * Views of the corpus that pages ask for. Pages render what these return and
 * never sort or filter on their own, so every list on the site agrees.
 */
import { ACTOR_KINDS, type ActorData, type ActorKind, type AgreementData, type ArticleData } from '../content/schema.ts';

export interface Item<D> {
  id: string;
  data: D;
}

const arabicOrder = new Intl.Collator('ar');

/** Published articles, newest first; the id breaks ties so the order never depends on file-system order. */
export function publishedArticles<A extends Item<ArticleData>>(articles: readonly A[]): A[] {
  return articles
    .filter((article) => !article.data.draft)
    .sort((a, b) => (a.data.date === b.data.date ? (a.id < b.id ? -1 : 1) : a.data.date < b.data.date ? 1 : -1));
}

/** Actors grouped by kind, in the order kinds are declared, names in Arabic alphabetical order. */
export function actorsByKind<T extends Item<ActorData>>(actors: readonly T[]): Array<{ kind: ActorKind; actors: T[] }> {
  return ACTOR_KINDS.map((kind) => ({
    kind,
    actors: actors.filter((actor) => actor.data.kind === kind).sort((a, b) => arabicOrder.compare(a.data.name, b.data.name)),
  })).filter((group) => group.actors.length > 0);
}

/** Agreements in the order they were signed. */
export function agreementsChronological<T extends Item<AgreementData>>(agreements: readonly T[]): T[] {
  return [...agreements].sort((a, b) =>
    a.data.signed === b.data.signed ? (a.id < b.id ? -1 : 1) : a.data.signed < b.data.signed ? -1 : 1,
  );
}

/** The agreements an actor signed and those it witnessed, chronologically. */
export function agreementsOfActor<T extends Item<AgreementData>>(actorId: string, agreements: readonly T[]): { party: T[]; witness: T[] } {
  const ordered = agreementsChronological(agreements);
  return {
    party: ordered.filter((agreement) => agreement.data.parties.includes(actorId)),
    witness: ordered.filter((agreement) => agreement.data.witnesses.includes(actorId)),
  };
}

// A page calls `pick` once per article with the same collection array: index each array once, not per call.
const indexes = new WeakMap<readonly Item<unknown>[], Map<string, Item<unknown>>>();

function indexById<T extends Item<unknown>>(entries: readonly T[]): Map<string, T> {
  let index = indexes.get(entries);
  if (!index) indexes.set(entries, (index = new Map(entries.map((entry) => [entry.id, entry]))));
  return index as Map<string, T>;
}

/**
 * Look up entries by id, keeping the given order. An id with no entry is left
 * out without a word: reporting unknown ids is `npm run check`'s job, not a
 * page's, so a page renders what it can.
 */
export function pick<T extends Item<unknown>>(ids: readonly string[], entries: readonly T[]): T[] {
  const byId = indexById(entries);
  return ids.flatMap((id) => {
    const entry = byId.get(id);
    return entry ? [entry] : [];
  });
}
