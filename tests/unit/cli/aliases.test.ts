import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALIAS_FILES } from '../../helpers/alias-content.ts';
import { makeContentRoot } from '../../helpers/content-root.ts';

const tsx = path.resolve('node_modules/.bin/tsx');

function aliases(args: string[], contentDir = makeContentRoot(ALIAS_FILES)) {
  const result = spawnSync(tsx, [path.resolve('scripts/aliases.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, root: contentDir };
}

describe('npm run aliases', () => {
  it('suggest: prints the suggestions with their examples and exits 0', () => {
    const { status, stdout, root } = aliases(['suggest']);
    expect(status).toBe(0);
    const lines = stdout.replaceAll(`${root}/`, '').trimEnd().split('\n');
    expect(lines[0]).toBe('## Candidate aliases seen 2 times or more (6)');
    expect(lines[2]).toMatch(/^- "حكومة السراج" → actors\/government-of-national-accord: 3 times, weak \(/);
    expect(lines[3]).toBe('    articles/2020/06/a1.md:8');
    expect(lines.at(-1)).toMatch(/^To add one, write it under `aliases:`/);
  });
  it('suggest --min 3 --json: a JSON array of what is seen three times or more', () => {
    const { status, stdout } = aliases(['suggest', '--min', '3', '--json']);
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout) as Array<{ text: string; count: number }>;
    expect(parsed.map(({ text, count }) => [text, count])).toEqual([['حكومة السراج', 3]]);
  });
  it('--help prints the usage and exits 0', () => {
    const { status, stdout } = aliases(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^usage: npm run aliases -- suggest \[--min N\] \[--json\]/);
  });
  it('an unknown command exits 2 with the usage line', () => {
    const { status, stderr, stdout } = aliases(['propose']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown command "propose"');
    expect(stderr).toContain('usage: npm run aliases -- suggest [--min N] [--json]');
  });
  it('a bad --min exits 2 and says what it needs', () => {
    const { status, stderr } = aliases(['suggest', '--min', 'many']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/--min needs a whole number/);
  });
});
