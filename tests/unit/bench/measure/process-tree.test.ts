/** Memory of a process tree, read from /proc. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { canMeasureMemory, processTreeRss } from '../../../../bench/measure/process-tree.ts';

describe.runIf(canMeasureMemory())('processTreeRss', () => {
  it('counts a child process with its parent', async () => {
    const own = processTreeRss(process.pid);
    expect(own).toBeGreaterThan(10 * 1024 * 1024);
    const child = spawn(process.execPath, ['-e', 'const keep = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => keep.length, 3000)']);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(processTreeRss(process.pid) - own).toBeGreaterThan(50 * 1024 * 1024);
    child.kill();
  });

  it('is zero for a process that does not exist', () => {
    expect(processTreeRss(2 ** 30)).toBe(0);
  });
});
