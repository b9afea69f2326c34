/** `npm run corpus`: its arguments and what it prints. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorpusArgs } from '../../../../bench/synthetic/options.ts';

const tsx = path.resolve('node_modules/.bin/tsx');
const run = (args: string[]) => spawnSync(tsx, [path.resolve('scripts/corpus.ts'), ...args], { encoding: 'utf8' });
const freshFolder = () => mkdtempSync(path.join(tmpdir(), 'marsad-corpus-'));

describe('parseCorpusArgs', () => {
  it('reads counts, folder, seed and force', () => {
    expect(parseCorpusArgs(['--articles', '10', '--entities', '5', '--out', 'dir', '--seed', '9', '--force'])).toEqual({
      articles: 10,
      entities: 5,
      out: 'dir',
      seed: 9,
      force: true,
    });
    expect(parseCorpusArgs(['--articles', '0', '--entities', '5', '--out', 'dir'])).toMatchObject({ seed: 1, force: false });
  });
  it('refuses missing or malformed values', () => {
    expect(() => parseCorpusArgs(['--entities', '5', '--out', 'dir'])).toThrow(/--articles is required/);
    expect(() => parseCorpusArgs(['--articles', '5', '--entities', '5'])).toThrow(/--out is required/);
    expect(() => parseCorpusArgs(['--articles', '1.5', '--entities', '5', '--out', 'dir'])).toThrow(/whole number/);
    expect(() => parseCorpusArgs(['--articles', '-3', '--entities', '5', '--out', 'dir'])).toThrow();
    expect(() => parseCorpusArgs(['--articles', '3', '--entities', '5', '--out', 'dir', '--colour'])).toThrow(/usage/);
  });
  it('answers --help with nothing to do', () => {
    expect(parseCorpusArgs(['--help'])).toBeUndefined();
  });
});

describe('scripts/corpus.ts', () => {
  it('prints a one-line summary: files, MB and seconds', () => {
    const out = path.join(freshFolder(), 'root');
    const { status, stdout } = run(['--articles', '5', '--entities', '8', '--out', out]);
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stdout).toMatch(/^wrote 13 files \(5 articles, 7 actors, 1 agreements; \d+ words\) to .*root: \d+\.\d MB in \d+\.\d s$/m);
  });
  it('refuses a non-empty folder with a message and exit code 1, no stack trace', () => {
    const out = freshFolder();
    writeFileSync(path.join(out, 'keep.md'), 'x');
    const { status, stderr, stdout } = run(['--articles', '5', '--entities', '8', '--out', out]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^corpus: .* is not empty/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
