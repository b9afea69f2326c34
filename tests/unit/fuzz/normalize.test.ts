/**
 * Arbitrary Unicode through the normaliser: lone surrogates, bidi controls,
 * NUL, compatibility characters, thousands of diacritics in a row and huge
 * repetitions. Inputs are bounded, so a hang shows as vitest's timeout.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalize,
  NormalizeBuffers,
  normalizeToCodes,
  normalizeWithMap,
  type NormalizedCodes,
} from '../../../src/lib/arabic/normalize.ts';

/** Generous: the inputs take milliseconds; only a hang reaches it. */
const HANG_TIMEOUT_MS = 60_000;

/** Any UTF-16 code unit, so lone surrogates of both halves come up. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const MARKS = [...'\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u065F\u0670\u0640\u0301\u034F'];
const SPECIAL = [
  ...'\0\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C\u200B\u200C\u200D\uFEFF\uFFFD\uFFFE\u2028\u2029\u0085\u00A0',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\u{1D400}',
  '\u{10FFFF}',
  '\u{1F600}',
  // NFKC turns some into several letters, some into a space and a mark (¨ → U+0020 U+0308).
  ...'ﻻﻷﻵﻹﷲﷺﷻ\uFE70\uFC5E\uFB01½ǅİẞΣ¨´˘',
  ...'ابتلمنوفكهيةىأإآٱ٠٩۰ A1 \t\n\r',
  ...MARKS,
];

const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.string({ unit: codeUnit, maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 30 }),
  fc.tuple(fc.constantFrom(...MARKS), fc.integer({ min: 1, max: 5000 })).map(([mark, count]) => mark.repeat(count)),
  fc
    .tuple(fc.string({ unit: fc.constantFrom(...SPECIAL), minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 3000 }))
    .map(([unit, count]) => unit.repeat(count)),
);
/** At most six pieces: a few tens of thousands of code units. */
const anyText = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(''));

/** The code units of a result as a string, without a decoder that would mend lone surrogates. */
function codesText({ codes, length }: NormalizedCodes): string {
  let text = '';
  // In chunks: spreading tens of thousands of arguments would overflow the stack.
  for (let at = 0; at < length; at += 4096) text += String.fromCharCode(...codes.subarray(at, Math.min(at + 4096, length)));
  return text;
}

describe('normalize on arbitrary Unicode', () => {
  it(
    'never throws, emits no lone surrogate, and agrees with normalizeWithMap',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const normalized = normalize(text);
          const units = codesText(normalizeToCodes(text));
          expect(units.isWellFormed()).toBe(true);
          expect(units).toBe(normalized);
          expect(normalizeWithMap(text).text).toBe(normalized);
        }),
        { numRuns: 500 },
      );
    },
    HANG_TIMEOUT_MS,
  );

  it(
    'is idempotent and never leaves two spaces in a row',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const normalized = normalize(text);
          expect(normalize(normalized)).toBe(normalized);
          expect(normalized.includes('  ')).toBe(false);
        }),
        { numRuns: 500 },
      );
    },
    HANG_TIMEOUT_MS,
  );
});

describe('normalizeWithMap on arbitrary Unicode', () => {
  it(
    'maps every normalised index inside the source, monotonically',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const { text: normalized, sourceStart, sourceEnd } = normalizeWithMap(text);
          expect(sourceStart.length).toBe(normalized.length);
          expect(sourceEnd.length).toBe(normalized.length);
          for (let i = 0; i < normalized.length; i++) {
            const start = sourceStart[i]!;
            const end = sourceEnd[i]!;
            // Checked without expect() per index: a text holds thousands of them.
            if (!(start >= 0 && start < end && end <= text.length))
              expect({ i, start, end, length: text.length }).toBe('inside the source');
            if (i > 0 && (start < sourceStart[i - 1]! || end < sourceEnd[i - 1]!)) expect({ i, start, end }).toBe('monotone');
          }
        }),
        { numRuns: 500 },
      );
    },
    HANG_TIMEOUT_MS,
  );

  it(
    'maps each output unit to source that normalises to text containing it',
    () => {
      fc.assert(
        fc.property(anyText, fc.nat(), (text, pick) => {
          const { text: normalized, sourceStart, sourceEnd } = normalizeWithMap(text);
          fc.pre(normalized.length > 0);
          const i = pick % normalized.length;
          const unit = normalized[i]!;
          // A lone half of a pair normalises to U+FFFD on its own, so compare whole code points.
          const pointStart = unit >= '\uDC00' && unit <= '\uDFFF' && i > 0 ? i - 1 : i;
          const point = String.fromCodePoint(normalized.codePointAt(pointStart)!);
          expect(normalize(text.slice(sourceStart[pointStart]!, sourceEnd[i]!))).toContain(point);
        }),
        { numRuns: 1000 },
      );
    },
    HANG_TIMEOUT_MS,
  );

  it(
    'gives the same result through reused buffers, whatever came before',
    () => {
      const buffers = new NormalizeBuffers();
      fc.assert(
        fc.property(anyText, anyText, (first, second) => {
          normalizeToCodes(first, buffers);
          const reused = normalizeToCodes(second, buffers);
          const fresh = normalizeWithMap(second);
          expect(codesText(reused)).toBe(fresh.text);
          expect([...reused.sourceStart.subarray(0, reused.length)]).toEqual([...fresh.sourceStart]);
          expect([...reused.sourceEnd.subarray(0, reused.length)]).toEqual([...fresh.sourceEnd]);
        }),
        { numRuns: 300 },
      );
    },
    HANG_TIMEOUT_MS,
  );
});
