/**
 * The commands on content that is unusual but plausible: a mistyped year,
 * a symbolic link that loops. Each ends with the file named, exit 1, and no
 * stack trace (`astro build` on the same roots: tests/e2e/unusual-content.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const tsx = path.resolve('node_modules/.bin/tsx');
const STACK_LINE = /^\s+at /m;

function run(script: string, contentDir: string, args: string[] = []) {
  const result = spawnSync(tsx, [path.resolve('scripts', script), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, GITHUB_ACTIONS: '' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const ARTICLE = 'articles/9999/12/typo.md';
const typoRoot = () => makeContentRoot({ ...VALID_FILES, [ARTICLE]: '---\ntitle: خبر\ndate: 9999-12-31\nsummary: ملخص.\n---\n\nنص.\n' });
const loopRoot = () => {
  const root = makeContentRoot(VALID_FILES);
  symlinkSync('..', path.join(root, 'articles/2020/loop'));
  return root;
};

describe('npm run check on unusual content', () => {
  it('a date in the year 9999 is an error at its line and column', () => {
    const root = typoRoot();
    const { status, output } = run('check.ts', root);
    expect(status).toBe(1);
    expect(output).toContain(`${path.join(root, ARTICLE)}:3:7: error: \`date\`: 9999-12-31 is after`);
    expect(output).not.toMatch(STACK_LINE);
  });

  it('a symbolic link to its own parent folder is an error naming the link', () => {
    const root = loopRoot();
    const { status, output } = run('check.ts', root);
    expect(status).toBe(1);
    expect(output).toContain(
      `${path.join(root, 'articles/2020/loop')}:1:1: error: is a symbolic link to "..", a folder that contains the link`,
    );
    expect(output).not.toMatch(STACK_LINE);
  });
});

describe('the other commands that read the content root', () => {
  it('npm run mentions stops on the loop with the message', () => {
    const { status, output } = run('mentions.ts', loopRoot());
    expect(status).toBe(1);
    expect(output).toMatch(/articles\/2020\/loop:1:1: error: is a symbolic link/);
    expect(output).not.toMatch(STACK_LINE);
  });

  it('npm run verify reports the content error rather than a stack trace', () => {
    const { status, output } = run('verify.ts', loopRoot(), ['--dir', path.resolve('tests')]);
    expect(status).toBe(1);
    expect(output).toMatch(/content file not read \(is a symbolic link/);
    expect(output).not.toMatch(STACK_LINE);
  });
});
