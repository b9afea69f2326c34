/** The chart in words: its `<desc>`, and the rows of the table that stands in for it. */
import { ARTICLES, plural } from '../format/plural.ts';
import { formatMonth, type MonthCount } from './months.ts';

/** «7 أخبار، أولها في مارس 2015 وآخرها في يناير 2021؛ أكثر الأشهر أخبارًا: أكتوبر 2020 (3 أخبار).» */
export function describeSeries(series: readonly MonthCount[], locale: string): string {
  const active = series.filter(({ count }) => count > 0);
  const first = active[0];
  const last = active.at(-1);
  if (!first || !last) return 'لا أخبار تذكره.';
  const total = active.reduce((sum, { count }) => sum + count, 0);
  const count = plural(total, ARTICLES, locale);
  if (first === last) return `${count} في ${formatMonth(first.month, locale)}.`;
  // Arabic points back at two things with the dual pronoun, at more with the plural.
  const them = total === 2 ? 'هما' : 'ها';
  const span = `${count}، أول${them} في ${formatMonth(first.month, locale)} وآخر${them} في ${formatMonth(last.month, locale)}`;
  const max = Math.max(...active.map(({ count: inMonth }) => inMonth));
  // With one article a month at most, no month stands out.
  if (max === 1) return `${span}.`;
  const peaks = active.filter(({ count: inMonth }) => inMonth === max).map(({ month }) => formatMonth(month, locale));
  const peakText = new Intl.ListFormat('ar', { type: 'conjunction' }).format(peaks);
  const each = peaks.length === 1 ? '' : peaks.length === 2 ? ' في كلٍّ منهما' : ' في كلٍّ منها';
  return `${span}؛ أكثر الأشهر أخبارًا: ${peakText} (${plural(max, ARTICLES, locale)}${each}).`;
}

/** The months that have articles, for the table read by screen readers (the empty ones would only be noise). */
export function tableRows(series: readonly MonthCount[], locale: string): Array<{ month: string; label: string; count: number }> {
  return series.filter(({ count }) => count > 0).map(({ month, count }) => ({ month, label: formatMonth(month, locale), count }));
}
