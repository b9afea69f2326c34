/** Ticks for the mentions chart: where each year starts, and round counts up the value axis. */
import type { MonthCount } from './months.ts';

/** The months of one year within a series. */
export interface YearSpan {
  year: number;
  /** Index of the year's first month in the series. */
  start: number;
  /** Months of that year in the series. */
  length: number;
}

/** The years the series covers, each with where it starts and how many of its months it shows. */
export function yearSpans(series: readonly Pick<MonthCount, 'month'>[]): YearSpan[] {
  const spans: YearSpan[] = [];
  series.forEach(({ month }, index) => {
    const year = Number(month.slice(0, 4));
    const last = spans.at(-1);
    if (last?.year === year) last.length++;
    else spans.push({ year, start: index, length: 1 });
  });
  return spans;
}

/** Steps the value axis may use: counts are whole articles, so never a fraction. */
const STEPS = [1, 2, 5];

/**
 * Ticks from 0 to the first multiple of a round step at or above `max`, at most
 * `maxTicks` of them besides 0. An empty series still gets an axis up to 1.
 */
export function countTicks(max: number, maxTicks = 4): number[] {
  const top = Math.max(1, Math.ceil(max));
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const base of STEPS) {
      const step = base * magnitude;
      const count = Math.ceil(top / step);
      if (count <= maxTicks) return Array.from({ length: count + 1 }, (_, index) => index * step);
    }
  }
}
