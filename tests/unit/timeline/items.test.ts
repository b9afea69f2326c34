import { describe, expect, it } from 'vitest';
import type { AgreementData, ArticleData } from '../../../src/lib/content/schema.ts';
import type { Item } from '../../../src/lib/pages/queries.ts';
import { ARTICLE_LABEL, formatMonthName, formatYear, groupByMonth, groupByYear, timelineItems } from '../../../src/lib/timeline/items.ts';

const article = (id: string, date: string, extra: Partial<ArticleData> = {}): Item<ArticleData> => ({
  id,
  data: {
    title: `عنوان ${id}`,
    date,
    summary: 'ملخص',
    lang: 'ar',
    actors: [],
    agreements: [],
    tags: [],
    sources: [],
    corrections: [],
    draft: false,
    autolink: true,
    ...extra,
  },
});

const agreement = (id: string, signed: string, kind: AgreementData['kind'] = 'ceasefire'): Item<AgreementData> => ({
  id,
  data: { name: `اتفاق ${id}`, signed, kind, aliases: [], not: [], parties: [], witnesses: [], related: [] },
});

describe('timelineItems', () => {
  const items = timelineItems(
    [
      article('2021/01/late', '2021-01-23'),
      article('2020/10/b-same-day', '2020-10-23'),
      article('2020/10/a-same-day', '2020-10-23', { lang: 'en' }),
      article('2015/03/early', '2015-03-02'),
      article('2022/01/draft', '2022-01-01', { draft: true }),
    ],
    [agreement('geneva', '2020-10-23'), agreement('skhirat', '2015-12-17', 'political-agreement')],
  );

  it('runs oldest first; on one day the agreement, then the articles by id', () => {
    expect(items.map(({ id }) => id)).toEqual([
      '2015/03/early',
      'skhirat',
      'geneva',
      '2020/10/a-same-day',
      '2020/10/b-same-day',
      '2021/01/late',
    ]);
  });

  it('leaves drafts out', () => {
    expect(items.some(({ id }) => id === '2022/01/draft')).toBe(false);
  });

  it('labels, dates and links each item', () => {
    expect(items[1]).toEqual({
      type: 'agreement',
      id: 'skhirat',
      date: '2015-12-17',
      title: 'اتفاق skhirat',
      label: 'اتفاق سياسي',
      path: 'agreements/skhirat/',
      lang: 'ar',
    });
    expect(items[0]).toMatchObject({ type: 'article', label: ARTICLE_LABEL, path: 'articles/2015/03/early/', date: '2015-03-02' });
    expect(ARTICLE_LABEL).toBe('خبر');
    expect(items[3]?.lang).toBe('en');
  });

  it('does not depend on the order it is given', () => {
    const shuffled = timelineItems([article('b', '2020-01-02'), article('a', '2020-01-02')], [agreement('x', '2020-01-02')]);
    const reversed = timelineItems([article('a', '2020-01-02'), article('b', '2020-01-02')], [agreement('x', '2020-01-02')]);
    expect(shuffled).toEqual(reversed);
    expect(shuffled.map(({ id }) => id)).toEqual(['x', 'a', 'b']);
  });
});

describe('groupByYear', () => {
  it('makes one group per year, in order, keeping the order within', () => {
    const items = timelineItems(
      [article('a', '2015-03-02'), article('b', '2020-10-24'), article('c', '2021-01-23'), article('d', '2020-01-19')],
      [agreement('g', '2020-10-23')],
    );
    const years = groupByYear(items);
    expect(years.map(({ year, items: inYear }) => [year, inYear.map(({ id }) => id)])).toEqual([
      [2015, ['a']],
      [2020, ['d', 'g', 'b']],
      [2021, ['c']],
    ]);
  });

  it('skips years with nothing in them and gives nothing for nothing', () => {
    expect(groupByYear(timelineItems([article('a', '2015-01-01'), article('b', '2019-01-01')], [])).map(({ year }) => year)).toEqual([
      2015, 2019,
    ]);
    expect(groupByYear([])).toEqual([]);
  });
});

describe('formatYear', () => {
  it('writes the year in the locale’s digits, without grouping', () => {
    expect(formatYear(2020, 'ar-LY')).toBe('2020');
    expect(formatYear(2020, 'ar-EG')).toBe('٢٠٢٠');
  });
});

describe('groupByMonth', () => {
  it('makes one page per month that has entries, in order, with its path', () => {
    const items = timelineItems(
      [article('a', '2020-10-24'), article('b', '2020-09-30'), article('c', '2021-10-01')],
      [agreement('g', '2020-10-23')],
    );
    const months = groupByMonth(items);
    expect(months.map(({ year, month, key, path, items: inMonth }) => [year, month, key, path, inMonth.map(({ id }) => id)])).toEqual([
      [2020, 9, '2020-09', 'timeline/2020/09/', ['b']],
      [2020, 10, '2020-10', 'timeline/2020/10/', ['g', 'a']],
      [2021, 10, '2021-10', 'timeline/2021/10/', ['c']],
    ]);
    expect(groupByMonth([])).toEqual([]);
  });
});

describe('formatMonthName', () => {
  it('names the month in Arabic', () => {
    expect(formatMonthName(1, 'ar-LY')).toBe('يناير');
    expect(formatMonthName(10, 'ar-EG')).toBe('أكتوبر');
  });
});
