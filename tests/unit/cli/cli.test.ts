import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const tsx = path.resolve('node_modules/.bin/tsx');

function run(script: string, contentDir: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(tsx, [path.resolve('scripts', script), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, GITHUB_ACTIONS: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ARTICLE = 'articles/2020/10/qatar-mou-breach.md';
const withUnknownActor = {
  ...VALID_FILES,
  [ARTICLE]: '---\ntitle: عنوان\ndate: 2020-10-26\nsummary: ملخص\nactors:\n  - qatar\n  - qatr\n---\n\nعن قطر.\n',
};

describe('npm run check', () => {
  it('exits 1 naming the file and line of an unknown actor id, without a stack trace', () => {
    const root = makeContentRoot(withUnknownActor);
    const { status, stdout, stderr } = run('check.ts', root);
    expect(status).toBe(1);
    expect(stdout).toContain(`${path.join(root, ARTICLE)}:7:5: error: unknown actor \`qatr\``);
    expect(stdout).toContain('did you mean `qatar`?');
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });
  it('exits 0 on a valid content root, CONTENT_DIR relative to the working directory', () => {
    const root = makeContentRoot(VALID_FILES);
    const { status, stdout } = run('check.ts', path.relative(process.cwd(), root));
    expect(status).toBe(0);
    expect(stdout).toMatch(/✓ 1 articles, 3 actors, 1 agreements: no problems/);
  });
  it('also prints GitHub annotations under GitHub Actions', () => {
    const root = makeContentRoot(withUnknownActor);
    const { stdout } = run('check.ts', root, [], { GITHUB_ACTIONS: 'true' });
    expect(stdout).toMatch(/^::error file=.*qatar-mou-breach\.md,line=7,col=5::unknown actor `qatr`/m);
  });
  it('--fix adds the entities the text mentions', () => {
    const root = makeContentRoot({ ...VALID_FILES, [ARTICLE]: '---\ntitle: عنوان\ndate: 2020-10-26\nsummary: ملخص\nactors: [qatar]\n---\n\nقطر وحفتر.\n' });
    const { status, stdout } = run('check.ts', root, ['--fix']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/qatar-mou-breach\.md: added actors: khalifa-haftar/);
    expect(stdout).toMatch(/no problems/);
  });
});

describe('npm run --silent mentions', () => {
  it('prints only a JSON array of body mentions on standard output', () => {
    const root = makeContentRoot(VALID_FILES);
    const { status, stdout } = run('mentions.ts', root);
    expect(status).toBe(0);
    const records: unknown = JSON.parse(stdout);
    expect(records).toEqual([
      { article: '2020/10/qatar-mou-breach', entity: 'actors/libyan-national-army', line: 9, column: 8, text: 'قوات حفتر' },
      { article: '2020/10/qatar-mou-breach', entity: 'actors/qatar', line: 9, column: 38, text: 'قطر' },
      { article: '2020/10/qatar-mou-breach', entity: 'agreements/geneva-ceasefire-2020', line: 9, column: 47, text: 'اتفاق وقف إطلاق النار الدائم' },
    ]);
  });
  it('sends content errors to standard error and exits 1', () => {
    const root = makeContentRoot({ ...VALID_FILES, 'actors/qatar.md': '---\nname: قطر\n---\n' });
    const { status, stdout, stderr } = run('mentions.ts', root);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/actors\/qatar\.md:1:1: error: the required field `kind` is missing/);
  });
});
