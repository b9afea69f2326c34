/**
 * Which entities articles are about. Some entities are in the news far more
 * than others, so each gets a Zipf-like weight from a seeded ranking, and
 * articles draw their entities by weight.
 */
import type { CorpusEntity } from './entity.ts';
import type { Rng } from './rng.ts';

interface WeightedGroup {
  entities: CorpusEntity[];
  /** Running totals of the weights, for drawing by binary search. */
  totals: Float64Array;
}

/** The two collections articles draw from. */
export type GroupName = 'actors' | 'agreements';

function weightedGroup(entities: CorpusEntity[], weightOf: (entity: CorpusEntity) => number): WeightedGroup {
  const totals = new Float64Array(entities.length);
  let total = 0;
  entities.forEach((entity, index) => {
    total += weightOf(entity);
    totals[index] = total;
  });
  return { entities, totals };
}

/** The corpus's entities, weighted, grouped by collection and by whether they have Latin names. */
export class EntityPool {
  private readonly groups = new Map<string, WeightedGroup>();

  /** `rng` only ranks the entities; drawing uses each article's own stream. */
  constructor(entities: readonly CorpusEntity[], rng: Rng) {
    const weights = new Map<CorpusEntity, number>();
    rng.shuffle(entities).forEach((entity, rank) => weights.set(entity, 1 / (rank + 3) ** 0.9));
    const weightOf = (entity: CorpusEntity) => weights.get(entity) ?? 0;
    for (const collection of ['actors', 'agreements'] as const) {
      const members = entities.filter((entity) => entity.collection === collection);
      this.groups.set(`${collection}:any`, weightedGroup(members, weightOf));
      this.groups.set(
        `${collection}:latin`,
        weightedGroup(
          members.filter((entity) => entity.latinForms.length > 0),
          weightOf,
        ),
      );
    }
  }

  private group(collection: GroupName, latin: boolean): WeightedGroup {
    return this.groups.get(`${collection}:${latin ? 'latin' : 'any'}`) as WeightedGroup;
  }

  /** How many entities of the collection can be drawn (with Latin names only, for English text). */
  size(collection: GroupName, latin: boolean): number {
    return this.group(collection, latin).entities.length;
  }

  /** Up to `count` distinct entities, drawn by weight. */
  draw(rng: Rng, collection: GroupName, latin: boolean, count: number): CorpusEntity[] {
    const { entities, totals } = this.group(collection, latin);
    const wanted = Math.min(count, entities.length);
    const total = totals[totals.length - 1] ?? 0;
    const chosen = new Set<CorpusEntity>();
    for (let attempt = 0; chosen.size < wanted && attempt < wanted * 50; attempt++) {
      const target = rng.next() * total;
      let low = 0;
      let high = totals.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((totals[middle] ?? 0) > target) high = middle;
        else low = middle + 1;
      }
      chosen.add(entities[low] as CorpusEntity);
    }
    // Heavily skewed weights can starve the last draws; fill up in rank order.
    for (const entity of entities) {
      if (chosen.size >= wanted) break;
      chosen.add(entity);
    }
    return [...chosen];
  }
}
