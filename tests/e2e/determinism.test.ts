/**
 * The same sources must build to the same bytes: hosts and CDNs then see only
 * the files that really changed, and a diff of two builds shows a reviewer
 * exactly what a content change did to the site.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/verify/links/files.ts';
import { childEnv } from '../helpers/env.ts';

const BUILD_TIMEOUT = 180_000;
const astro = path.resolve('node_modules/.bin/astro');
const outDirs: string[] = [];

/** Builds the site with the current environment (less Vitest's own variables) into a fresh temporary directory. */
async function build(): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'marsad-determinism-'));
  outDirs.push(outDir);
  try {
    await promisify(execFile)(astro, ['build', '--outDir', outDir], {
      env: childEnv(),
      timeout: BUILD_TIMEOUT,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const output = error instanceof Error && 'stderr' in error ? String(error.stderr) : String(error);
    throw new Error(`astro build --outDir ${outDir} failed:\n${output.slice(-4000)}`);
  }
  return outDir;
}

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

let first: string;
let second: string;

// One after the other: both builds share Astro's cache in node_modules/.astro.
beforeAll(
  async () => {
    first = await build();
    second = await build();
  },
  2 * BUILD_TIMEOUT + 10_000,
);

afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

describe('two builds of the same sources', () => {
  it('write pages at all (so that two empty trees cannot pass)', () => {
    expect(listFiles(first)).toContain('index.html');
  });

  it('write the same files', () => {
    const a = listFiles(first);
    const b = listFiles(second);
    expect({ onlyInFirst: a.filter((file) => !b.includes(file)), onlyInSecond: b.filter((file) => !a.includes(file)) }).toEqual({
      onlyInFirst: [],
      onlyInSecond: [],
    });
  });

  it('write the same bytes to every file', () => {
    const inSecond = new Set(listFiles(second));
    const inBoth = listFiles(first).filter((file) => inSecond.has(file));
    const differing = inBoth.filter((file) => sha256(path.join(first, file)) !== sha256(path.join(second, file)));
    expect(differing).toEqual([]);
  });
});
