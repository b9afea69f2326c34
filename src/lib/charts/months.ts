/** Counting dated things by calendar month, with the empty months kept: a gap in the news is information too. */
import { dateTimeFormat } from '../format/intl.ts';

/** `2020-10-26` → `2020-10`. */
export function monthOf(isoDay: string): string {
  return isoDay.slice(0, 7);
}

/** `2020-12` → `2021-01`. */
export function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7));
  return index === 12 ? `${pad(year + 1, 4)}-01` : `${pad(year, 4)}-${pad(index + 1, 2)}`;
}

/** Every month from `from` to `to`, both included; empty when `to` comes first. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = nextMonth(month)) months.push(month);
  return months;
}

/** How many dated things fell in a month. */
export interface MonthCount {
  /** `YYYY-MM` */
  month: string;
  count: number;
}

/** The months a series runs over, both ends included. */
export interface MonthRange {
  /** First month shown, `YYYY-MM`. */
  from: string;
  /** Last month shown, `YYYY-MM`. */
  to: string;
}

/**
 * How many of the dates fall in each month, for every month of the range
 * (empty ones at zero). Without a range the series runs from the first date's
 * month to the last's; a date outside a given range widens it, so nothing is dropped.
 */
export function monthlyCounts(dates: readonly string[], range?: MonthRange): MonthCount[] {
  const months = dates.map(monthOf).sort();
  const first = months[0];
  const last = months.at(-1);
  if (!range && (first === undefined || last === undefined)) return [];
  const from = [range?.from, first].filter((month) => month !== undefined).sort()[0] as string;
  const to = [range?.to, last].filter((month) => month !== undefined).sort().at(-1) as string;
  const counts = new Map<string, number>();
  for (const month of months) counts.set(month, (counts.get(month) ?? 0) + 1);
  return monthsBetween(from, to).map((month) => ({ month, count: counts.get(month) ?? 0 }));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `2020-10` → «أكتوبر 2020» in the site's locale, computed in UTC so no time zone shifts the month. */
export function formatMonth(month: string, locale: string): string {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  return dateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
