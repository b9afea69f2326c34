import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/lib/arabic/normalize.ts';
import { createRegExpBaseline } from '../../../src/lib/entities/baseline.ts';
import { normalizeForm, squeeze } from '../../../src/lib/entities/forms.ts';
import { createMatcher, doubleLamSpelling, isArticleForm, type Match, type SurfaceForm } from '../../../src/lib/entities/matcher.ts';

const FORMS: SurfaceForm[] = [
  { form: 'قطر', key: 'countries/qatar' },
  { form: 'مصر', key: 'countries/egypt' },
  { form: 'تركيا', key: 'countries/turkey' },
  { form: 'الإمارات', key: 'countries/uae' },
  { form: 'حفتر', key: 'actors/khalifa-haftar' },
  { form: 'Khalifa Haftar', key: 'actors/khalifa-haftar' },
  { form: 'قوات حفتر', key: 'actors/lna' },
  { form: 'الجيش', key: 'actors/army' },
  { form: 'الاتحاد', key: 'actors/eu' },
  { form: 'الأمم المتحدة', key: 'actors/un' },
  { form: 'الحكومة', key: 'actors/government' },
  { form: 'حكومة الوفاق الوطني', key: 'actors/gna' },
  { form: 'الوفاق', key: 'actors/wifaq-party' },
  { form: 'لاهاي', key: 'places/the-hague' },
  { form: 'اتفاق ٥+٥', key: 'agreements/5-plus-5' },
];

/** What a reader sees: entity, the form as written, and the proclitics before it. */
interface Seen {
  key: string;
  written: string;
  prefix: string;
}

const matcher = createMatcher(FORMS);

function seen(text: string, forms: readonly SurfaceForm[] = FORMS): Seen[] {
  const chosen = forms === FORMS ? matcher : createMatcher(forms);
  return chosen.findAll(text).map((m) => ({
    key: m.key,
    written: text.slice(m.start, m.end),
    prefix: text.slice(m.tokenStart, m.start),
  }));
}

const keysIn = (text: string, forms?: readonly SurfaceForm[]): string[] => seen(text, forms).map((s) => s.key);

describe('rule 1: normalisation on both sides', () => {
  it('ignores diacritics in the text: حَفْتَر', () => {
    expect(seen('قال حَفْتَر إن')).toEqual([{ key: 'actors/khalifa-haftar', written: 'حَفْتَر', prefix: '' }]);
  });

  it('keeps diacritics on the last letter inside the match: مصرُ', () => {
    expect(seen('مصرُ والعالم')).toEqual([{ key: 'countries/egypt', written: 'مصرُ', prefix: '' }]);
  });

  it('ignores tatweel: حفـــتر', () => {
    expect(seen('حفـــتر')).toEqual([{ key: 'actors/khalifa-haftar', written: 'حفـــتر', prefix: '' }]);
  });

  it('folds hamza on alef both ways: الإتحاد / الاتحاد', () => {
    expect(keysIn('الإتحاد')).toEqual(['actors/eu']);
    expect(keysIn('الامارات')).toEqual(['countries/uae']);
  });

  it('reads ٥+٥ and 5+5 alike', () => {
    expect(keysIn('اتفاق 5+5')).toEqual(['agreements/5-plus-5']);
    expect(keysIn('اتفاق ٥+٥')).toEqual(['agreements/5-plus-5']);
    expect(keysIn('اتفاق 6+5')).toEqual([]);
  });

  it('finds a multi-word name across a line break and extra spaces', () => {
    expect(seen('أعلنت الأمم\nالمتحدة')).toEqual([{ key: 'actors/un', written: 'الأمم\nالمتحدة', prefix: '' }]);
    expect(keysIn('الأمم  \t المتحدة')).toEqual(['actors/un']);
  });

  it('compares Latin case-insensitively', () => {
    expect(seen('said KHALIFA haftar.')).toEqual([{ key: 'actors/khalifa-haftar', written: 'KHALIFA haftar', prefix: '' }]);
  });

  it('folds the ﻻ ligature, mapping offsets back to the single character', () => {
    expect(seen('في \uFEFBهاي')).toEqual([{ key: 'places/the-hague', written: '\uFEFBهاي', prefix: '' }]);
    expect(seen('ا\uFEFBتحاد')).toEqual([{ key: 'actors/eu', written: 'ا\uFEFBتحاد', prefix: '' }]);
  });
});

