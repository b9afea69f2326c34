import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDay } from '../../../src/lib/scaffold/local-day.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const tsx = path.resolve('node_modules/.bin/tsx');

function runNew(contentDir: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(tsx, [path.resolve('scripts/new.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const STACK_TRACE = /\n\s+at .*:\d+:\d+/;

describe('npm run new', () => {
  it('writes into CONTENT_DIR, says which id it chose and what to do next', () => {
    const root = makeContentRoot(VALID_FILES);
    const before = localDay(new Date());
    const { status, stdout } = runNew(root, ['agreement', 'مؤتمر باليرمو']);
    const after = localDay(new Date());
    expect(status).toBe(0);
    const file = path.join(root, 'agreements', 'matamr-balirmu.md');
    expect(stdout.split('\n')).toEqual([
      'using id matamr-balirmu; pass --id to choose another',
      `wrote ${file}`,
      'next: edit it (fill in `kind` and replace the text), then npm run check',
      'then npm run schema, so that editors offer the new id, and commit schemas/ with the file',
      '',
    ]);
    const signed = /^signed: (\S+)/m.exec(readFileSync(file, 'utf8'))?.[1];
    expect([before, after]).toContain(signed);
  });
  it('exits 1 with one friendly line when the file exists', () => {
    const root = makeContentRoot(VALID_FILES);
    const { status, stdout, stderr } = runNew(root, ['actor', 'خليفة حفتر']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(
      `${path.join(root, 'actors', 'khalifa-haftar.md')} already exists: nothing was written; pass --id to choose another id, or edit that file`,
    );
  });
  it('exits 1 on a bad --id or a bad kind, without a stack trace', () => {
    const root = makeContentRoot(VALID_FILES);
    const badId = runNew(root, ['actor', 'x', '--id', 'X Y']);
    expect(badId.status).toBe(1);
    expect(badId.stderr).toContain('"X Y" cannot be an id');
    const badKind = runNew(root, ['person', 'x']);
    expect(badKind.status).toBe(1);
    expect(badKind.stderr).toContain('usage: npm run new --');
    expect(`${badId.stderr}${badKind.stderr}`).not.toMatch(STACK_TRACE);
  }, 20_000);
  it('files an article by --date, typed in Arabic digits, and says so in Arabic', () => {
    const root = makeContentRoot(VALID_FILES);
    const { status, stdout, stderr } = runNew(root, ['article', 'محمد المنفي في أنقرة', '--date', '٢٠٢١-٠٧-٣٠'], { MARSAD_LANG: 'ar' });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const file = path.join(root, 'articles', '2021', '07', 'mohamed-al-menfi-fi-anqara.md');
    expect(stdout.split('\n').slice(0, 2)).toEqual(['المعرّف: mohamed-al-menfi-fi-anqara (لاختيار غيره استعمل --id)', `كُتب الملف ${file}`]);
    expect(readFileSync(file, 'utf8')).toMatch(/^date: 2021-07-30$/m);
  });
  it('prints the usage on --help and exits 0, in either language', () => {
    const root = makeContentRoot(VALID_FILES);
    const english = runNew(root, ['--help'], { MARSAD_LANG: 'en' });
    expect(english).toMatchObject({ status: 0, stderr: '' });
    expect(english.stdout).toMatch(/^usage: npm run new -- article\|actor\|agreement .*--date YYYY-MM-DD/);
    const arabic = runNew(root, ['-h'], { MARSAD_LANG: 'ar' });
    expect(arabic).toMatchObject({ status: 0, stderr: '' });
    expect(arabic.stdout).toMatch(/^الاستعمال: npm run new --/);
  }, 20_000);
  it('exits 2 on an unknown option, with the usage, writing nothing', () => {
    const root = makeContentRoot(VALID_FILES);
    const { status, stdout, stderr } = runNew(root, ['article', 'خبر', '--force']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^unknown option --force\nusage: npm run new --/);
    expect(existsSync(path.join(root, 'articles', 'khbr.md'))).toBe(false);
  });
});
