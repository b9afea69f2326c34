/**
 * The vocabularies hold together: every placeholder resolves, entity slots
 * sit only where the generator chooses entities, and the words names are
 * built from never occur in running text.
 */
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, AGREEMENT_KINDS } from '../../../../src/lib/content/schema.ts';
import { actorName, agreementName, type NameContext } from '../../../../bench/synthetic/entity-names.ts';
import { fillerWords } from '../../../../bench/synthetic/filler.ts';
import { SLOT_TYPES, type Grammar } from '../../../../bench/synthetic/grammar.ts';
import * as parts from '../../../../bench/synthetic/name-parts.ts';
import { CONNECTORS, tokensOf } from '../../../../bench/synthetic/reserved.ts';
import { Rng } from '../../../../bench/synthetic/rng.ts';
import { ARABIC } from '../../../../bench/synthetic/vocabulary-ar.ts';
import { ENGLISH } from '../../../../bench/synthetic/vocabulary-en.ts';

/** Placeholders the generator fills itself (prose.ts, descriptions.ts). */
const VALUES = new Set(['N', 'NY', 'ND', 'CODE', 'PLACE', 'SIGNED', 'G', ...SLOT_TYPES]);
/** Pools used as whole templates, whose slots the generator fills. */
const TEMPLATE_POOL = /^(S[EPAX]|TITLE_[EPAX]|ITEM_[EA]|QUOTE_[EP]|CELL|DESC_\w+)$/;
const PLACEHOLDER = /\{([A-Z][A-Z0-9_]*)(?::[^}]*)?\}/g;

const grammars: Record<string, Grammar> = { ARABIC, ENGLISH };

describe.each(Object.entries(grammars))('the %s grammar', (_, grammar) => {
  it('has no placeholder without a pool or a value', () => {
    for (const [pool, templates] of Object.entries(grammar)) {
      expect(templates.length, pool).toBeGreaterThan(0);
      for (const template of templates) {
        for (const [, name = ''] of template.matchAll(PLACEHOLDER))
          expect(VALUES.has(name) || name in grammar, `${pool}: ${template}`).toBe(true);
      }
    }
  });

  it('has entity slots only in template pools', () => {
    for (const [pool, templates] of Object.entries(grammar)) {
      if (TEMPLATE_POOL.test(pool)) continue;
      for (const template of templates) expect(template, pool).not.toMatch(/\{[EPOAX](:[^}]*)?\}/);
    }
  });

  it('has the pools the article generator draws from', () => {
    for (const pool of [
      'S0',
      'SE',
      'SP',
      'SA',
      'SX',
      'TITLE_E',
      'TITLE_P',
      'TITLE_A',
      'TITLE_X',
      'HEADING',
      'LIST_INTRO',
      'ITEM0',
      'ITEM_E',
      'ITEM_A',
      'QUOTE0',
      'QUOTE_E',
      'QUOTE_P',
      'CELL',
      'TABLE_INTRO',
      'TABLE_PARTIES',
      'STANCE',
      'DATE',
      'CODE_SENTENCE',
    ]) {
      expect(grammar[pool], pool).toBeDefined();
    }
  });
});

describe('name words', () => {
  it('never occur in running text', () => {
    const reserved = fillerWords();
    const words: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') words.push(...tokensOf(value.replace(/\{topic\}/g, '')));
      else if (typeof value === 'function') collect((value as (text: string) => string)(''));
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(Object.values(parts));
    expect(words.length).toBeGreaterThan(150);
    const clashes = words.filter((word) => reserved.has(word) && !CONNECTORS.has(word) && word !== 'm' && word !== 'f');
    expect(clashes).toEqual([]);
  });

  it('rarely make a candidate that has to be thrown away (only its invented part can clash)', () => {
    const reserved = fillerWords();
    const context: NameContext = { rng: new Rng(3), states: [] };
    const makers = [
      ...ACTOR_KINDS.map((kind) => () => actorName(kind, context)),
      ...AGREEMENT_KINDS.map((kind) => () => agreementName(kind, context)),
    ];
    for (const make of makers) {
      let refused = 0;
      for (let index = 0; index < 500; index++) {
        const candidate = make();
        if ([candidate.name, candidate.latin, ...candidate.aliases, ...candidate.latinAliases].some((form) => reserved.problemWith(form)))
          refused++;
      }
      expect(refused / 500).toBeLessThan(0.05);
    }
  });
});