describe('rule 2: right edge', () => {
  it('does not find مصر inside مصرف or المصرية', () => {
    expect(keysIn('مصرف')).toEqual([]);
    expect(keysIn('المصرية')).toEqual([]);
    expect(keysIn('مصرف مصر')).toEqual(['countries/egypt']);
  });

  it('does not find الإمارات inside الإماراتي', () => {
    expect(keysIn('الإماراتي')).toEqual([]);
    expect(keysIn('الإمارات،')).toEqual(['countries/uae']);
  });

  it('is blocked by digits and Latin letters too', () => {
    expect(keysIn('مصر2')).toEqual([]);
    expect(keysIn('مصرx')).toEqual([]);
    expect(keysIn('Khalifa Haftars')).toEqual([]);
  });

  it('reads characters outside the BMP whole: a Deseret letter blocks, an emoji does not', () => {
    expect(keysIn('قطر\u{10400}')).toEqual([]);
    expect(keysIn('قطر\u{1F600}')).toEqual(['countries/qatar']);
  });

  it('looks through diacritics and tatweel: the letter after them decides', () => {
    expect(keysIn('مصرُ.')).toEqual(['countries/egypt']);
    expect(keysIn('مصرُف')).toEqual([]);
    expect(keysIn('مصرـف')).toEqual([]);
  });

  it('accepts punctuation, space and end of text after the match', () => {
    expect(keysIn('مصر')).toEqual(['countries/egypt']);
    expect(keysIn('(مصر)')).toEqual(['countries/egypt']);
    expect(keysIn('مصر، قطر')).toEqual(['countries/egypt', 'countries/qatar']);
  });
});

describe('rule 3: left edge and proclitics', () => {
  it('accepts و ف and ب ك ل before other forms: وقطر، لقطر، ولحفتر، فبتركيا', () => {
    expect(seen('وقطر لقطر ولحفتر فبتركيا')).toEqual([
      { key: 'countries/qatar', written: 'قطر', prefix: 'و' },
      { key: 'countries/qatar', written: 'قطر', prefix: 'ل' },
      { key: 'actors/khalifa-haftar', written: 'حفتر', prefix: 'ول' },
      { key: 'countries/turkey', written: 'تركيا', prefix: 'فب' },
    ]);
    expect(seen('فقطر كقطر بمصر')).toEqual([
      { key: 'countries/qatar', written: 'قطر', prefix: 'ف' },
      { key: 'countries/qatar', written: 'قطر', prefix: 'ك' },
      { key: 'countries/egypt', written: 'مصر', prefix: 'ب' },
    ]);
  });

  it('accepts و ف then ب ك before ال forms: والجيش، بالاتحاد، وبالأمم، كالاتحاد، فالحكومة', () => {
    expect(seen('والجيش بالاتحاد وبالأمم المتحدة كالاتحاد فالحكومة')).toEqual([
      { key: 'actors/army', written: 'الجيش', prefix: 'و' },
      { key: 'actors/eu', written: 'الاتحاد', prefix: 'ب' },
      { key: 'actors/un', written: 'الأمم المتحدة', prefix: 'وب' },
      { key: 'actors/eu', written: 'الاتحاد', prefix: 'ك' },
      { key: 'actors/government', written: 'الحكومة', prefix: 'ف' },
    ]);
  });

  it('accepts لل in place of ال: للأمم المتحدة، وللجيش، فللجيش (start at the second ل)', () => {
    expect(seen('للأمم المتحدة وللجيش فللجيش')).toEqual([
      { key: 'actors/un', written: 'لأمم المتحدة', prefix: 'ل' },
      { key: 'actors/army', written: 'لجيش', prefix: 'ول' },
      { key: 'actors/army', written: 'لجيش', prefix: 'فل' },
    ]);
  });

  it('reports exact offsets for a prefixed token', () => {
    const [match] = matcher.findAll('قال وبالأمم المتحدة');
    expect(match).toEqual<Match>({ key: 'actors/un', form: 'الأمم المتحدة', start: 6, end: 19, tokenStart: 4, weak: false });
  });

  it('does not find a form inside a word: مقطر، والقطر، سوقطر، 5قطر', () => {
    expect(keysIn('مقطر')).toEqual([]);
    expect(keysIn('والقطر')).toEqual([]);
    expect(keysIn('سوقطر')).toEqual([]);
    expect(keysIn('5قطر')).toEqual([]);
    expect(keysIn('xقطر')).toEqual([]);
  });

  it('reads characters outside the BMP whole before the token', () => {
    expect(keysIn('\u{10400}قطر')).toEqual([]);
    expect(keysIn('\u{10400}وقطر')).toEqual([]);
    expect(keysIn('\u{1F600}وقطر')).toEqual(['countries/qatar']);
  });

  it('rejects prefixes in the wrong order, repeated or too long', () => {
    expect(keysIn('بوقطر')).toEqual([]);
    expect(keysIn('ككقطر')).toEqual([]);
    expect(keysIn('وبلقطر')).toEqual([]);
    expect(keysIn('للقطر')).toEqual([]);
  });

  it('allows ل alone only as لل for ال forms', () => {
    expect(keysIn('لالجيش')).toEqual([]);
    expect(keysIn('ولالجيش')).toEqual([]);
    expect(keysIn('ببالجيش')).toEqual([]);
    expect(keysIn('لجيش')).toEqual([]);
    expect(keysIn('بللجيش')).toEqual([]);
  });

  it('never finds an ال form without its ال: وفاق is not الوفاق', () => {
    expect(keysIn('وفاق')).toEqual([]);
    expect(keysIn('جيش')).toEqual([]);
  });

  it('applies the same rules to Latin forms', () => {
    expect(seen('وKhalifa Haftar')).toEqual([{ key: 'actors/khalifa-haftar', written: 'Khalifa Haftar', prefix: 'و' }]);
    expect(keysIn('MrKhalifa Haftar')).toEqual([]);
  });
});

