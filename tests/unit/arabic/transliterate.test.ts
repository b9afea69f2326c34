import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transliterate, suggestId } from '../../../src/lib/arabic/transliterate.ts';
import { ENTITY_ID_PATTERN } from '../../../src/lib/content/fields.ts';

describe('suggested ids for names in the demo corpus', () => {
  it.each([
    ['خليفة حفتر', 'khalifa-haftar'],
    ['فتحي باشاغا', 'fathi-bashagha'],
    ['ليبيا', 'libya'],
    ['أحمد المسماري', 'ahmed-al-mismari'],
    ['إبراهيم', 'ibrahim'],
    ['تركيا', 'turkey'],
    ['حكومة الوفاق', 'hakuma-al-wafaq'],
  ])('%s → %s', (name, id) => {
    expect(suggestId(name)).toBe(id);
  });
  it('cannot know short vowels that are not written: the rules alone write قطر as qatr', () => {
    expect(transliterate('قطر')).toBe('qatr');
    expect(suggestId('قطر')).toBe('qatar');
  });
});

describe('suggested ids use the usual spelling of frequent name words', () => {
  it.each([
    ['محمد المنفي', 'mohamed-al-menfi'],
    ['المجلس الرئاسي محمد المنفى', 'al-majlas-al-raasi-mohamed-al-menfi'],
    ['عبد الحميد الدبيبة', 'abdulhamid-al-dbeibah'],
    ['عبدالحميد الدبيبة', 'abdulhamid-al-dbeibah'],
    ['فايز السراج', 'fayez-al-sarraj'],
    ['عقيلة صالح', 'aguila-saleh'],
    ['خالد المشري', 'khaled-al-mishri'],
    ['سيف الإسلام القذافي', 'saif-al-islam-al-gaddafi'],
    ['عبد الله', 'abdullah'],
    ['عبد السلام', 'abdel-salam'],
    ['مُحَمَّد', 'mohamed'],
  ])('%s → %s', (name, id) => {
    expect(suggestId(name)).toBe(id);
  });
  it('leaves transliterate to the rules, which say what the letters are', () => {
    expect(transliterate('محمد المنفي')).toBe('mahmad al-manfi');
    expect(transliterate('عبد الحميد')).toBe("'abd al-hamid");
  });
  it('knows only whole words: a longer word is romanised by the rules', () => {
    expect(suggestId('محمدي')).toBe(transliterate('محمدي').replace(/'/g, ''));
  });
});

describe('the romanisation rules', () => {
  it('maps the letters with two-letter spellings, and q for ق', () => {
    expect(transliterate('ث ذ خ ش غ ق')).toBe('tha dha kha sha gha qa');
    expect(transliterate('شخص')).toBe('shakhs');
  });
  it('ignores diacritics, shadda and tatweel, so vocalised and plain spellings agree', () => {
    expect(transliterate('حَفْتَر')).toBe(transliterate('حفتر'));
    expect(transliterate('حفـــتر')).toBe('haftar');
    expect(transliterate('السرّاج')).toBe('al-saraj');
  });
  it('writes ال as al- without assimilating sun letters', () => {
    expect(transliterate('الشرق')).toBe('al-sharq');
    expect(transliterate('القمر')).toBe('al-qamr');
  });
  it('writes ة and ى as a', () => {
    expect(transliterate('خليفة')).toBe('khalifa');
    expect(transliterate('مصطفى')).toBe('mastafa');
  });
  it('writes ع and hamza as an apostrophe, which ids drop', () => {
    expect(transliterate('سعيد')).toBe("sa'id");
    expect(suggestId('سعيد')).toBe('said');
    expect(suggestId('رئيس')).toBe('rais');
  });
  it('reads و and ي as consonants at the start of a word or next to a vowel, as long vowels otherwise', () => {
    expect(transliterate('وليد')).toBe('walid');
    expect(transliterate('فايز')).toBe('fayz');
    expect(transliterate('روسيا')).toBe('rusya');
    expect(transliterate('حكومة')).toBe('hakuma');
  });
  it('separates words at spaces and punctuation, and keeps Latin letters and digits', () => {
    expect(suggestId('القرار ٢٢٥٩، مجلس الأمن')).toBe('al-qarar-2259-majlas-al-amn');
    expect(suggestId('Stephanie  Williams')).toBe('stephanie-williams');
    expect(suggestId('Ankara—Tripoli')).toBe('ankara-tripoli');
  });
  it('folds compatibility forms', () => {
    expect(transliterate('ﻻ')).toBe('la');
  });
  it('gives a one-consonant word a vowel', () => {
    expect(transliterate('و')).toBe('wa');
  });
  it('returns nothing for text with no letters or digits', () => {
    expect(suggestId('؟! …')).toBe('');
    expect(suggestId('中文')).toBe('');
  });
});

describe('suggestId', () => {
  it('cuts a long title at a hyphen within the limit, never after a dangling al', () => {
    const id = suggestId('القيادة العامة تعدّ المذكرة الأمنية بين الدوحة وحكومة الوفاق خرقاً');
    expect(id).toBe('al-qayada-al-ama-tad-al-madhkara-al-amniya-bin-al-duha');
    expect(suggestId('خليفة حفتر القائد العام', 20)).toBe('khalifa-haftar');
  });
  it('always returns an id that the checker accepts, or nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهوييةىأإآءؤئ َُِّْـ،.-5٣aZ é'.split('')) }), (text) => {
        const id = suggestId(text);
        expect(id === '' || ENTITY_ID_PATTERN.test(id)).toBe(true);
        expect(id.length).toBeLessThanOrEqual(60);
      }),
    );
  });
});
