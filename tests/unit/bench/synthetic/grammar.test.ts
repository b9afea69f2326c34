/** The template language of generated prose (bench/synthetic/grammar.ts). */
import { describe, expect, it } from 'vitest';
import { expand, joinPieces, slotsOf, type Fill } from '../../../../bench/synthetic/grammar.ts';
import { Rng } from '../../../../bench/synthetic/rng.ts';

const fill = (overrides: Partial<Fill>): Fill => ({
  rng: new Rng(1),
  grammar: { GREETING: ['أهلاً'], NESTED: ['{GREETING} وسهلاً'] },
  value: (name) => (name === 'N' ? '42' : undefined),
  mentions: [],
  gender: 'm',
  ...overrides,
});

describe('slotsOf', () => {
  it('lists entity slots with their prefixes, in order', () => {
    expect(slotsOf('قال {P} إن {E:ول} دوراً في {A:ب} و{X} {N}')).toEqual([
      { type: 'P', prefix: '' },
      { type: 'E', prefix: 'ول' },
      { type: 'A', prefix: 'ب' },
      { type: 'X', prefix: '' },
    ]);
  });
});

describe('expand', () => {
  it('fills slots, pools, values and gender', () => {
    const text = joinPieces(expand('{G:قال|قالت} {P}: {NESTED} {N}', fill({ mentions: ['مريم'], gender: 'f' })), '،');
    expect(text).toBe('قالت مريم: أهلاً وسهلاً 42');
  });
  it('refuses an unknown placeholder and a slot without an entity', () => {
    expect(() => expand('{MISSING}', fill({}))).toThrow(/unknown placeholder/);
    expect(() => expand('{E}', fill({}))).toThrow(/without an entity/);
  });
  it('refuses entity slots inside pools: the caller could not have chosen them', () => {
    expect(() => expand('{INNER}', fill({ grammar: { INNER: ['{E}'] }, mentions: ['قطر'] }))).toThrow(/outside a top-level template/);
  });
});

describe('joinPieces', () => {
  it('puts a comma between two mentions that only white space separates', () => {
    const pieces = [
      { kind: 'mention', text: 'برقان' },
      { kind: 'text', text: ' ' },
      { kind: 'mention', text: 'زمرا' },
    ] as const;
    expect(joinPieces(pieces, '،')).toBe('برقان، زمرا');
  });
  it('or only a connector', () => {
    const pieces = [
      { kind: 'mention', text: 'Barqan' },
      { kind: 'text', text: ' and ' },
      { kind: 'mention', text: 'Zamra' },
    ] as const;
    expect(joinPieces(pieces, ',')).toBe('Barqan, and Zamra');
  });
  it('leaves mentions apart that words of text separate', () => {
    const pieces = [
      { kind: 'mention', text: 'برقان' },
      { kind: 'text', text: ' من جهة ' },
      { kind: 'mention', text: 'وزمرا' },
    ] as const;
    expect(joinPieces(pieces, '،')).toBe('برقان من جهة وزمرا');
  });
});
