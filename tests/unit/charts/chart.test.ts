import { describe, expect, it } from 'vitest';
import { layoutBarChart, YEAR_LABEL_EM } from '../../../src/lib/charts/bars.ts';
import { describeSeries, tableRows } from '../../../src/lib/charts/describe.ts';
import { archiveRange, mentionSeries } from '../../../src/lib/charts/entity.ts';
import { monthlyCounts } from '../../../src/lib/charts/months.ts';
import { renderBarChartSvg } from '../../../src/lib/charts/svg.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const OPTIONS = { width: 400, height: 160, fontSize: 13 };
const series = monthlyCounts(['2019-11-05', '2020-01-10', '2020-01-20', '2020-03-01', '2020-03-02', '2020-03-03', '2020-03-04'], {
  from: '2019-11',
  to: '2020-04',
});

describe('layoutBarChart', () => {
  const chart = layoutBarChart(series, OPTIONS);

  it('draws a bar for each month with articles only', () => {
    expect(chart.bars.map(({ month, count }) => [month, count])).toEqual([
      ['2019-11', 1],
      ['2020-01', 2],
      ['2020-03', 4],
    ]);
  });

  it('runs months right to left, the first at the right', () => {
    const [first, second, third] = chart.bars;
    expect(first!.x).toBeGreaterThan(second!.x);
    expect(second!.x).toBeGreaterThan(third!.x);
    expect(first!.x + first!.width).toBeLessThanOrEqual(chart.plot.right);
    expect(third!.x).toBeGreaterThanOrEqual(chart.plot.left);
  });

  it('makes heights proportional to counts, from the bottom of the plot', () => {
    const [one, two, four] = chart.bars;
    expect(two!.height).toBeCloseTo(2 * one!.height, 0);
    expect(four!.height).toBeCloseTo(4 * one!.height, 0);
    for (const bar of chart.bars) expect(bar.y + bar.height).toBeCloseTo(chart.plot.bottom, 5);
    expect(chart.ticks.map(({ value }) => value)).toEqual([0, 1, 2, 3, 4]);
    expect(chart.ticks[0]?.y).toBe(chart.plot.bottom);
    expect(chart.ticks.at(-1)?.y).toBe(chart.plot.top);
  });

  it('labels each year at its months, leaving out a label with no room', () => {
    expect(chart.years.map(({ year }) => year)).toEqual([2019, 2020]);
    const [y2019, y2020] = chart.years;
    expect(y2019!.labelX).toBeGreaterThan(y2020!.labelX ?? Infinity);
    expect(y2020!.startX).toBeLessThan(y2019!.startX);
    // A year with one month at the far (left) end still gets its label, nudged inside the drawing.
    const short = layoutBarChart(monthlyCounts(['2019-01-01', '2021-01-01']), OPTIONS);
    const last = short.years.at(-1);
    expect(last?.year).toBe(2021);
    expect(last?.labelX).toBeCloseTo((YEAR_LABEL_EM * OPTIONS.fontSize) / 2, 0);
    const narrow = layoutBarChart(monthlyCounts(['2019-12-01', '2020-01-01', '2021-01-01']), { ...OPTIONS, width: 60 });
    expect(narrow.years.some(({ labelX }) => labelX === undefined)).toBe(true);
  });
});

describe('the chart in words', () => {
  it('sums, spans and names the busiest months', () => {
    expect(describeSeries(series, 'ar-LY')).toMatch(
      /^7 أخبار، أولها في .*2019 وآخرها في .*2020؛ أكثر الأشهر أخبارًا: .*2020 \(4 أخبار\)\.$/,
    );
    const tied = monthlyCounts(['2020-01-01', '2020-01-02', '2020-03-01', '2020-03-02', '2020-05-01']);
    expect(describeSeries(tied, 'ar-LY')).toMatch(/^5 أخبار، أولها .*؛ أكثر الأشهر أخبارًا: [^،]+ و[^،]+ \(خبران في كلٍّ منهما\)\.$/);
    // Two articles are pointed back at with the dual, and with one a month no month stands out.
    expect(describeSeries(monthlyCounts(['2019-11-01', '2019-12-01']), 'ar-LY')).toMatch(/^خبران، أولهما في .*2019 وآخرهما في .*2019\.$/);
    expect(describeSeries(monthlyCounts(['2020-01-01', '2020-01-09']), 'ar-LY')).toMatch(/^خبران في .*2020\.$/);
    expect(describeSeries([], 'ar-LY')).toBe('لا أخبار تذكره.');
  });

  it('tables only the months that have articles', () => {
    expect(tableRows(series, 'ar-LY').map(({ month, count }) => [month, count])).toEqual([
      ['2019-11', 1],
      ['2020-01', 2],
      ['2020-03', 4],
    ]);
  });
});

