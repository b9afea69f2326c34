import { describe, expect, it } from 'vitest';
import { ARTICLES, plural, RESULTS, TIMES } from '../../../src/lib/format/plural.ts';

describe('Arabic plural forms', () => {
  it('covers the six categories of Intl.PluralRules("ar")', () => {
    const counts = [0, 1, 2, 3, 10, 11, 99, 100, 102];
    expect(counts.map((count) => plural(count, RESULTS, 'ar-LY'))).toEqual([
      'لا نتائج',
      'نتيجة واحدة',
      'نتيجتان',
      '3 نتائج',
      '10 نتائج',
      '11 نتيجة',
      '99 نتيجة',
      '100 نتيجة',
      '102 نتيجة',
    ]);
  });
  it('counts mentions and articles', () => {
    expect([1, 2, 5, 20].map((count) => plural(count, TIMES, 'ar-LY'))).toEqual(['مرة واحدة', 'مرتين', '5 مرات', '20 مرة']);
    expect([1, 2, 5, 20].map((count) => plural(count, ARTICLES, 'ar-LY'))).toEqual(['خبر واحد', 'خبران', '5 أخبار', '20 خبرًا']);
  });
  it('writes the number in the site locale', () => {
    expect(plural(5, RESULTS, 'ar-EG')).toBe('٥ نتائج');
  });
});
