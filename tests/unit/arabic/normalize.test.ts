import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWordChar, normalize, normalizeToCodes, normalizeWithMap, NormalizeBuffers } from '../../../src/lib/arabic/normalize.ts';

/** Characters that exercise every branch of the normaliser. */
const TRICKY_CHARS = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءؤئ',
  ...'أإآٱىة',
  ...'\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0670\u0640',
  ...'٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789',
  ...' \t\n\r\u00A0\u2003\u3000\u2028\uFEFF',
  ...'AZaz',
  ...'ÉİẞΣ',
  ...'\uFEFB\uFEF5\uFE83\uFE8E\uFDF2\uFDFA\uFE70\uFC5E\uFB01\uFF21\uFF11\u2460\u0675',
  '\u{1D400}',
  '\uD800',
  '\uDC00',
  ...'،.-+()«»',
];
const trickyString = fc.array(fc.constantFrom(...TRICKY_CHARS), { maxLength: 40 }).map((chars) => chars.join(''));
const anyString = fc.oneof(trickyString, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

const codeList = (text: string): string[] => [...text].map((ch) => ch.codePointAt(0)!.toString(16));

describe('rule 1a: diacritics and tatweel are ignored', () => {
  it('drops fatha, damma, kasra, sukun, shadda, tanween from a name', () => {
    expect(normalize('حَفْتَر')).toBe('حفتر');
    expect(normalize('مُحَمَّدٌ')).toBe('محمد');
  });

  it('drops every code point of U+064B–U+065F and U+0670', () => {
    for (let code = 0x064b; code <= 0x065f; code++) {
      expect(normalize(`ب${String.fromCharCode(code)}ت`), code.toString(16)).toBe('بت');
    }
    expect(normalize('هٰذا')).toBe('هذا');
  });

  it('keeps the letters just outside the diacritic range', () => {
    expect(normalize('\u064A\u0660\u066E')).toBe('\u064A0\u066E');
  });

  it('drops tatweel (kashida) however long', () => {
    expect(normalize('حفـــتر')).toBe('حفتر');
    expect(normalize('ـ')).toBe('');
  });

  it('treats a decomposed hamza like the precomposed letter', () => {
    expect(normalize('\u0627\u0654')).toBe(normalize('أ'));
  });
});

describe('rule 1b: alef, ya and ta marbuta variants fold', () => {
  it('folds أ إ آ ٱ to ا', () => {
    expect(normalize('أإآٱا')).toBe('ااااا');
    expect(normalize('الإتحاد')).toBe(normalize('الاتحاد'));
  });

  it('folds ى to ي and ة to ه', () => {
    expect(normalize('مصطفى')).toBe('مصطفي');
    expect(normalize('حكومة')).toBe('حكومه');
  });

  it('leaves other hamza carriers alone', () => {
    expect(normalize('ؤئء')).toBe('ؤئء');
  });
});

describe('rule 1c: Arabic-Indic and Persian digits are ASCII digits', () => {
  it('reads ٥+٥ as 5+5', () => {
    expect(normalize('٥+٥')).toBe('5+5');
  });

  it('maps every digit', () => {
    expect(normalize('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalize('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
  });
});

describe('rule 1d: runs of white space are one space', () => {
  it('collapses spaces, tabs and a line break inside a paragraph', () => {
    expect(normalize('الأمم\nالمتحدة')).toBe('الامم المتحده');
    expect(normalize('a \t\r\n  b')).toBe('a b');
  });

  it('counts no-break and other Unicode spaces as white space', () => {
    expect(normalize('a\u00A0b\u2003\u3000c')).toBe('a b c');
  });

  it('collapses across dropped diacritics', () => {
    expect(normalize('a \u064E b')).toBe('a b');
  });

  it('collapses but does not trim', () => {
    expect(normalize('  a  ')).toBe(' a ');
  });
});

describe('rule 1e: Latin letters compare case-insensitively', () => {
  it('lower-cases ASCII', () => {
    expect(normalize('Khalifa HAFTAR')).toBe('khalifa haftar');
  });

  it('lower-cases non-ASCII Latin', () => {
    expect(normalize('ÉTAT')).toBe('état');
    expect(normalize('ẞ')).toBe('ß');
  });

  it('leaves other scripts as they are', () => {
    expect(normalize('Σ')).toBe('Σ');
  });
});

describe('rule 1f: compatibility forms fold (NFKC)', () => {
  it('turns the lam-alef ligature into two letters', () => {
    expect(normalize('\uFEFB')).toBe('لا');
    expect(normalize('\uFEF5')).toBe('لا');
  });

  it('applies our own rules to what NFKC produces', () => {
    expect(normalize('\uFE83')).toBe('ا');
    expect(normalize('\uFDF2')).toBe('الله');
  });

  it('folds full-width, ligature and circled forms', () => {
    expect(normalize('\uFF21\uFF11')).toBe('a1');
    expect(normalize('\uFB01')).toBe('fi');
    expect(normalize('\u2460')).toBe('1');
  });

  it('handles astral characters and lone surrogates', () => {
    expect(normalize('\u{1D400}')).toBe('a');
    expect(normalize('\u{1F600}')).toBe('\u{1F600}');
    expect(codeList(normalize('x\uD800y\uDC00'))).toEqual(codeList('x\uFFFDy\uFFFD'));
  });
});

describe('normalizeWithMap: offsets back to the source', () => {
  it('maps past dropped diacritics', () => {
    const { text, sourceStart, sourceEnd } = normalizeWithMap('حَفْ');
    expect(text).toBe('حف');
    expect([...sourceStart]).toEqual([0, 2]);
    expect([...sourceEnd]).toEqual([1, 3]);
  });

  it('maps both letters of ﻻ to the one source character', () => {
    const { text, sourceStart, sourceEnd } = normalizeWithMap('ا\uFEFBتحاد');
    expect(text).toBe('الاتحاد');
    expect([...sourceStart.subarray(0, 4)]).toEqual([0, 1, 1, 2]);
    expect([...sourceEnd.subarray(0, 4)]).toEqual([1, 2, 2, 3]);
  });

  it('maps a collapsed white-space run to the whole run', () => {
    const { text, sourceStart, sourceEnd } = normalizeWithMap('a \n\t b');
    expect(text).toBe('a b');
    expect([sourceStart[1], sourceEnd[1]]).toEqual([1, 5]);
  });

  it('maps both halves of a surrogate pair to the pair', () => {
    const { sourceStart, sourceEnd } = normalizeWithMap('x\u{1F600}');
    expect([...sourceStart]).toEqual([0, 1, 1]);
    expect([...sourceEnd]).toEqual([1, 3, 3]);
  });

  it('reuses buffers without leaking the previous text', () => {
    const buffers = new NormalizeBuffers();
    normalizeToCodes('طويل جدا جدا', buffers);
    const second = normalizeToCodes('ab', buffers);
    expect(second.length).toBe(2);
    expect(String.fromCharCode(...second.codes.subarray(0, second.length))).toBe('ab');
  });
});

describe('isWordChar', () => {
  it('accepts letters and digits of any script', () => {
    for (const ch of ['ب', 'ة', 'a', 'Z', 'é', 'Σ', '5', '٥', '۵', '\u{1D400}']) expect(isWordChar(ch), ch).toBe(true);
  });

  it('rejects spaces, punctuation, symbols and diacritics', () => {
    for (const ch of [' ', '\n', '،', '.', '-', '+', '«', '\u064E', '\u0651', '', '\u{1F600}']) {
      expect(isWordChar(ch), codeList(ch).join()).toBe(false);
    }
  });
});

describe('normalisation properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(codeList(normalize(normalize(s)))).toEqual(codeList(normalize(s)));
      }),
      { numRuns: 2000 },
    );
  });

  it('normalizeWithMap gives the same text as normalize', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(normalizeWithMap(s).text).toBe(normalize(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('has monotone maps inside the source, one entry per output unit', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const { text, sourceStart, sourceEnd } = normalizeWithMap(s);
        expect(sourceStart.length).toBe(text.length);
        expect(sourceEnd.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) {
          expect(sourceStart[i]).toBeGreaterThanOrEqual(0);
          expect(sourceStart[i]).toBeLessThan(sourceEnd[i]!);
          expect(sourceEnd[i]).toBeLessThanOrEqual(s.length);
          if (i > 0) {
            expect(sourceStart[i]).toBeGreaterThanOrEqual(sourceStart[i - 1]!);
            expect(sourceEnd[i]).toBeGreaterThanOrEqual(sourceEnd[i - 1]!);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is exact: the source between mapped offsets normalises to the matching output slice', () => {
    fc.assert(
      fc.property(trickyString, fc.nat(), fc.nat(), (s, a, b) => {
        const { text, sourceStart, sourceEnd } = normalizeWithMap(s);
        fc.pre(text.length > 0);
        // Only cut between source characters, never inside one expansion (ﻻ → لا).
        const startsCharacter = (i: number): boolean => i === 0 || sourceStart[i] !== sourceStart[i - 1];
        const endsCharacter = (j: number): boolean => j === text.length - 1 || sourceStart[j + 1] !== sourceStart[j];
        const i = Math.min(a, b) % text.length;
        const j = i + (Math.max(a, b) % (text.length - i));
        fc.pre(startsCharacter(i) && endsCharacter(j));
        expect(normalize(s.slice(sourceStart[i], sourceEnd[j]))).toBe(text.slice(i, j + 1));
      }),
      { numRuns: 2000 },
    );
  });
});