describe('renderBarChartSvg', () => {
  const svg = renderBarChartSvg(layoutBarChart(series, OPTIONS), {
    id: 'm',
    title: 'الأخبار',
    description: 'وصف <قصير>',
    locale: 'ar-LY',
    fontSize: 13,
  });

  it('drops characters XML cannot carry from its text', () => {
    const dirty = renderBarChartSvg(layoutBarChart(series, OPTIONS), {
      id: 'm',
      title: 'a\u0001b',
      description: 'c\u0008d',
      locale: 'ar-LY',
      fontSize: 13,
    });
    expect(dirty).toContain('<title id="m-title">ab</title>');
    expect(dirty).toContain('<desc id="m-desc">cd</desc>');
    expect(dirty).not.toMatch(/[\u0001\u0008]/);
  });

  it('is an image with a title and a description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="m-title" aria-describedby="m-desc"/);
    expect(svg).toContain('<title id="m-title">الأخبار</title><desc id="m-desc">وصف &lt;قصير&gt;</desc>');
  });

  it('has one bar per month with articles, each with its month and count', () => {
    expect(svg.match(/<rect /g)).toHaveLength(3);
    expect(svg).toMatch(/<rect [^>]*><title>[^<]*2020: 4 أخبار<\/title><\/rect>/);
  });

  it('writes years and counts in the locale’s digits', () => {
    const eastern = renderBarChartSvg(layoutBarChart(series, OPTIONS), {
      id: 'm',
      title: 't',
      description: 'd',
      locale: 'ar-EG',
      fontSize: 13,
    });
    expect(eastern).toContain('>٢٠٢٠</text>');
    expect(svg).toContain('>2020</text>');
  });
});

describe('mentionSeries', () => {
  const article = (date: string, actors: string, extra = '') =>
    `---\ntitle: خبر\ndate: ${date}\nsummary: ملخص.\nactors: [${actors}]\n${extra}---\n\nنص.\n`;
  const root = makeContentRoot({
    ...VALID_FILES,
    'articles/2020/10/qatar-mou-breach.md': article('2020-10-26', 'libyan-national-army'),
    'articles/2020/06/qatar-only.md': article('2020-06-01', 'qatar'),
    'articles/2021/02/last.md': article('2021-02-01', 'qatar'),
    'articles/2021/03/draft.md': article('2021-03-01', 'qatar, libyan-national-army', 'draft: true\n'),
    'articles/2020/12/text-only.md': '---\ntitle: خبر\ndate: 2020-12-05\nsummary: ملخص.\n---\n\nقالت قوات حفتر إن الاتفاق صامد.\n',
  });
  const { mentions } = loadSiteIndex(root);

  it('runs over the months of the whole archive, drafts left out', () => {
    expect(archiveRange(mentions)).toEqual({ from: '2020-06', to: '2021-02' });
  });

  it('counts articles that name or mention the entity, per month', () => {
    const counts = mentionSeries(mentions, 'actors/libyan-national-army');
    expect(counts).toHaveLength(9);
    expect(counts.filter(({ count }) => count > 0)).toEqual([
      { month: '2020-10', count: 1 },
      { month: '2020-12', count: 1 },
    ]);
    expect(mentionSeries(mentions, 'agreements/none')).toEqual([]);
  });
});
