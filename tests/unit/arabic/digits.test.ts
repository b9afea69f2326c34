import { describe, expect, it } from 'vitest';
import { ANY_DIGIT, asciiDigits } from '../../../src/lib/arabic/digits.ts';

describe('asciiDigits', () => {
  it('reads Arabic-Indic and Persian digits as ASCII', () => {
    expect(asciiDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(asciiDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(asciiDigits('٢٠٢١-٠٧-٣٠')).toBe('2021-07-30');
    expect(asciiDigits('۲۰۲۱-۰۷-۳۰')).toBe('2021-07-30');
  });
  it('keeps everything else, mixed digits included', () => {
    expect(asciiDigits('2021-٠٧-30')).toBe('2021-07-30');
    expect(asciiDigits('يوم ٣ من 7')).toBe('يوم 3 من 7');
    expect(asciiDigits('')).toBe('');
    // Other Unicode digits (Devanagari) are not what an Arabic keyboard types: left for the date check to refuse.
    expect(asciiDigits('२०२१')).toBe('२०२१');
  });
  it('has a pattern piece for each of the three digit sets, and nothing else', () => {
    const digit = new RegExp(`^${ANY_DIGIT}$`);
    for (const character of ['0', '9', '٠', '٩', '۰', '۹']) expect(digit.test(character), character).toBe(true);
    for (const character of ['a', '-', '२', '٪']) expect(digit.test(character), character).toBe(false);
  });
});
