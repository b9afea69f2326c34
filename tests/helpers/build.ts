/** Builds the site from a test, in a child process with a clean environment. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { childEnv } from './env.ts';

export function buildSite(outDir: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const build = spawnSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', outDir], { env: childEnv(env), encoding: 'utf8' });
  return { status: build.status, stdout: build.stdout, stderr: build.stderr };
}
