/**
 * `transliterate` and `suggestId` (the slugger) on arbitrary Unicode: the
 * suggestion is always an id the checker accepts, or the documented
 * fallback, the empty string. Inputs are bounded, so a hang shows as
 * vitest's timeout.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestId, transliterate } from '../../../src/lib/arabic/transliterate.ts';
import { ENTITY_ID_PATTERN } from '../../../src/lib/content/fields.ts';

/** Generous: the inputs take milliseconds; only a hang reaches it. */
const HANG_TIMEOUT_MS = 60_000;

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
/** Harakat, shadda, sukun, tanwin and tatweel: what rule 1 drops (hamza and madda above compose with letters under NFKC). */
const DROPPED_MARKS = [...'\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640'];
const SPECIAL = [
  ..."\0\u200E\u200F\u202A\u202E\u2066\u2069\u061C\u200C\u200D\uFEFF\uFFFD\u00A0\t\n-_'’",
  '\uD800',
  '\uDC00',
  '\u{1D400}',
  '\u{1F600}',
  ...'ﻻﻷﷲﷺ½ﬁİẞÉé',
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءؤئأإآٱىةپچژڤگکی٠٩۰۹ 0aZ',
  ...DROPPED_MARKS,
];

const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.string({ unit: codeUnit, maxLength: 30 }),
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 40 }) },
  fc.tuple(fc.constantFrom(...DROPPED_MARKS), fc.integer({ min: 1, max: 5000 })).map(([mark, count]) => mark.repeat(count)),
  // Runs of و and ي cost time quadratic in their length (see the report), so repetitions stay in the hundreds.
  fc
    .tuple(fc.string({ unit: fc.constantFrom(...SPECIAL), minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 400 }))
    .map(([unit, count]) => unit.repeat(count)),
);
const anyText = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(''));

describe('suggestId on arbitrary Unicode', () => {
  it(
    'gives an id the checker accepts, or the empty string, within the length limit',
    () => {
      fc.assert(
        fc.property(anyText, fc.option(fc.integer({ min: 1, max: 80 }), { nil: undefined }), (text, maxLength) => {
          const id = suggestId(text, maxLength);
          if (id !== '') expect(id).toMatch(ENTITY_ID_PATTERN);
          expect(id.length).toBeLessThanOrEqual(maxLength ?? 60);
        }),
        { numRuns: 1000 },
      );
    },
    HANG_TIMEOUT_MS,
  );

  it(
    'is empty only when the text has no letter or digit to romanise',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          if (suggestId(text) === '')
            expect(
              transliterate(text)
                .replace(/'/g, '')
                .replace(/[^a-z0-9]/g, ''),
            ).toBe('');
        }),
        { numRuns: 500 },
      );
    },
    HANG_TIMEOUT_MS,
  );

  it(
    'keeps an id that is already valid',
    () => {
      const segment = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 12 });
      const id = fc
        .array(segment, { minLength: 1, maxLength: 6 })
        .map((segments) => segments.join('-'))
        .filter((value) => value.length <= 60);
      fc.assert(
        fc.property(id, (value) => {
          expect(suggestId(value)).toBe(value);
        }),
        { numRuns: 500 },
      );
    },
    HANG_TIMEOUT_MS,
  );
});

describe('transliterate on arbitrary Unicode', () => {
  it(
    'writes lower-case Latin words, apostrophes and al- hyphens, separated by single spaces',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          expect(transliterate(text)).toMatch(/^(?:[a-z0-9'-]+(?: [a-z0-9'-]+)*)?$/);
        }),
        { numRuns: 1000 },
      );
    },
    HANG_TIMEOUT_MS,
  );

  it(
    'ignores harakat, shadda, sukun, tanwin and tatweel wherever they are written',
    () => {
      const arabic = fc.string({ unit: fc.constantFrom(...'ابتجحدرسشعفقكلمنهويءأإآىة '), minLength: 1, maxLength: 30 });
      fc.assert(
        fc.property(arabic, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...DROPPED_MARKS)), { maxLength: 10 }), (text, inserts) => {
          let marked = text;
          for (const [at, mark] of inserts) {
            const index = at % (marked.length + 1);
            marked = marked.slice(0, index) + mark + marked.slice(index);
          }
          expect(transliterate(marked)).toBe(transliterate(text));
        }),
        { numRuns: 1000 },
      );
    },
    HANG_TIMEOUT_MS,
  );
});
