/** A page's <title>: whole when it fits, cut at a word with an ellipsis and the site's name when it does not. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutAtWord, documentTitle, TITLE_LIMIT } from '../../../src/lib/metadata/document-title.ts';

const SITE = 'مرصد';

describe('documentTitle', () => {
  it('keeps a title that fits, and the site page is the name alone', () => {
    expect(documentTitle('الفاعلون', SITE)).toBe('الفاعلون — مرصد');
    expect(documentTitle(SITE, SITE)).toBe(SITE);
  });

  it('cuts a long Arabic title at a word, says so, and keeps the site name', () => {
    const title = 'البرلمان التركي يصادق على مذكرة التفاهم الأمنية والعسكرية مع حكومة الوفاق الوطني الليبية في طرابلس';
    const cut = documentTitle(title, SITE);
    expect(cut.length).toBeLessThanOrEqual(TITLE_LIMIT);
    // 62 code units are left for the title: «… مع» ends at 60, «… مع حكومة» would end at 66.
    expect(cut).toBe('البرلمان التركي يصادق على مذكرة التفاهم الأمنية والعسكرية مع… — مرصد');
    expect(title.startsWith(cut.slice(0, cut.indexOf('…')))).toBe(true);
  });

  it('drops punctuation left at the cut', () => {
    expect(cutAtWord('حفتر، السراج، عقيلة صالح', 13)).toBe('حفتر، السراج');
    expect(cutAtWord('المؤتمر: جنيف وبرلين', 10)).toBe('المؤتمر');
  });

  it('cuts inside a word only when the first word is longer than the room', () => {
    expect(cutAtWord('ك'.repeat(30), 10)).toBe('ك'.repeat(10));
  });

  it('is never longer than the limit and always starts the title', () => {
    const word = fc.string({ unit: fc.constantFrom('ا', 'ب', 'ت', 'ث', 'ج', 'a', '،', ':'), minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), fc.integer({ min: 20, max: 90 }), (words, limit) => {
        const title = words.join(' ');
        const shown = documentTitle(title, SITE, limit);
        expect(shown.length).toBeLessThanOrEqual(limit);
        const kept = shown.endsWith(` — ${SITE}`) ? shown.slice(0, -` — ${SITE}`.length) : shown;
        expect(title.startsWith(kept.replace(/…$/, ''))).toBe(true);
      }),
    );
  });
});
