/**
 * Runs one command as the bench does: wall time, memory of its process tree
 * sampled every 100 ms, and the stage marks it wrote (src/lib/build/trace.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { processTreeRss } from './process-tree.ts';
import { peakRss, stageFigures, type MemorySample, type StageFigure } from './stages.ts';
import { parseTrace } from '../../src/lib/build/trace.ts';

export interface MeasureOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Where the command writes its stage marks; commands without marks are one stage named after `label`. */
  traceFile?: string;
  label: string;
}

export interface Measurement {
  label: string;
  ms: number;
  peakRss: number;
  stages: StageFigure[];
  exitCode: number;
  /** The last lines the command printed, for a failed run's report. */
  outputTail: string;
}

const SAMPLE_EVERY_MS = 100;
const TAIL_CHARS = 4000;

export async function measure(command: string, args: readonly string[], options: MeasureOptions): Promise<Measurement> {
  if (options.traceFile) rmSync(options.traceFile, { force: true });
  const env = options.traceFile ? { ...options.env, MARSAD_TRACE: options.traceFile } : options.env;
  const start = Date.now();
  const child = spawn(command, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-TAIL_CHARS);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const samples: MemorySample[] = [];
  const sample = () => {
    if (child.pid !== undefined) samples.push({ at: Date.now(), rss: processTreeRss(child.pid) });
  };
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearInterval(timer);
  const end = Date.now();
  const events = options.traceFile && existsSync(options.traceFile) ? parseTrace(readFileSync(options.traceFile, 'utf8')) : [];
  const stages =
    events.length > 0 ? stageFigures(events, samples, start, end) : [{ stage: options.label, ms: end - start, peakRss: peakRss(samples) }];
  return { label: options.label, ms: end - start, peakRss: peakRss(samples), stages, exitCode, outputTail: output };
}
