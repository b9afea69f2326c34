/**
 * The matcher built from arbitrary forms over arbitrary texts. Forms and texts
 * share a small alphabet full of proclitics, article letters, marks and
 * compatibility characters, so that matches happen; arbitrary Unicode, bidi
 * controls, NUL and long runs are mixed in. Inputs are bounded, so a hang
 * shows as vitest's timeout.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/lib/arabic/normalize.ts';
import { createRegExpBaseline } from '../../../src/lib/entities/baseline.ts';
import { normalizeForm, squeeze } from '../../../src/lib/entities/forms.ts';
import { createMatcher, doubleLamSpelling, isArticleForm, type Match, type SurfaceForm } from '../../../src/lib/entities/matcher.ts';

/** Generous: the inputs take milliseconds; only a hang reaches it. */
const HANG_TIMEOUT_MS = 60_000;

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
/** Letters that make mentions: proclitics, the article, hamza seats, ة/ى, and a few others. */
const LETTERS = [...'الوفبكأإآٱىةهيقطرمن'];
const MARKS = [...'\u064E\u064F\u0650\u0651\u0652\u064B\u0670\u0640'];
const ODD = [
  ...'\0\u200E\u200F\u202B\u202E\u2067\u2069\u061C\u200C\u200D\uFEFF\uFFFD\u00A0\t\n',
  '\uD800',
  '\uDC00',
  '\u{1D400}',
  '\u{1F600}',
  ...'ﻻﻷﷲ\uFE70\uFC5E½ﺃA1٣',
];
const ALPHABET = [...LETTERS, ...LETTERS, ...MARKS, ' ', ' ', '،', ...ODD];

const alphabetString = (maxLength: number) => fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength });
const arbitraryString = (maxLength: number) =>
  fc.oneof(
    { weight: 6, arbitrary: alphabetString(maxLength) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: Math.ceil(maxLength / 3) }) },
  );

const forms = fc
  .array(fc.record({ form: arbitraryString(8), entity: fc.nat({ max: 4 }) }), { minLength: 1, maxLength: 12 })
  .map((list) => list.map(({ form, entity }): SurfaceForm => ({ form, key: `e${entity}` })));

/** Texts made of forms as written (with prefixes and marks), arbitrary pieces, and long repetitions. */
function textOf(surfaceForms: readonly SurfaceForm[]): fc.Arbitrary<string> {
  const written = fc
    .tuple(fc.nat(), fc.constantFrom('', 'و', 'ف', 'ب', 'ل', 'ول', 'فب', 'ك'), fc.constantFrom('', '', ...MARKS))
    .map(([pick, prefix, mark]) => {
      const form = surfaceForms[pick % surfaceForms.length]!.form;
      return prefix + [...form].join(mark);
    });
  const repeated = fc.tuple(alphabetString(4), fc.integer({ min: 1, max: 2000 })).map(([unit, count]) => unit.repeat(count));
  const piece = fc.oneof(
    { weight: 4, arbitrary: written },
    { weight: 4, arbitrary: arbitraryString(20) },
    { weight: 1, arbitrary: repeated },
  );
  return fc
    .array(fc.tuple(piece, fc.constantFrom('', ' ', ' ', '، ', '\n', '\u200F ')), { maxLength: 12 })
    .map((parts) => parts.map(([part, gap]) => part + gap).join(''));
}

const formsAndText = forms.chain((surfaceForms) => fc.tuple(fc.constant(surfaceForms), textOf(surfaceForms)));

/** The normalised text a match can cover, separators taken out: the form, or its لل spelling. */
function hitsOf(form: string): string[] {
  const normalized = normalizeForm(form);
  return (isArticleForm(normalized) ? [normalized, doubleLamSpelling(normalized)] : [normalized]).map(squeeze);
}

/** A compatibility character can fold into several letters, so a match may begin or end inside one source character. */
const hasCompatibilityCharacters = (text: string): boolean => text.normalize('NFKC') !== text;

describe('the matcher on arbitrary forms and texts', () => {
  it(
    'never throws, and gives spans inside the text, ordered and not overlapping',
    () => {
      fc.assert(
        fc.property(formsAndText, ([surfaceForms, text]) => {
          const matches = createMatcher(surfaceForms).findAll(text);
          let previousEnd = 0;
          for (const match of matches) {
            expect(match.tokenStart).toBeGreaterThanOrEqual(previousEnd);
            expect(match.tokenStart).toBeLessThanOrEqual(match.start);
            expect(match.start).toBeLessThan(match.end);
            expect(match.end).toBeLessThanOrEqual(text.length);
            previousEnd = match.end;
          }
        }),
        { numRuns: 1000 },
      );
    },
    HANG_TIMEOUT_MS,
  );

  it(
    'reports only forms it was given, under the key listed first for their normalised spelling',
    () => {
      fc.assert(
        fc.property(formsAndText, ([surfaceForms, text]) => {
          const firstKey = new Map<string, string>();
          for (const { form, key } of surfaceForms) if (!firstKey.has(normalizeForm(form))) firstKey.set(normalizeForm(form), key);
          for (const match of createMatcher(surfaceForms).findAll(text)) {
            expect(surfaceForms.some(({ form }) => form === match.form)).toBe(true);
            expect(match.key).toBe(firstKey.get(normalizeForm(match.form)));
          }
        }),
        { numRuns: 1000 },
      );
    },
    HANG_TIMEOUT_MS,
  );

  it(
    'covers text that normalises to the form or its لل spelling, separators aside (containing it where a compatibility character is cut)',
    () => {
      fc.assert(
        fc.property(formsAndText, ([surfaceForms, text]) => {
          for (const match of createMatcher(surfaceForms).findAll(text)) {
            const covered = squeeze(normalize(text.slice(match.start, match.end)));
            const hits = hitsOf(match.form);
            if (hasCompatibilityCharacters(text))
              expect(
                hits.some((hit) => covered.includes(hit)),
                explain(match, covered),
              ).toBe(true);
            else expect(hits, explain(match, covered)).toContain(covered);
          }
        }),
        { numRuns: 1000 },
      );
    },
    HANG_TIMEOUT_MS,
  );

  it(
    'ends after the marks written on the last letter, so a link never splits a letter from them',
    () => {
      fc.assert(
        fc.property(formsAndText, ([surfaceForms, text]) => {
          for (const match of createMatcher(surfaceForms).findAll(text)) {
            if (match.end === text.length) continue;
            const next = String.fromCodePoint(text.codePointAt(match.end)!);
            expect(normalize(next), explain(match, next)).not.toBe('');
          }
        }),
        { numRuns: 1000 },
      );
    },
    HANG_TIMEOUT_MS,
  );

  it(
    'agrees with the RegExp-per-form statement of the rules',
    () => {
      fc.assert(
        fc.property(formsAndText, ([surfaceForms, text]) => {
          expect(createMatcher(surfaceForms).findAll(text)).toEqual(createRegExpBaseline(surfaceForms).findAll(text));
        }),
        { numRuns: 300 },
      );
    },
    HANG_TIMEOUT_MS,
  );
});

function explain(match: Match, covered: string): string {
  return `${JSON.stringify(match)} covers ${JSON.stringify(covered)}`;
}
