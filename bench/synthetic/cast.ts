/**
 * The entities one article is about, and which of them the text has not
 * named yet. Sentences take their entities from here, so every entity the
 * frontmatter lists is mentioned and no other is.
 */
import type { CorpusEntity } from './entity.ts';
import type { Slot, SlotType } from './grammar.ts';
import type { Rng } from './rng.ts';

/** Whether an entity can stand in a slot of this type. */
export function fitsSlot(entity: CorpusEntity, type: SlotType): boolean {
  switch (type) {
    case 'P':
      return entity.collection === 'actors' && entity.kind === 'person';
    case 'O':
      return entity.collection === 'actors' && entity.kind !== 'person';
    case 'E':
      return entity.collection === 'actors';
    case 'A':
      return entity.collection === 'agreements';
    case 'X':
      return true;
  }
}

/** The article's entities and the ones still to be named. */
export class Cast {
  private readonly unmentioned: CorpusEntity[];

  constructor(readonly entities: readonly CorpusEntity[]) {
    this.unmentioned = [...entities];
  }

  /** The next entity the text still has to name. */
  get pending(): CorpusEntity | undefined {
    return this.unmentioned[0];
  }

  /**
   * Entities for the slots of a template: `forced` in the first slot it fits,
   * the others distinct, preferring those not yet named. Undefined when the
   * cast cannot fill the template.
   */
  assign(rng: Rng, slots: readonly Slot[], forced: CorpusEntity | undefined): CorpusEntity[] | undefined {
    const chosen: Array<CorpusEntity | undefined> = slots.map(() => undefined);
    if (forced) {
      const at = slots.findIndex((slot) => fitsSlot(forced, slot.type));
      if (at === -1) return undefined;
      chosen[at] = forced;
    }
    for (const [index, slot] of slots.entries()) {
      if (chosen[index]) continue;
      const candidates = this.entities.filter((entity) => fitsSlot(entity, slot.type) && !chosen.includes(entity));
      if (candidates.length === 0) return undefined;
      chosen[index] = candidates.find((entity) => this.unmentioned.includes(entity)) ?? rng.pick(candidates);
    }
    return chosen as CorpusEntity[];
  }

  /** Record that the text now names these entities. */
  mentioned(entities: readonly CorpusEntity[]): void {
    for (const entity of entities) {
      const at = this.unmentioned.indexOf(entity);
      if (at !== -1) this.unmentioned.splice(at, 1);
    }
  }
}
