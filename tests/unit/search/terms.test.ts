import { describe, expect, it } from 'vitest';
import { searchKey, searchKeys, searchQuery, words } from '../../../src/lib/search/terms.ts';

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

describe('names joined by a symbol are one word, as typed', () => {
  // Pagefind keeps a word of letters and digits whole (it splits on white space only), indexes the visible «5+5» as 55 and keeps «+» in a query.
  it('«5+5» asks for one joined key, plus the compact form Pagefind gave the visible text', () => {
    expect(searchKey('5+5')).toBe('5plus5');
    expect(searchQuery('5+5')).toBe('5plus5 55');
  });
  it('«5 + 5» is the same: spaces around the symbol do not matter', () => {
    expect(words('5 + 5')).toEqual(['5+5']);
    expect(searchQuery('5 + 5')).toBe('5plus5 55');
    expect(searchQuery('5+ 5')).toBe('5plus5 55');
  });
  it('«٥ + ٥» in Arabic-Indic digits is the same', () => {
    expect(searchQuery('٥ + ٥')).toBe('5plus5 55');
    expect(searchQuery('٥+٥')).toBe('5plus5 55');
  });
  it('«لجنة 5+5»: the name next to other words, on the page and in the query', () => {
    expect(searchQuery('لجنة 5+5')).toBe(`${searchKey('لجنة')} 5plus5 55`);
    expect(searchKeys('لجنة 5+5')).toEqual([searchKey('لجنة'), '5plus5', '55', '5']);
    // Every spelling on the page gives every key the query asks for.
    for (const page of ['لجنة 5 + 5', 'لجنة ٥+٥', 'لجنة ٥ + ٥'])
      expect(searchKeys(page)).toEqual(expect.arrayContaining(searchQuery('لجنة 5+5').split(' ')));
    expect(searchKeys('اللجنة العسكرية المشتركة 5 + 5')).toEqual(expect.arrayContaining(searchQuery('5+5').split(' ')));
  });
  it('a page keeps the parts as keys too, so each part still finds it', () => {
    expect(searchKeys('AT&T و 3/4')).toEqual(['atandt', 'att', 'at', 't', 'و', '3slash4', '34', '3', '4']);
  });
  it('each part of a joined word is reduced as a word of its own', () => {
    expect(searchKey('والجيش/الحكومة')).toBe(searchKey('الجيش / حكومه'));
  });
  it('a plain sentence is unchanged', () => {
    const sentence = 'وقّع ممثلو الطرفين اتفاق وقف إطلاق النار الدائم في جنيف، يوم 23 أكتوبر 2020.';
    expect(words(sentence)).toEqual([
      'وقع',
      'ممثلو',
      'الطرفين',
      'اتفاق',
      'وقف',
      'اطلاق',
      'النار',
      'الدائم',
      'في',
      'جنيف',
      'يوم',
      '23',
      'اكتوبر',
      '2020',
    ]);
    expect(searchQuery(sentence)).toBe('وقع ممثلو طرفين اتفاق وقف اطلاق نار داءم في جنيف يوم 23 اكتوبر 2020');
  });
  it('a hyphen does not join: hyphenated words are also written apart or alone', () => {
    expect(searchQuery('al-Sarraj')).toBe('al sarraj');
    expect(searchQuery('COVID-19')).toBe('covid 19');
    expect(searchKeys('al-Sarraj')).toEqual(['al', 'sarraj']);
  });
  it('a symbol with nothing on one side joins nothing', () => {
    expect(searchQuery('C++')).toBe('c');
    expect(searchQuery('5 +')).toBe('5');
  });
});
