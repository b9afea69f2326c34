/**
 * The geometry of the mentions chart. Months run right to left, the first
 * at the right, as Arabic text runs; the count axis stands at the right,
 * where time begins. Everything is rounded so the SVG's bytes never vary.
 */
import { countTicks, yearSpans } from './axis.ts';
import type { MonthCount } from './months.ts';

/** Size of the chart in SVG units. */
export interface ChartOptions {
  width: number;
  height: number;
  fontSize: number;
}

/** A month's bar in chart coordinates. */
interface Bar extends MonthCount {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Everything the chart renderer draws. */
export interface BarChart {
  width: number;
  height: number;
  /** The plotting area: bars grow up from its bottom edge. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** One per month with at least one article, in series order (right to left). */
  bars: Bar[];
  /** Year labels at the middle of each year's months, and the line where each year begins. */
  years: Array<{ year: number; labelX: number | undefined; startX: number }>;
  ticks: Array<{ value: number; y: number }>;
}

/** Room for the count labels at the right, the year labels below. */
const MARGIN = { top: 0.8, bottom: 2, right: 2.2, left: 0.6 };

/** Room a year label needs, in em: four digits and a gap to the next. */
export const YEAR_LABEL_EM = 3.2;

/** Share of a month's width a bar fills, leaving a gap between neighbours. */
const BAR_FILL = 0.75;

/** Places the bars, the year marks and the count ticks of a monthly series. */
export function layoutBarChart(series: readonly MonthCount[], { width, height, fontSize }: ChartOptions): BarChart {
  const plot = {
    left: round(MARGIN.left * fontSize),
    right: round(width - MARGIN.right * fontSize),
    top: round(MARGIN.top * fontSize),
    bottom: round(height - MARGIN.bottom * fontSize),
  };
  const step = (plot.right - plot.left) / Math.max(series.length, 1);
  const ticks = countTicks(Math.max(0, ...series.map(({ count }) => count)));
  const top = ticks.at(-1) ?? 1;
  const yOf = (value: number) => round(plot.bottom - (value / top) * (plot.bottom - plot.top));
  // The month's right edge: the series starts at the right.
  const edgeOf = (index: number) => plot.right - index * step;

  const barWidth = step * BAR_FILL;
  const bars = series.flatMap((entry, index): Bar[] => {
    if (entry.count === 0) return [];
    const y = yOf(entry.count);
    const x = edgeOf(index) - (step + barWidth) / 2;
    return [{ ...entry, x: round(x), y, width: round(barWidth), height: round(plot.bottom - y) }];
  });

  // A short year at either end has its label nudged inside the drawing; a label that would still touch the previous one is left out.
  const labelRoom = YEAR_LABEL_EM * fontSize;
  let lastLabel = Infinity;
  const years = yearSpans(series).map(({ year, start, length }) => {
    const centre = Math.min(Math.max(edgeOf(start + length / 2), labelRoom / 2), width - labelRoom / 2);
    const fits = lastLabel - centre >= labelRoom;
    if (fits) lastLabel = centre;
    return { year, labelX: fits ? round(centre) : undefined, startX: round(edgeOf(start)) };
  });
  return { width, height, plot, bars, years, ticks: ticks.map((value) => ({ value, y: yOf(value) })) };
}

function round(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}
