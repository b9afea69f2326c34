/**
 * Every date field's range (src/lib/content/date-range.ts): inside, at both
 * edges, and just outside, checked the way `npm run check` reports it, at the
 * value's `path:line:col`.
 */
import { describe, expect, it } from 'vitest';
import { dateRange, EARLIEST_YEAR, latestYear, outOfRange } from '../../../src/lib/content/date-range.ts';
import { historyDate, isCalendarDate, recordDate } from '../../../src/lib/content/fields.ts';
import { checkDate, DATE_FIELDS } from '../../helpers/date-fields.ts';

const LAST = latestYear();

describe('the range of each date field', () => {
  for (const field of DATE_FIELDS) {
    const { first, last } = dateRange(field.era);
    const year = EARLIEST_YEAR[field.era];
    const at = `${field.file}:${field.line}:${field.column}: error: \`${field.field}\`: `;
    describe(`${field.field} (${first} to ${last})`, () => {
      it('accepts a day inside, and both edges (a future article date is only a warning)', () => {
        for (const day of ['2020-10-26', first, last]) expect(checkDate(field, day).filter((line) => line.includes(': error: ')), day).toEqual([]);
        expect(checkDate(field, '2020-10-26')).toEqual([]);
      });
      it('refuses the day before the first, at the value', () => {
        expect(checkDate(field, `${year - 1}-12-31`)).toEqual([`${at}${year - 1}-12-31 is before ${year}: check the year (${field.era === 'record' ? 'articles and their sources are' : 'births, foundations, dissolutions and signatures are'} dated ${year}–${LAST}) [date-too-early]`]);
      });
      it('refuses the day after the last, at the value', () => {
        expect(checkDate(field, `${LAST + 1}-01-01`)).toEqual([expect.stringMatching(new RegExp(`^${escape(at)}${LAST + 1}-01-01 is after ${LAST}, the end of next year: check the year`))]);
      });
      it('refuses a placeholder year and a slipped digit', () => {
        expect(checkDate(field, '9999-12-31')).toEqual([expect.stringContaining(`${at}9999-12-31 is after ${LAST}`)]);
        expect(checkDate(field, '0202-10-26')).toEqual([expect.stringContaining(`${at}0202-10-26 is before ${year}`)]);
      });
    });
  }
});

describe('outOfRange', () => {
  it('takes the last year as given, so tests and builds agree on it', () => {
    expect(outOfRange('2031-01-01', 'record', 2030)).toMatch(/^2031-01-01 is after 2030/);
    expect(outOfRange('2030-12-31', 'record', 2030)).toBeUndefined();
    expect(outOfRange('1899-12-31', 'record', 2030)).toMatch(/^1899-12-31 is before 1900/);
    expect(outOfRange('1500-01-01', 'history', 2030)).toBeUndefined();
    expect(outOfRange('1499-12-31', 'history', 2030)).toMatch(/before 1500/);
  });
  it('ends next year by the clock', () => {
    expect(latestYear(new Date(Date.UTC(2026, 11, 31, 23, 59)))).toBe(2027);
    expect(latestYear(new Date(Date.UTC(2027, 0, 1)))).toBe(2028);
  });
});

describe('calendar dates before the year 100', () => {
  it('are days of the calendar, not 19xx, so the message says the year is early', () => {
    expect(isCalendarDate('0050-02-29')).toBe(false);
    expect(isCalendarDate('0048-02-29')).toBe(true);
    expect(isCalendarDate('0001-01-01')).toBe(true);
    expect(recordDate.safeParse('0020-10-26').error?.issues[0]?.message).toMatch(/^0020-10-26 is before 1900/);
    expect(historyDate.safeParse('0001-01-01').error?.issues[0]?.message).toMatch(/^0001-01-01 is before 1500/);
  });
  it('a Date from YAML is held to the range too', () => {
    expect(recordDate.safeParse(new Date(Date.UTC(9999, 11, 31))).error?.issues[0]?.message).toMatch(/^9999-12-31 is after/);
    expect(recordDate.parse(new Date(Date.UTC(2020, 9, 26)))).toBe('2020-10-26');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
