import { describe, expect, it } from 'vitest';
import { searchKey, searchKeys, searchQuery } from '../../../src/lib/search/terms.ts';

/** A word and its variant reach the same key: that is what lets one find the other. */
const same = (a: string, b: string) => expect(searchKey(a), `${a} / ${b}`).toBe(searchKey(b));

describe('search keys close the gaps of the Arabic stemmer', () => {
  it('وال and فال before a word', () => {
    same('والحكومة', 'حكومة');
    same('فالحكومة', 'الحكومة');
  });
  it('a single ل or ك before a word, and لل for ال', () => {
    same('لمصر', 'مصر');
    same('كمصر', 'مصر');
    same('للأمم', 'الأمم');
    same('وللجيش', 'الجيش');
  });
  it('ؤ and ئ spellings', () => {
    same('مسؤول', 'مسئول');
    same('المسؤولين', 'مسئولين');
  });
  it('final ة and ه, ى and ي, hamza on alef, diacritics, tatweel, digits', () => {
    same('قمة', 'قمه');
    same('مستشفى', 'مستشفي');
    same('إعلان', 'اعلان');
    same('حَفْتَر', 'حفتر');
    same('حفـــتر', 'حفتر');
    same('٢٠٢٠', '2020');
  });
  it('keeps short words whole rather than strip them to nothing', () => {
    expect(searchKey('ولي')).toBe('ولي');
    expect(searchKey('بل')).toBe('بل');
    expect(searchKey('الا')).toBe('الا');
  });
  it('Latin words compare without case', () => {
    same('Williams', 'WILLIAMS');
  });
});

describe('texts and queries', () => {
  it('a text gives its distinct keys in order', () => {
    expect(searchKeys('والحكومة أعلنت أن الحكومة', 'لمصر')).toEqual(['حكومه', 'اعلنت', 'ان', 'مصر']);
  });
  it('a query becomes the keys of its words', () => {
    expect(searchQuery('  حكومةُ  الوفاقِ الوطني ')).toBe('حكومه وفاق وطني');
    expect(searchQuery('')).toBe('');
  });
});
