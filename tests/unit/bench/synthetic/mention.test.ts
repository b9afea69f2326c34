/**
 * Every way the generator writes a name is still that name under the
 * matching contract: checked with the project's matcher.
 */
import { describe, expect, it } from 'vitest';
import { attachPrefix, decorate, writeMention, type MentionStyle } from '../../../../bench/synthetic/mention.ts';
import { Rng } from '../../../../bench/synthetic/rng.ts';
import { createMatcher } from '../../../../src/lib/entities/matcher.ts';

const FORMS = [
  'برقان',
  'الهيئة الوطنية للانتخابات',
  'اللواء 4127',
  'إبراهيم الزرقاني',
  'أحمد بن سالم الحوقفي',
  'Barqan Monitoring Mission',
];
const PREFIXES = ['', 'و', 'ف', 'ب', 'ك', 'ل', 'وب', 'ول', 'فل', 'فك'];
const EVERYTHING: MentionStyle = { diacritics: 1, tatweel: 1, hamza: 1, digits: 1, lineBreak: 1 };
const SOMETIMES: MentionStyle = { diacritics: 0.5, tatweel: 0.5, hamza: 0.5, digits: 0.5, lineBreak: 0.5 };

const matcher = createMatcher(FORMS.map((form, index) => ({ form, key: `e${index}` })));

describe('writeMention', () => {
  for (const [index, form] of FORMS.entries()) {
    it(`is found as "${form}" with every prefix and variation`, () => {
      for (let seed = 1; seed <= 40; seed++) {
        const rng = new Rng(seed);
        for (const prefix of PREFIXES) {
          const written = writeMention(rng, form, prefix, seed % 2 === 0 ? EVERYTHING : SOMETIMES);
          const text = `وقال مصدر إن ${written}، في بيان.`;
          const matches = matcher.findAll(text);
          expect(
            matches.map((match) => match.key),
            text,
          ).toEqual([`e${index}`]);
        }
      }
    });
  }
});

describe('decorate', () => {
  it('adds marks, tatweel, another alef and Arabic-Indic digits, and can break a long name across lines', () => {
    const seen = { marks: false, tatweel: false, alef: false, digits: false, lineBreak: false };
    for (let seed = 1; seed <= 30; seed++) {
      const rng = new Rng(seed);
      for (const form of FORMS) {
        const written = decorate(rng, form, EVERYTHING);
        seen.marks ||= /[\u064B-\u0652]/u.test(written);
        seen.tatweel ||= written.includes('ـ');
        seen.alef ||= /(^|\s)(ابراهيم|احمد)/u.test(written.replace(/[\u064B-\u0652\u0640]/gu, ''));
        seen.digits ||= written.includes('٤١٢٧');
        seen.lineBreak ||= written.includes('\n');
      }
    }
    expect(seen).toEqual({ marks: true, tatweel: true, alef: true, digits: true, lineBreak: true });
  });
  it('leaves names alone with no variation asked for, and Latin names always', () => {
    const none: MentionStyle = { diacritics: 0, tatweel: 0, hamza: 0, digits: 0, lineBreak: 0 };
    for (const form of FORMS) expect(decorate(new Rng(1), form, none)).toBe(form);
    expect(decorate(new Rng(1), 'Barqan Monitoring Mission', EVERYTHING)).toBe('Barqan Monitoring Mission');
  });
});

describe('attachPrefix', () => {
  it('writes ل before an ال name as لل', () => {
    expect(attachPrefix('ل', 'الهيئة', 'الهيئة')).toBe('للهيئة');
    expect(attachPrefix('ول', 'الهيئة', 'الهيئة')).toBe('وللهيئة');
    expect(attachPrefix('وب', 'الهيئة', 'الهيئة')).toBe('وبالهيئة');
  });
  it('drops ل before الل, which the contract cannot read', () => {
    expect(attachPrefix('ول', 'اللواء 4127', 'اللواء 4127')).toBe('واللواء 4127');
  });
  it('attaches plainly to other names, and not at all to Latin ones', () => {
    expect(attachPrefix('فل', 'برقان', 'برقان')).toBe('فلبرقان');
    expect(attachPrefix('و', 'Barqan', 'Barqan')).toBe('Barqan');
  });
});
