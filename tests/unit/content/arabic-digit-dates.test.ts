/**
 * A date typed on an Arabic or Persian keyboard (`٢٠٢١-٠٧-٣٠`) is the same
 * day as `2021-07-30` in every date field: accepted, stored in ASCII digits,
 * held to the same calendar and range, and sorted like any other.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { DATE_PATTERN } from '../../../src/lib/content/json-schema.ts';
import { actorSchema } from '../../../src/lib/content/schema.ts';
import { historyDate, recordDate } from '../../../src/lib/content/fields.ts';
import { checkDate, DATE_FIELDS } from '../../helpers/date-fields.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const ARABIC = (ascii: string) => ascii.replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
const PERSIAN = (ascii: string) => ascii.replace(/\d/g, (digit) => String.fromCharCode(0x06f0 + Number(digit)));

describe('dates in Arabic-Indic and Persian digits', () => {
  it('are the same day, in ASCII digits, for both kinds of date field', () => {
    expect(recordDate.parse('٢٠٢١-٠٧-٣٠')).toBe('2021-07-30');
    expect(recordDate.parse('۲۰۲۱-۰۷-۳۰')).toBe('2021-07-30');
    expect(historyDate.parse(' ١٩٤٣-١١-٠٧ ')).toBe('1943-11-07');
  });

  for (const field of DATE_FIELDS) {
    it(`are accepted in ${field.field}, and refused as the same ASCII day would be`, () => {
      expect(checkDate(field, ARABIC('2020-10-26'))).toEqual([]);
      expect(checkDate(field, PERSIAN('2020-10-26'))).toEqual([]);
      const at = `${field.file}:${field.line}:${field.column}: error: \`${field.field}\`: `;
      expect(checkDate(field, ARABIC('2021-02-30'))).toEqual([`${at}2021-02-30 is not a day of the calendar: check the month and the day [no-such-day]`]);
      expect(checkDate(field, ARABIC('9999-12-31'))).toEqual([expect.stringContaining(`${at}9999-12-31 is after`)]);
    });
  }

  it('pass the editor schema, so an editor does not mark what the check accepts', () => {
    const pattern = new RegExp(DATE_PATTERN);
    for (const day of ['2021-07-30', ARABIC('2021-07-30'), PERSIAN('2021-07-30')]) expect(pattern.test(day), day).toBe(true);
    expect(pattern.test('30/07/2021')).toBe(false);
  });

  it('are accepted in an alias window, whose order is then checked as for ASCII days', () => {
    const actor = (from: string, until: string) => ({ name: 'فايز السراج', kind: 'person', aliases: [{ text: 'رئيس المجلس الرئاسي', from, until }] });
    expect(actorSchema.parse(actor('٢٠١٦-٠٣-٣٠', '۲۰۲۱-۰۳-۱۵')).aliases[0]).toMatchObject({ from: '2016-03-30', until: '2021-03-15' });
    expect(actorSchema.safeParse(actor('٢٠٢١-٠٣-١٥', '2016-03-30')).success).toBe(false);
  });

  it('give an article the same data as ASCII digits, so it is dated and sorted the same', () => {
    const article = (date: string) => `---\ntitle: خبر\ndate: ${date}\nupdated: ${date}\nsummary: ملخص.\n---\n\nنص.\n`;
    const load = (date: string) => {
      const corpus = loadCorpus(makeContentRoot({ ...VALID_FILES, 'articles/2021/07/x.md': article(date) }));
      expect(corpus.problems).toEqual([]);
      return corpus.articles.map(({ id, data }) => ({ id, data })).sort((a, b) => a.data.date.localeCompare(b.data.date));
    };
    const ascii = load('2021-07-30');
    expect(load(ARABIC('2021-07-30'))).toEqual(ascii);
    expect(load(PERSIAN('2021-07-30'))).toEqual(ascii);
    expect(ascii.map(({ id }) => id)).toEqual(['2020/10/qatar-mou-breach', '2021/07/x']);
  });
});
