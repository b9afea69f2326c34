/** The rules that keep names and running text apart (bench/synthetic/reserved.ts). */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../src/lib/arabic/normalize.ts';
import { NameClaims } from '../../../../bench/synthetic/claims.ts';
import { cores, needsSeparator, ReservedWords, tokensOf, writings } from '../../../../bench/synthetic/reserved.ts';

const reserved = new ReservedWords(['وقال مصدر {E} إن المحادثات تعثرت في 2019', 'the talks of {X} and more']);

describe('writings', () => {
  it('spells a plain form with every proclitic sequence', () => {
    expect(writings('قطر')).toEqual(['قطر', 'وقطر', 'فقطر', 'بقطر', 'كقطر', 'لقطر', 'وبقطر', 'وكقطر', 'ولقطر', 'فبقطر', 'فكقطر', 'فلقطر']);
  });
  it('writes ل before an ال form as لل', () => {
    const forms = writings(normalize('الأمم المتحدة'));
    expect(forms).toContain('للامم المتحده');
    expect(forms).toContain('وبالامم المتحده');
    expect(forms).not.toContain('لالامم المتحده');
  });
});

describe('cores', () => {
  it('takes attached prefixes off a written word', () => {
    expect(cores('وبقطر')).toEqual(expect.arrayContaining(['وبقطر', 'بقطر', 'قطر']));
    expect(cores('للهيئه')).toContain('الهيئه');
  });
  it('never leaves a single letter', () => {
    expect(cores('وب')).toEqual(['وب']);
  });
});

describe('ReservedWords', () => {
  it('knows the words of the texts, with and without their prefixes, and small numbers', () => {
    expect(reserved.has('قال')).toBe(true);
    expect(reserved.has('مصدر')).toBe(true);
    expect(reserved.has('talks')).toBe(true);
    expect(reserved.has('2019')).toBe(true);
    expect(reserved.has('4127')).toBe(false);
    expect(reserved.has('برقان')).toBe(false);
  });
  it('ignores placeholders', () => {
    expect(reserved.has('e')).toBe(false);
  });
  it('refuses names made of running text, single letters and function words', () => {
    expect(reserved.problemWith('برقان')).toBeUndefined();
    expect(reserved.problemWith('مصدر برقان')).toMatch(/running text/);
    expect(reserved.problemWith('ب')).toMatch(/two letters/);
    expect(reserved.problemWith('هذه')).toMatch(/running text/);
    expect(reserved.problemWith('القرار 2019')).toMatch(/running text/);
  });
  it('lets an English connector join a name but not start or end it', () => {
    expect(reserved.problemWith('Republic of Barqan')).toBeUndefined();
    expect(reserved.problemWith('of Barqan')).toMatch(/connector/);
    expect(reserved.problemWith('Barqan and')).toMatch(/connector/);
  });
});

describe('needsSeparator', () => {
  it('is needed when only space or connectors stand between two mentions', () => {
    expect(needsSeparator(' ')).toBe(true);
    expect(needsSeparator(' of ')).toBe(true);
    expect(needsSeparator(' and ')).toBe(true);
  });
  it('is not needed after punctuation or a word of text', () => {
    expect(needsSeparator('، ')).toBe(false);
    expect(needsSeparator(' من جهة ')).toBe(false);
    expect(needsSeparator(' met officials from ')).toBe(false);
  });
});

describe('NameClaims', () => {
  it('refuses a form another entity could be read as, prefixes included', () => {
    const claims = new NameClaims(reserved);
    expect(claims.available(['برقان'])).toBe(true);
    claims.claim(['برقان']);
    expect(claims.available(['بَرقان'])).toBe(false);
    expect(claims.available(['وبرقان'])).toBe(false);
    expect(claims.available(['رقان'])).toBe(false);
    expect(claims.available(['برقان الجديدة'])).toBe(true);
  });
  it('refuses two overlapping forms in one request', () => {
    const claims = new NameClaims(reserved);
    expect(claims.available(['زمرا', 'وزمرا'])).toBe(false);
  });
  it('makes ids from Latin names, numbered when taken', () => {
    const claims = new NameClaims(reserved);
    expect(claims.claimId('Mohammed al-Zarqani')).toBe('mohammed-al-zarqani');
    expect(claims.claimId('Mohammed al-Zarqani')).toBe('mohammed-al-zarqani-2');
    expect(claims.claimId('Resolution 4127')).toBe('resolution-4127');
  });
});

describe('tokensOf', () => {
  it('splits normalised text on anything but letters and digits', () => {
    expect(tokensOf('al-Zarqani، والأمم ٢٠١٩')).toEqual(['al', 'zarqani', 'والامم', '2019']);
  });
});
