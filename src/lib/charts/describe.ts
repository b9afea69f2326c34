/** The chart in words: its `<desc>`, and the rows of the table that stands in for it. */
import { ARTICLES, plural, type PluralForms } from '../format/plural.ts';
import { formatPeriod, periodDatetime, type MonthCount } from './months.ts';

/** «7 أخبار، أولها في مارس 2015 وآخرها في يناير 2021؛ أكثر الأشهر أخبارًا: أكتوبر 2020 (3 أخبار).» */
export function describeSeries(series: readonly MonthCount[], locale: string): string {
  const active = series.filter(({ count }) => count > 0);
  const first = active[0];
  const last = active.at(-1);
  if (!first || !last) return 'لا أخبار تذكره.';
  const total = active.reduce((sum, { count }) => sum + count, 0);
  const count = plural(total, ARTICLES, locale);
  if (first === last) return `${count} في ${formatPeriod(first, locale)}.`;
  // Arabic points back at two things with the dual pronoun, at more with the plural.
  const them = total === 2 ? 'هما' : 'ها';
  const span = `${count}، أول${them} في ${formatPeriod(first, locale)} وآخر${them} في ${formatPeriod(last, locale)}`;
  const max = Math.max(...active.map(({ count: inMonth }) => inMonth));
  // With one article a month at most, no month stands out.
  if (max === 1) return `${span}.`;
  const peaks = active.filter(({ count: inMonth }) => inMonth === max).map((period) => formatPeriod(period, locale));
  const peakText = new Intl.ListFormat('ar', { type: 'conjunction' }).format(peaks);
  const each = peaks.length === 1 ? '' : peaks.length === 2 ? ' في كلٍّ منهما' : ' في كلٍّ منها';
  return `${span}؛ أكثر ${periodsWord(series)} أخبارًا: ${peakText} (${plural(max, ARTICLES, locale)}${each}).`;
}

/** The periods that have articles, for the table read by screen readers (the empty ones would only be noise); `month` is the period's HTML `datetime`. */
export function tableRows(series: readonly MonthCount[], locale: string): Array<{ month: string; label: string; count: number }> {
  return series
    .filter(({ count }) => count > 0)
    .map((period) => ({ month: periodDatetime(period), label: formatPeriod(period, locale), count: period.count }));
}

/** What the series counts by, in the plural with its article: «الأشهر», «السنوات», or «الفترات» for runs of years. */
function periodsWord(series: readonly MonthCount[]): string {
  const years = series[0]?.years;
  return years === undefined ? 'الأشهر' : years === 1 ? 'السنوات' : 'الفترات';
}

/** «سنة»، «سنتان»، «5 سنوات»، «20 سنة»، «100 سنة»: the length of one bar's run of years. */
const YEARS: PluralForms = {
  zero: (n) => `${n} سنة`,
  one: () => 'سنة',
  two: () => 'سنتان',
  few: (n) => `${n} سنوات`,
  many: (n) => `${n} سنة`,
  other: (n) => `${n} سنة`,
};

/** What one bar stands for, for the caption under the chart: «كل عمود شهر», «كل عمود سنة», «كل عمود 10 سنوات». */
export function barMeaning(series: readonly MonthCount[], locale: string): string {
  const years = series[0]?.years;
  return `كل عمود ${years === undefined ? 'شهر' : plural(years, YEARS, locale)}`;
}
