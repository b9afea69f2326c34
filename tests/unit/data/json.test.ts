import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonArray, jsonFile, jsonParts } from '../../../src/lib/data/json.ts';

const joined = (value: unknown) => [...jsonParts(value)].join('');

describe('a JSON export in parts', () => {
  it('is jsonFile, byte for byte, for a release with records', () => {
    const value = {
      release: { version: '2026-12-01', license: 'CC-BY-4.0', articles: 3 },
      empty: [],
      nothing: {},
      left: undefined,
      skipped: () => 1,
      mentions: [
        { article: '2020/10/jnyf', entity: 'actors/haftar', line: 3, column: 7, text: 'حفتر' },
        { article: 'a"b', entity: null, line: 1, column: 1, text: 'سطر\nآخر' },
        [1, [2, [3]], { deep: { deeper: [] } }],
        undefined,
        new Date(Date.UTC(2020, 9, 23)),
      ],
      graph: { nodes: [{ key: 'x', aliases: ['أ', 'ب'] }], edges: [] },
    };
    expect(joined(value)).toBe(jsonFile(value));
  });

  it('is jsonFile for any JSON value, and for arrays and objects of them', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => joined(value) === jsonFile(value)));
    fc.assert(fc.property(fc.array(fc.jsonValue()), (value) => joined(value) === jsonFile(value)));
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.array(fc.jsonValue())), (value) => joined(value) === jsonFile(value)));
  });

  it("gives an array's items one part each, so no part holds the whole file", () => {
    const records = Array.from({ length: 1000 }, (_, index) => ({ index, text: 'حكومة الوفاق' }));
    const parts = [...jsonParts({ release: { version: '1' }, records })];
    expect(parts.length).toBeGreaterThan(1000);
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(200);
  });

  it('writes an array made as it is written as the array of its items, in parts and whole', () => {
    function* records() {
      for (let index = 0; index < 3; index++) yield { index, text: 'قوات' };
    }
    const lazy = { release: 'r', mentions: jsonArray(records), none: jsonArray(() => []) };
    const eager = { release: 'r', mentions: [...records()], none: [] };
    expect(joined(lazy)).toBe(jsonFile(eager));
    expect(jsonFile(lazy)).toBe(jsonFile(eager));
  });

  it('asks an array made as it is written for its items only while it writes them', () => {
    let made = 0;
    function* records() {
      for (let index = 0; index < 1000; index++) {
        made += 1;
        yield index;
      }
    }
    const parts = jsonParts({ mentions: jsonArray(records) });
    for (let index = 0; index < 10; index++) parts.next();
    expect(made).toBeLessThan(20);
  });
});
