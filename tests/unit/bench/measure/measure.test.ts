/** One measured command: its wall time, the memory of its process tree, and the stages it marked. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measure } from '../../../../bench/measure/measure.ts';
import { canMeasureMemory } from '../../../../bench/measure/process-tree.ts';

const traceModule = path.resolve('src/lib/build/trace.ts');

describe.runIf(canMeasureMemory())('measure', () => {
  it('splits the run at the marks the command writes, and sees its memory', async () => {
    const traceFile = path.join(mkdtempSync(path.join(tmpdir(), 'marsad-measure-')), 'trace.jsonl');
    const script = [
      `const { traceStage } = await import(${JSON.stringify(traceModule)});`,
      `traceStage('render');`,
      `const keep = Buffer.alloc(96 * 1024 * 1024, 1);`,
      `await new Promise((resolve) => setTimeout(resolve, 600));`,
      `traceStage('pagefind');`,
      `await new Promise((resolve) => setTimeout(resolve, 300));`,
      `console.log(keep.length);`,
    ].join('\n');
    const run = await measure(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: process.cwd(),
      env: process.env,
      label: 'script',
      traceFile,
    });
    expect(run.exitCode, run.outputTail).toBe(0);
    expect(run.stages.map((stage) => stage.stage)).toEqual(['startup', 'render', 'pagefind']);
    expect(run.stages.find((stage) => stage.stage === 'render')!.ms).toBeGreaterThanOrEqual(500);
    expect(run.peakRss).toBeGreaterThan(96 * 1024 * 1024);
    expect(run.ms).toBeGreaterThanOrEqual(run.stages.reduce((total, stage) => total + stage.ms, 0) - 1);
  });

  it('reports a failed command with its output', async () => {
    const run = await measure(process.execPath, ['-e', 'console.error("broken"); process.exit(3)'], {
      cwd: process.cwd(),
      env: process.env,
      label: 'failing',
    });
    expect(run.exitCode).toBe(3);
    expect(run.outputTail).toContain('broken');
    expect(run.stages.map((stage) => stage.stage)).toEqual(['failing']);
  });
});
