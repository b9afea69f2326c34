/** Entity generation at scale: thousands of distinct names, every kind, valid relations. */
import { beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../../../../src/lib/arabic/normalize.ts';
import { ENTITY_ID_PATTERN } from '../../../../src/lib/content/fields.ts';
import { ACTOR_KINDS, AGREEMENT_KINDS } from '../../../../src/lib/content/schema.ts';
import { generateEntities, kindsFor } from '../../../../bench/synthetic/entities.ts';
import type { CorpusEntity } from '../../../../bench/synthetic/entity.ts';
import { fillerWords } from '../../../../bench/synthetic/filler.ts';
import { writings } from '../../../../bench/synthetic/reserved.ts';
import { Rng } from '../../../../bench/synthetic/rng.ts';

let entities: CorpusEntity[] = [];

beforeAll(() => {
  entities = generateEntities(3000, 5, fillerWords());
});

const formsOf = (entity: CorpusEntity) => [entity.name, ...(entity.nameEn ? [entity.nameEn] : []), ...entity.aliases];

describe('3,000 generated entities', () => {
  it('are 85% actors and 15% agreements, of every kind', () => {
    const agreements = entities.filter((entity) => entity.collection === 'agreements');
    expect(agreements).toHaveLength(450);
    expect(new Set(entities.filter((entity) => entity.collection === 'actors').map((entity) => entity.kind))).toEqual(new Set(ACTOR_KINDS));
    expect(new Set(agreements.map((entity) => entity.kind))).toEqual(new Set(AGREEMENT_KINDS));
  });

  it('have unique valid ids', () => {
    const ids = entities.map((entity) => entity.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(ENTITY_ID_PATTERN);
  });

  it('have names and aliases that no two entities could share, even with prefixes attached', () => {
    const owner = new Map<string, string>();
    for (const entity of entities) {
      for (const form of formsOf(entity)) {
        for (const writing of writings(normalize(form).trim())) {
          expect(owner.get(writing), `${form} (${entity.id})`).toBeUndefined();
          owner.set(writing, entity.id);
        }
      }
    }
  });

  it('have zero to three aliases, some Latin, and often an English name', () => {
    const counts = new Set(entities.map((entity) => entity.aliases.length));
    expect([...counts].sort()).toEqual([0, 1, 2, 3]);
    expect(entities.some((entity) => entity.aliases.some((alias) => /^[\x20-\x7E]+$/.test(alias)))).toBe(true);
    const withEnglish = entities.filter((entity) => entity.nameEn !== undefined).length / entities.length;
    expect(withEnglish).toBeGreaterThan(0.5);
    expect(withEnglish).toBeLessThan(0.95);
  });

  it('never use a word of running text, a single letter or a function word as a name', () => {
    const reserved = fillerWords();
    for (const entity of entities) for (const form of formsOf(entity)) expect(reserved.problemWith(form), form).toBeUndefined();
  });

  it('relate only to entities that exist, never to themselves', () => {
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    for (const entity of entities) {
      const references =
        entity.collection === 'actors'
          ? entity.affiliations.map((id) => [id, 'actors'])
          : [
              ...entity.parties.map((id) => [id, 'actors']),
              ...entity.witnesses.map((id) => [id, 'actors']),
              ...entity.related.map((id) => [id, 'agreements']),
            ];
      for (const [id, collection] of references) {
        expect(id).not.toBe(entity.id);
        expect(byId.get(id ?? '')?.collection).toBe(collection);
      }
    }
    expect(entities.some((entity) => entity.collection === 'agreements' && entity.related.length > 0)).toBe(true);
  });
});

describe('kindsFor', () => {
  it('takes every kind once when there is room, then draws by weight', () => {
    const kinds = kindsFor(new Rng(1), ['a', 'b', 'c'], { a: 1, b: 0, c: 0 }, 6);
    expect(kinds).toEqual(['a', 'b', 'c', 'a', 'a', 'a']);
    expect(kindsFor(new Rng(1), ['a', 'b', 'c'], { a: 1, b: 1, c: 1 }, 2)).toEqual(['a', 'b']);
  });
});
