import { describe, expect, it } from 'vitest';
import { countTicks, yearSpans } from '../../../src/lib/charts/axis.ts';
import { formatMonth, monthlyCounts, monthOf, monthsBetween, nextMonth } from '../../../src/lib/charts/months.ts';

describe('months', () => {
  it('step across the year', () => {
    expect(monthOf('2020-10-26')).toBe('2020-10');
    expect(nextMonth('2020-09')).toBe('2020-10');
    expect(nextMonth('2020-12')).toBe('2021-01');
    expect(monthsBetween('2020-11', '2021-02')).toEqual(['2020-11', '2020-12', '2021-01', '2021-02']);
    expect(monthsBetween('2021-02', '2020-11')).toEqual([]);
  });

  it('are named in the locale', () => {
    expect(formatMonth('2020-10', 'ar-LY')).toMatch(/2020/);
    expect(formatMonth('2020-10', 'ar-EG')).toMatch(/٢٠٢٠/);
    expect(formatMonth('2020-01', 'ar-LY')).not.toBe(formatMonth('2020-02', 'ar-LY'));
  });
});

describe('monthlyCounts', () => {
  it('counts dates per month and fills the empty months with zero', () => {
    expect(monthlyCounts(['2020-10-26', '2020-12-02', '2020-10-01', '2021-01-31'])).toEqual([
      { month: '2020-10', count: 2 },
      { month: '2020-11', count: 0 },
      { month: '2020-12', count: 1 },
      { month: '2021-01', count: 1 },
    ]);
  });

  it('runs over the whole range given, and widens it rather than drop a date', () => {
    expect(monthlyCounts(['2020-02-10'], { from: '2020-01', to: '2020-03' }).map(({ count }) => count)).toEqual([0, 1, 0]);
    expect(monthlyCounts(['2019-12-31', '2020-04-01'], { from: '2020-01', to: '2020-02' }).map(({ month }) => month)).toEqual([
      '2019-12',
      '2020-01',
      '2020-02',
      '2020-03',
      '2020-04',
    ]);
  });

  it('gives nothing for no dates, or the empty range', () => {
    expect(monthlyCounts([])).toEqual([]);
    expect(monthlyCounts([], { from: '2020-01', to: '2020-02' })).toEqual([
      { month: '2020-01', count: 0 },
      { month: '2020-02', count: 0 },
    ]);
  });
});

describe('axis ticks', () => {
  it('mark where each year starts and how many of its months are shown', () => {
    expect(yearSpans(monthsBetween('2019-11', '2021-02').map((month) => ({ month })))).toEqual([
      { year: 2019, start: 0, length: 2 },
      { year: 2020, start: 2, length: 12 },
      { year: 2021, start: 14, length: 2 },
    ]);
  });

  it('count in round whole steps up to the maximum', () => {
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(13)).toEqual([0, 5, 10, 15]);
    expect(countTicks(180)).toEqual([0, 50, 100, 150, 200]);
  });
});
