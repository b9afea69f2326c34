/**
 * Stage marks for `npm run bench`. When `MARSAD_TRACE` names a file, each
 * mark appends one JSON line to it; otherwise marking costs nothing. A mark
 * starts a stage that lasts until the next mark; a span is a stage nested in
 * whatever runs around it (the mention index is built during content sync).
 * Marks go to a file, not to memory, because Astro loads our code in several
 * module graphs within one process, and the bench reads them from outside.
 */
import { appendFileSync } from 'node:fs';
import { readSettings } from '../config/settings.ts';

export interface TraceEvent {
  stage: string;
  /** Milliseconds since the Unix epoch. */
  start: number;
  /** Only for spans. */
  end?: number;
}

const now = () => performance.timeOrigin + performance.now();

export function traceStage(stage: string, file: string | undefined = readSettings().traceFile): void {
  if (file) appendFileSync(file, `${JSON.stringify({ stage, start: now() } satisfies TraceEvent)}\n`);
}

export function traceSpan<T>(stage: string, work: () => T, file: string | undefined = readSettings().traceFile): T {
  if (!file) return work();
  const start = now();
  const result = work();
  appendFileSync(file, `${JSON.stringify({ stage, start, end: now() } satisfies TraceEvent)}\n`);
  return result;
}

export function parseTrace(text: string): TraceEvent[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as TraceEvent);
}
