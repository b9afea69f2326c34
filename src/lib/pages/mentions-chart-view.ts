/**
 * What an entity page's chart of articles over time shows: the drawing as
 * SVG, its description, and the same counts as a table for screen readers,
 * every text already worded in the site's locale. Computed by the page, so
 * the chart is part of the page's cache key and the component only renders.
 */
import { layoutBarChart } from '../charts/bars.ts';
import { barMeaning, describeSeries, tableRows } from '../charts/describe.ts';
import { mentionSeries } from '../charts/entity.ts';
import { renderBarChartSvg } from '../charts/svg.ts';
import type { EntityKey, Registry } from '../entities/registry.ts';
import { formatCount } from '../graph/wording.ts';
import type { MentionIndex } from '../mentions/mention-index.ts';

/** The drawing's size: narrow enough for a phone, in SVG units. */
const CHART = { width: 400, height: 160, fontSize: 13 };

export interface MentionsChartView {
  /** Counted by month, or (a long archive, src/lib/charts/months.ts) by year or runs of years. */
  byMonth: boolean;
  svg: string;
  /** The series in a sentence, then what one bar stands for. */
  description: string;
  meaning: string;
  /** The entity's name, for the table's caption. */
  name: string;
  rows: Array<{ datetime: string; label: string; count: string }>;
}

/** The chart of an entity's articles, or undefined when no article mentions it (the page then shows no section). */
export function mentionsChartView(
  site: { mentions: MentionIndex; registry: Registry },
  entity: EntityKey,
  locale: string,
): MentionsChartView | undefined {
  const series = mentionSeries(site.mentions, entity);
  if (series.length === 0) return undefined;
  const name = site.registry.byKey.get(entity)?.data.name ?? entity;
  const description = describeSeries(series, locale);
  const byMonth = series[0]?.years === undefined;
  const title = `الأخبار التي تذكر ${name} ${byMonth ? 'في كل شهر' : 'على مر السنين'}`;
  return {
    byMonth,
    svg: renderBarChartSvg(layoutBarChart(series, CHART), { id: 'mentions-chart', title, description, locale, fontSize: CHART.fontSize }),
    description,
    meaning: barMeaning(series, locale),
    name,
    rows: tableRows(series, locale).map((row) => ({ datetime: row.month, label: row.label, count: formatCount(row.count, locale) })),
  };
}
