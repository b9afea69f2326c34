/**
 * Counting dated things by period of the calendar, with the empty periods
 * kept: a gap in the news is information too. A period is a month while the
 * range is short enough for a bar per month; over a longer range it is a year,
 * or a run of 2, 5, 10, 20, 50 … years, so that a series never has more than
 * MAX_PERIODS entries. Its cost is then the number of dates plus a constant,
 * never the span between the oldest and the newest: an archive reaching from
 * 1950 to 2025 draws 76 yearly bars, not 900 monthly ones, and a mistyped year
 * cannot make a build loop over thousands of empty months.
 */
import { dateTimeFormat, numberFormat } from '../format/intl.ts';

/** `2020-10-26` → `2020-10`. */
export function monthOf(isoDay: string): string {
  return isoDay.slice(0, 7);
}

/** `2020-12` → `2021-01`. */
export function nextMonth(month: string): string {
  return monthAt(monthIndex(month) + 1);
}

/**
 * Every month from `from` to `to`, both included; empty when `to` comes first.
 * Its length is the span itself: for short ranges (tests, axes), never for a
 * series, which `monthlyCounts` bounds.
 */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let index = monthIndex(from), last = monthIndex(to); index <= last; index++) months.push(monthAt(index));
  return months;
}

/** How many dated things fell in one period. */
export interface MonthCount {
  /** First month of the period, `YYYY-MM`. */
  month: string;
  count: number;
  /** Years the period covers, when the series counts by year or by run of years; absent for a month. */
  years?: number;
}

/** The months a series runs over, both ends included. */
export interface MonthRange {
  /** First month shown, `YYYY-MM`. */
  from: string;
  /** Last month shown, `YYYY-MM`. */
  to: string;
}

/** The most periods a series holds: the chart is 400 units wide, and a bar needs a few of them. */
export const MAX_PERIODS = 120;

/** Lengths of a run of years, per power of ten: 1, 2, 5, 10, 20, 50 … */
const YEAR_STEPS = [1, 2, 5];

/**
 * How many of the dates fall in each period of the range (empty ones at zero).
 * Without a range the series runs from the first date to the last; a date
 * outside a given range widens it, so nothing is dropped. The periods are
 * months when the range spans at most MAX_PERIODS of them, and otherwise the
 * shortest run of years that keeps the series within MAX_PERIODS; runs start at
 * a multiple of their length (1990, 2000 …) so that every series over the same
 * range has the same periods. Dates not of the form `YYYY-MM…` are left out: the
 * schema admits none.
 */
export function monthlyCounts(dates: readonly string[], range?: MonthRange): MonthCount[] {
  const indexes = dates.map(monthIndex).filter(Number.isFinite);
  const ends = [...indexes, ...(range ? [monthIndex(range.from), monthIndex(range.to)] : [])].filter(Number.isFinite);
  if (ends.length === 0) return [];
  const [first, last] = minMax(ends);
  const years = periodYears(first, last);
  if (years === undefined) {
    const counts = new Array<number>(last - first + 1).fill(0);
    for (const index of indexes) counts[index - first]! += 1;
    return counts.map((count, offset) => ({ month: monthAt(first + offset), count }));
  }
  const start = Math.floor(yearOfIndex(first) / years);
  const counts = new Array<number>(Math.floor(yearOfIndex(last) / years) - start + 1).fill(0);
  for (const index of indexes) counts[Math.floor(yearOfIndex(index) / years) - start]! += 1;
  return counts.map((count, offset) => ({ month: `${pad((start + offset) * years, 4)}-01`, count, years }));
}

/** Months while they fit; otherwise the shortest run of years (1, 2, 5, 10 …) that keeps the series within MAX_PERIODS. */
function periodYears(first: number, last: number): number | undefined {
  if (last - first + 1 <= MAX_PERIODS) return undefined;
  const [from, to] = [yearOfIndex(first), yearOfIndex(last)];
  // Ends once one run covers every year: at most a few steps per power of ten.
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const base of YEAR_STEPS) {
      const years = base * magnitude;
      if (Math.floor(to / years) - Math.floor(from / years) + 1 <= MAX_PERIODS) return years;
    }
  }
}

/** The smallest and the largest of some numbers, without spreading a long list into arguments. */
function minMax(values: readonly number[]): [number, number] {
  let [min, max] = [Infinity, -Infinity];
  for (const value of values) [min, max] = [Math.min(min, value), Math.max(max, value)];
  return [min, max];
}

/** `2020-10` → months since January of the year 0; NaN for anything else. */
function monthIndex(month: string): number {
  const match = /^(\d{4})-(\d{2})/.exec(month);
  if (!match) return Number.NaN;
  const [year, index] = [Number(match[1]), Number(match[2])];
  return index >= 1 && index <= 12 ? year * 12 + index - 1 : Number.NaN;
}

function monthAt(index: number): string {
  return `${pad(yearOfIndex(index), 4)}-${pad((index % 12) + 1, 2)}`;
}

function yearOfIndex(index: number): number {
  return Math.floor(index / 12);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `2020-10` → «أكتوبر 2020» in the site's locale, computed in UTC so no time zone shifts the month. */
export function formatMonth(month: string, locale: string): string {
  const date = new Date(0);
  // setUTCFullYear, because Date.UTC reads the years 0–99 as 1900–1999.
  date.setUTCFullYear(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);
  return dateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A period in words: «أكتوبر 2020», «2020», or «2000–2009», in the site's digits. */
export function formatPeriod(period: Pick<MonthCount, 'month' | 'years'>, locale: string): string {
  if (period.years === undefined) return formatMonth(period.month, locale);
  const year = Number(period.month.slice(0, 4));
  const digits = numberFormat(locale, { useGrouping: false });
  return period.years === 1 ? digits.format(year) : `${digits.format(year)}–${digits.format(year + period.years - 1)}`;
}

/** The period as an HTML `datetime`: the month `2020-10`, or the (first) year `2020`. */
export function periodDatetime(period: Pick<MonthCount, 'month' | 'years'>): string {
  return period.years === undefined ? period.month : period.month.slice(0, 4);
}
