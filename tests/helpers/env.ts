/** The environment for a child `astro` process started from a test. */

/** Variables Vitest sets for its own Vite: a child `astro` would take them as its own (BASE_URL above all). */
const TEST_RUNNER_VARIABLES = [
  'BASE_URL',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
  'VITEST',
  'VITEST_MODE',
  'VITEST_POOL_ID',
  'VITEST_WORKER_ID',
  'NODE_ENV',
  'TEST',
];

export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of TEST_RUNNER_VARIABLES) delete env[name];
  return env;
}
