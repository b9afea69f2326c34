/** Stage marks go to the trace file only when one is named. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseTrace, traceSpan, traceStage } from '../../../src/lib/build/trace.ts';

describe('trace', () => {
  it('appends marks and spans as JSON lines', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'marsad-trace-')), 'trace.jsonl');
    traceStage('check', file);
    expect(traceSpan('index', () => 42, file)).toBe(42);
    const events = parseTrace(readFileSync(file, 'utf8'));
    expect(events.map((event) => event.stage)).toEqual(['check', 'index']);
    expect(events[0]?.end).toBeUndefined();
    expect(events[1]!.end!).toBeGreaterThanOrEqual(events[1]!.start);
  });

  it('writes to MARSAD_TRACE by default, and only runs the work when it is unset', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'marsad-trace-')), 'trace.jsonl');
    vi.stubEnv('MARSAD_TRACE', file);
    traceStage('render');
    expect(parseTrace(readFileSync(file, 'utf8')).map((event) => event.stage)).toEqual(['render']);
    vi.stubEnv('MARSAD_TRACE', '');
    expect(traceSpan('index', () => 'done')).toBe('done');
    traceStage('pagefind');
    expect(parseTrace(readFileSync(file, 'utf8')).map((event) => event.stage)).toEqual(['render']);
    vi.unstubAllEnvs();
  });
});