describe('rule 4: leftmost-longest', () => {
  it('finds حكومة الوفاق الوطني once, not also الوفاق', () => {
    expect(keysIn('شكلت حكومة الوفاق الوطني لجنة')).toEqual(['actors/gna']);
    expect(keysIn('حزب الوفاق')).toEqual(['actors/wifaq-party']);
  });

  it('finds قوات حفتر once, not also حفتر', () => {
    expect(seen('تقدمت قوات حفتر')).toEqual([{ key: 'actors/lna', written: 'قوات حفتر', prefix: '' }]);
    expect(seen('ولقوات حفتر')).toEqual([{ key: 'actors/lna', written: 'قوات حفتر', prefix: 'ول' }]);
  });

  it('prefers the candidate whose token starts first even if a later one is longer', () => {
    const forms = [
      { form: 'ألف باء', key: 'a' },
      { form: 'باء تاء ثاء', key: 'b' },
    ];
    expect(keysIn('ألف باء تاء ثاء', forms)).toEqual(['a']);
  });

  it('measures leftmost by the whole token including proclitics', () => {
    const forms = [
      { form: 'قطر', key: 'short' },
      { form: 'وقطر الجديدة', key: 'long' },
    ];
    // Both tokens start at 0; the longer surface form wins.
    expect(keysIn('وقطر الجديدة', forms)).toEqual(['long']);
    expect(keysIn('وقطر القديمة', forms)).toEqual(['short']);
  });

  it('on the same token start, prefers the longer surface form over a longer prefix', () => {
    const forms = [
      { form: 'قطر', key: 'plain' },
      { form: 'بقطر', key: 'with-ba' },
    ];
    expect(seen('وبقطر', forms)).toEqual([{ key: 'with-ba', written: 'بقطر', prefix: 'و' }]);
  });

  it('on the same token start, prefers the longer surface form even if a shorter one reaches further', () => {
    const forms = [
      { form: 'قطر.', key: 'reaches-further' },
      { form: 'وبقطر', key: 'longer-form' },
    ];
    expect(seen('وبقطر.', forms)).toEqual([{ key: 'longer-form', written: 'وبقطر', prefix: '' }]);
  });

  it('still finds a short form when the text began like two longer forms that did not complete', () => {
    // The automaton sits in "سع قطر", whose suffix "ع قطر" is no form either; "قطر" is two suffix links away.
    const forms = [
      { form: 'سع قطر جيم', key: 'longest' },
      { form: 'ع قطر دال', key: 'longer' },
      { form: 'قطر', key: 'qatar' },
    ];
    expect(seen('سع قطر', forms)).toEqual([{ key: 'qatar', written: 'قطر', prefix: '' }]);
  });

  it('continues after the end of a match and reports every later mention in order', () => {
    expect(keysIn('قوات حفتر حفتر مصر')).toEqual(['actors/lna', 'actors/khalifa-haftar', 'countries/egypt']);
    const forms = [
      { form: 'ألف باء', key: 'ab' },
      { form: 'باء جيم', key: 'bc' },
      { form: 'جيم', key: 'c' },
    ];
    expect(keysIn('ألف باء جيم', forms)).toEqual(['ab', 'c']);
  });
});

