/** Builds the site from a test, in a child process with a clean environment. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Variables Vitest sets for its own Vite: a child `astro build` would take them as its own (BASE_URL above all). */
const TEST_RUNNER_VARIABLES = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV', 'TEST'];

export function buildSite(outDir: string, env: Record<string, string> = {}): { status: number | null; stderr: string } {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const name of TEST_RUNNER_VARIABLES) delete childEnv[name];
  const build = spawnSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', outDir], { env: childEnv, encoding: 'utf8' });
  return { status: build.status, stderr: build.stderr };
}
