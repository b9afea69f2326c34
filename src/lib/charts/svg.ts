/** The mentions chart as a static inline SVG: an image with a title and a description, bars with tooltips. */
import { numberFormat } from '../format/intl.ts';
import { ARTICLES, plural } from '../format/plural.ts';
import type { BarChart } from './bars.ts';
import { escapeXml } from '../format/xml.ts';
import { coord } from '../graph/xml.ts';
import { formatPeriod } from './months.ts';

/** The chart's accessible name and description, ids and locale. */
export interface ChartSvgOptions {
  /** Prefix of the ids inside the SVG, unique on the page. */
  id: string;
  title: string;
  description: string;
  locale: string;
  fontSize: number;
}

/** The SVG markup of a laid-out chart: gridlines and counts, year marks, then the bars. */
export function renderBarChartSvg(chart: BarChart, { id, title, description, locale, fontSize }: ChartSvgOptions): string {
  const { plot } = chart;
  const numbers = numberFormat(locale, { useGrouping: false });
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="graph-svg chart-svg" viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}" height="${chart.height}" role="img" aria-labelledby="${escapeXml(id)}-title" aria-describedby="${escapeXml(id)}-desc" font-size="${fontSize}">`,
    `<title id="${escapeXml(id)}-title">${escapeXml(title)}</title>`,
    `<desc id="${escapeXml(id)}-desc">${escapeXml(description)}</desc>`,
    ...chart.ticks.map(
      ({ value, y }) =>
        `<line class="${value === 0 ? 'chart-axis' : 'chart-grid'}" x1="${plot.left}" y1="${y}" x2="${plot.right}" y2="${y}"/>` +
        `<text class="chart-label" x="${chart.width - 2}" y="${coord(y + fontSize * 0.35)}" text-anchor="end" direction="ltr">${numbers.format(value)}</text>`,
    ),
    ...chart.years.map(
      ({ year, labelX, startX }) =>
        `<line class="chart-axis" x1="${startX}" y1="${plot.bottom}" x2="${startX}" y2="${coord(plot.bottom + fontSize * 0.5)}"/>` +
        (labelX === undefined
          ? ''
          : `<text class="chart-label" x="${labelX}" y="${coord(plot.bottom + fontSize * 1.5)}" text-anchor="middle" direction="ltr">${numbers.format(year)}</text>`),
    ),
    ...chart.bars.map(
      (bar) =>
        `<rect class="chart-bar" x="${bar.x}" y="${bar.y}" width="${bar.width}" height="${bar.height}"><title>${escapeXml(`${formatPeriod(bar, locale)}: ${plural(bar.count, ARTICLES, locale)}`)}</title></rect>`,
    ),
    '</svg>',
  ];
  return parts.join('');
}