describe('rule 5: surface forms', () => {
  it('normalises the forms themselves', () => {
    expect(keysIn('حفتر', [{ form: 'حَفْـتَر', key: 'h' }])).toEqual(['h']);
    expect(keysIn('الاتحاد', [{ form: '  الإتحاد\n', key: 'eu' }])).toEqual(['eu']);
  });

  it('ignores forms that normalise to nothing', () => {
    const forms = [
      { form: 'ـــ', key: 'tatweel' },
      { form: '\u064E\u064F', key: 'marks' },
      { form: '   ', key: 'blank' },
      { form: 'قطر', key: 'qatar' },
    ];
    expect(keysIn('ـ َ قطر', forms)).toEqual(['qatar']);
  });

  it('keeps the first key and reports a clash between different keys', () => {
    const clashing = createMatcher([
      { form: 'الإتحاد', key: 'actors/eu' },
      { form: 'الاتحاد', key: 'actors/au' },
      { form: 'الاتحاد', key: 'actors/eu' },
      { form: 'حفتر', key: 'actors/haftar' },
      { form: 'حَفتر', key: 'actors/haftar' },
    ]);
    expect(clashing.conflicts).toEqual([{ normalized: 'الاتحاد', keys: ['actors/eu', 'actors/au'] }]);
    expect(clashing.findAll('الاتحاد').map((m) => [m.key, m.form])).toEqual([['actors/eu', 'الإتحاد']]);
  });

  it('reports the form as the contributor wrote it', () => {
    const [match] = createMatcher([{ form: 'الإمارات', key: 'uae' }]).findAll('والامارات');
    expect(match?.form).toBe('الإمارات');
  });
});

// ---------------------------------------------------------------------------
// Property tests
// ---------------------------------------------------------------------------

/** Letters for generated forms: no proclitic letters, no ا or ل, so only the article brings them in. */
const FORM_LETTERS = [...'دذرزسشصضطظعغقمنتثة'];
/** Letters for filler: disjoint from the form letters (after folding: no ه, which ة becomes) and from the proclitics, so filler can never be part of a mention. */
const FILLER_LETTERS = [...'جحخيءئؤ'];
/** Vowels, shadda, sukun and tatweel; no tanween, which makes a single word an adjective (rule 8). */
const MARKS = ['', '', '', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', 'ـ'];
const GAPS = [' ', ' ', '\n', '  ', '\u00A0', ' \n '];
const SEPARATORS = [' ', ' ', '، ', '\n\n', '. ', ' (', ') '];
const PLAIN_PREFIXES = ['', 'و', 'ف', 'ب', 'ك', 'ل', 'وب', 'وك', 'ول', 'فب', 'فك', 'فل'];
const ARTICLE_PREFIXES = ['', 'و', 'ف', 'ب', 'ك', 'وب', 'وك', 'فب', 'فك'];
const DOUBLE_LAM_PREFIXES = ['ل', 'ول', 'فل'];

const word = (letters: readonly string[], maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength }).map((chars) => chars.join(''));

const generatedForm = fc
  .record({ words: fc.array(word(FORM_LETTERS, 5), { minLength: 1, maxLength: 3 }), article: fc.boolean() })
  .map(({ words, article }) => (article ? 'ال' : '') + words.join(' '));

const generatedForms = fc
  .uniqueArray(generatedForm, { minLength: 1, maxLength: 8, selector: (form) => normalize(form) })
  .map((forms) => forms.map((form, index): SurfaceForm => ({ form, key: `e${index}` })));

interface Occurrence {
  formPick: number;
  prefixPick: number;
  doubleLam: boolean;
  alef: string;
  marks: string[];
  gaps: string[];
}

const occurrence: fc.Arbitrary<Occurrence> = fc.record({
  formPick: fc.nat(),
  prefixPick: fc.nat(),
  doubleLam: fc.boolean(),
  alef: fc.constantFrom('ا', 'أ', 'ٱ'),
  marks: fc.array(fc.constantFrom(...MARKS), { minLength: 20, maxLength: 20 }),
  gaps: fc.array(fc.constantFrom(...GAPS), { minLength: 3, maxLength: 3 }),
});

