/**
 * Month data costs what its items cost, not what the span of their dates
 * costs: two items a thousand years apart make a handful of entries, where a
 * bar per month would make twelve thousand (and 9999-12 once looped forever).
 */
import { describe, expect, it } from 'vitest';
import { layoutBarChart } from '../../../src/lib/charts/bars.ts';
import { barMeaning, describeSeries, tableRows } from '../../../src/lib/charts/describe.ts';
import { formatPeriod, MAX_PERIODS, monthlyCounts, monthsBetween, nextMonth } from '../../../src/lib/charts/months.ts';
import { renderBarChartSvg } from '../../../src/lib/charts/svg.ts';
import { groupByMonth, groupByYear, type TimelineItem } from '../../../src/lib/timeline/items.ts';

const total = (series: ReadonlyArray<{ count: number }>) => series.reduce((sum, { count }) => sum + count, 0);

describe('monthly counts over a long span', () => {
  it('two items 1,000 years apart give a small series that still counts both', () => {
    const series = monthlyCounts(['1025-06-01', '2025-06-01']);
    // A bar per decade: 101 entries, where a bar per month would be 12,001.
    expect(series.length).toBeLessThanOrEqual(MAX_PERIODS);
    expect(series).toHaveLength(101);
    expect(total(series)).toBe(2);
    expect(series[0]).toEqual({ month: '1020-01', count: 1, years: 10 });
    expect(series.at(-1)).toEqual({ month: '2020-01', count: 1, years: 10 });
  });

  it('the widest range there is, 0001 to 9999, stays within the bound and ends', () => {
    const series = monthlyCounts(['0001-01-01', '9999-12-31'], { from: '0001-01', to: '9999-12' });
    expect(series.length).toBeLessThanOrEqual(MAX_PERIODS);
    expect(total(series)).toBe(2);
  });

  it('an archive of 1950–2025 is counted by year; one of six years stays monthly', () => {
    const archive = monthlyCounts(['1950-03-01', '1987-07-07', '2025-12-31']);
    expect(archive).toHaveLength(76);
    expect(archive.every(({ years }) => years === 1)).toBe(true);
    expect(archive.filter(({ count }) => count > 0).map(({ month }) => month)).toEqual(['1950-01', '1987-01', '2025-01']);
    const recent = monthlyCounts(['2015-03-02', '2021-03-01']);
    expect(recent).toHaveLength(73);
    expect(recent.every(({ years }) => years === undefined)).toBe(true);
  });

  it('every series over the same range has the same periods, so entity charts compare', () => {
    const range = { from: '1901-01', to: '2026-12' };
    const a = monthlyCounts(['1950-01-01'], range).map(({ month }) => month);
    const b = monthlyCounts(['2020-10-26', '1999-01-01'], range).map(({ month }) => month);
    expect(a).toEqual(b);
    expect(a[0]).toBe('1900-01');
  });

  it('crossing into the year 10000 is a step, not an endless loop', () => {
    expect(nextMonth('9999-12')).toBe('10000-01');
    expect(monthsBetween('9999-11', '9999-12')).toEqual(['9999-11', '9999-12']);
  });

  it('is drawn, described and tabled by period', () => {
    const series = monthlyCounts(['1950-03-01', '1950-04-01', '2025-12-31']);
    const chart = layoutBarChart(series, { width: 400, height: 160, fontSize: 13 });
    expect(chart.bars).toHaveLength(2);
    expect(chart.years.length).toBe(series.length);
    expect(formatPeriod({ month: '1950-01', years: 1 }, 'ar-LY')).toBe('1950');
    expect(formatPeriod({ month: '1950-01', years: 10 }, 'ar-EG')).toBe('١٩٥٠–١٩٥٩');
    expect(describeSeries(series, 'ar-LY')).toBe('3 أخبار، أولها في 1950 وآخرها في 2025؛ أكثر السنوات أخبارًا: 1950 (خبران).');
    expect(tableRows(series, 'ar-LY')).toEqual([
      { month: '1950', label: '1950', count: 2 },
      { month: '2025', label: '2025', count: 1 },
    ]);
    expect(barMeaning(series, 'ar-LY')).toBe('كل عمود سنة');
    expect(barMeaning(monthlyCounts(['1025-06-01', '2025-06-01']), 'ar-LY')).toBe('كل عمود 10 سنوات');
    expect(barMeaning(monthlyCounts(['0001-01-01', '9999-12-31']), 'ar-LY')).toBe('كل عمود 100 سنة');
    expect(barMeaning(monthlyCounts(['2020-01-01']), 'ar-LY')).toBe('كل عمود شهر');
    const svg = renderBarChartSvg(chart, { id: 'm', title: 't', description: 'd', locale: 'ar-LY', fontSize: 13 });
    expect(svg).toContain('<title>1950: خبران</title>');
  });
});

describe('the timeline over a long span', () => {
  const item = (date: string, id: string): TimelineItem => ({
    type: 'article',
    id,
    date,
    title: id,
    label: 'خبر',
    path: `articles/${id}/`,
    lang: 'ar',
  });
  it('has a page per month with items, and a year per year with items, whatever lies between', () => {
    const items = [item('1025-06-01', 'old'), item('2025-06-01', 'new')];
    expect(groupByMonth(items).map(({ path }) => path)).toEqual(['timeline/1025/06/', 'timeline/2025/06/']);
    expect(groupByYear(items).map(({ year }) => year)).toEqual([1025, 2025]);
  });
});
