/**
 * Turns a run's trace marks and memory samples into per-stage figures: wall
 * time and the peak resident memory of the whole process tree (Node and the
 * Pagefind binary it starts) while the stage ran.
 */
import type { TraceEvent } from '../../src/lib/build/trace.ts';

export interface MemorySample {
  /** Milliseconds since the Unix epoch. */
  at: number;
  /** Resident bytes of the process tree. */
  rss: number;
}

export interface StageFigure {
  stage: string;
  ms: number;
  peakRss: number;
}

/**
 * Stages in the order they ran. The time before the first mark is `startup`;
 * a span's time is taken out of the stage it ran inside; a stage marked twice
 * keeps its first mark (Astro may load the marking module more than once).
 */
export function stageFigures(
  events: readonly TraceEvent[],
  samples: readonly MemorySample[],
  runStart: number,
  runEnd: number,
): StageFigure[] {
  const seen = new Set<string>();
  const marks = events
    .filter((event) => event.end === undefined && !seen.has(event.stage) && seen.add(event.stage))
    .sort((a, b) => a.start - b.start);
  const spans = events.filter((event): event is TraceEvent & { end: number } => event.end !== undefined).sort((a, b) => a.start - b.start);
  const windows = [{ stage: 'startup', start: runStart }, ...marks].map((mark, index, all) => ({
    stage: mark.stage,
    start: mark.start,
    end: all[index + 1]?.start ?? runEnd,
  }));

  const figures: StageFigure[] = windows.map(({ stage, start, end }) => {
    const inside = spans.filter((span) => span.start >= start && span.end <= end);
    const spanMs = inside.reduce((total, span) => total + (span.end - span.start), 0);
    return { stage, ms: end - start - spanMs, peakRss: peakBetween(samples, start, end, inside) };
  });
  for (const span of spans) {
    const position = figures.findIndex((figure) => figure.stage === windowOf(windows, span.start));
    figures.splice(position + 1, 0, {
      stage: span.stage,
      ms: span.end - span.start,
      peakRss: peakBetween(samples, span.start, span.end, []),
    });
  }
  return figures;
}

function windowOf(windows: ReadonlyArray<{ stage: string; start: number; end: number }>, at: number): string | undefined {
  return windows.find((window) => at >= window.start && at < window.end)?.stage;
}

function peakBetween(
  samples: readonly MemorySample[],
  start: number,
  end: number,
  excluded: ReadonlyArray<{ start: number; end: number }>,
): number {
  let peak = 0;
  for (const sample of samples) {
    if (sample.at < start || sample.at > end) continue;
    if (excluded.some((span) => sample.at >= span.start && sample.at <= span.end)) continue;
    peak = Math.max(peak, sample.rss);
  }
  return peak;
}

/** The peak over the whole run. */
export function peakRss(samples: readonly MemorySample[]): number {
  return samples.reduce((peak, sample) => Math.max(peak, sample.rss), 0);
}