const filler = fc.array(word(FILLER_LETTERS, 6), { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));

const segments = fc.array(fc.record({ filler, occurrence, separator: fc.constantFrom(...SEPARATORS) }), { maxLength: 8 });

/** Write `form` the way an article might, returning the text and the expected match. */
function writeOccurrence(form: SurfaceForm, o: Occurrence, at: number): { written: string; expected: Match } {
  const article = form.form.startsWith('ال');
  const doubleLam = article && o.doubleLam;
  const prefixes = doubleLam ? DOUBLE_LAM_PREFIXES : article ? ARTICLE_PREFIXES : PLAIN_PREFIXES;
  const prefix = prefixes[o.prefixPick % prefixes.length]!;
  // For لل the text keeps the article's ل (the prefix brings the other one).
  const body = doubleLam ? form.form.slice(1) : article ? o.alef + form.form.slice(1) : form.form;
  let written = '';
  let markIndex = 0;
  let gapIndex = 0;
  for (const char of body) {
    if (char === ' ') {
      written += o.gaps[gapIndex++ % o.gaps.length]!;
      continue;
    }
    written += char + o.marks[markIndex++ % o.marks.length]!;
  }
  const start = at + prefix.length;
  return {
    written: prefix + written,
    expected: { key: form.key, form: form.form, start, end: start + written.length, tokenStart: at, weak: false },
  };
}

describe('matcher properties', () => {
  it('finds every inserted occurrence, with exact offsets, and nothing in the filler', () => {
    fc.assert(
      fc.property(generatedForms, segments, (forms, parts) => {
        let text = '';
        const expected: Match[] = [];
        for (const { filler: fill, occurrence: o, separator } of parts) {
          text += `${fill}${separator}`;
          const form = forms[o.formPick % forms.length]!;
          const { written, expected: match } = writeOccurrence(form, o, text.length);
          text += `${written}${separator}`;
          expected.push(match);
        }
        text += 'جيء';
        expect(createMatcher(forms).findAll(text)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  // A tiny alphabet full of proclitic letters makes edges, prefixes and overlaps collide constantly.
  const DENSE_TEXT = [...'البوفكقر ', ' ', 'َ', 'ـ', '،', 'ى', 'أ', '\n'];
  const denseText = fc.array(fc.constantFrom(...DENSE_TEXT), { maxLength: 60 }).map((chars) => chars.join(''));
  const denseForms = fc
    .array(
      fc.array(fc.constantFrom(...'البوفكقر '), { minLength: 1, maxLength: 6 }).map((chars) => chars.join('')),
      {
        minLength: 1,
        maxLength: 6,
      },
    )
    .map((forms) => forms.map((form, index): SurfaceForm => ({ form, key: `k${index}` })));

  it('agrees with the RegExp-per-form statement of the rules', () => {
    fc.assert(
      fc.property(denseForms, denseText, (forms, text) => {
        expect(createMatcher(forms).findAll(text)).toEqual(createRegExpBaseline(forms).findAll(text));
      }),
      { numRuns: 1500 },
    );
    // The baseline compiles a RegExp per form for every generated case.
  }, 30_000);

  it('reports only well-formed, ordered, non-overlapping matches of the form', () => {
    fc.assert(
      fc.property(denseForms, denseText, (forms, text) => {
        let previousEnd = 0;
        for (const m of createMatcher(forms).findAll(text)) {
          const normalizedForm = squeeze(normalizeForm(m.form));
          const hit = squeeze(normalize(text.slice(m.start, m.end)));
          const expectedHit =
            isArticleForm(normalizedForm) && hit !== normalizedForm ? squeeze(doubleLamSpelling(normalizeForm(m.form))) : normalizedForm;
          expect(hit).toBe(expectedHit);
          const prefix = normalize(text.slice(m.tokenStart, m.start));
          if (hit !== normalizedForm) expect(prefix.endsWith('ل')).toBe(true);
          expect(prefix).toMatch(/^[وف]?[بكل]?$/u);
          expect(m.tokenStart).toBeGreaterThanOrEqual(previousEnd);
          expect(m.tokenStart).toBeLessThanOrEqual(m.start);
          expect(m.start).toBeLessThan(m.end);
          previousEnd = m.end;
        }
      }),
      { numRuns: 1500 },
    );
  });
});
