/** Where the corpus may be written: never over existing content unless asked to. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentRoot } from '../../../../src/lib/check/index.ts';
import { formatProblem } from '../../../../src/lib/content/problem.ts';
import { CorpusError, writeCorpus } from '../../../../bench/synthetic/writer.ts';

const options = { articles: 3, entities: 6, seed: 1, force: false };
const freshFolder = () => mkdtempSync(path.join(tmpdir(), 'marsad-corpus-'));

describe('writeCorpus', () => {
  it('refuses a folder that is not empty, and leaves it as it was', () => {
    const out = freshFolder();
    writeFileSync(path.join(out, 'notes.txt'), 'mine');
    expect(() => writeCorpus({ ...options, out })).toThrow(CorpusError);
    expect(() => writeCorpus({ ...options, out })).toThrow(/not empty.*--force/);
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });

  it('writes into an empty folder, or creates a missing one', () => {
    const empty = freshFolder();
    expect(writeCorpus({ ...options, out: empty }).files).toBe(9);
    const missing = path.join(freshFolder(), 'new', 'root');
    const summary = writeCorpus({ ...options, out: missing });
    expect(summary).toMatchObject({ files: 9, articles: 3, actors: 5, agreements: 1 });
    expect(readdirSync(missing).sort()).toEqual(['actors', 'agreements', 'articles']);
  });

  it('with force, replaces the content folders and keeps other files', () => {
    const out = freshFolder();
    writeFileSync(path.join(out, 'notes.txt'), 'mine');
    mkdirSync(path.join(out, 'actors'));
    writeFileSync(path.join(out, 'actors', 'stale.md'), 'old');
    writeCorpus({ ...options, out, force: true });
    expect(existsSync(path.join(out, 'actors', 'stale.md'))).toBe(false);
    expect(readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('refuses a file in place of the folder', () => {
    const file = path.join(freshFolder(), 'file');
    writeFileSync(file, '');
    expect(() => writeCorpus({ ...options, out: file, force: true })).toThrow(/is a file/);
  });

  it('needs two entities for articles to name', () => {
    expect(() => writeCorpus({ ...options, entities: 1, out: freshFolder() })).toThrow(/at least two entities|2 or more/);
  });

  it('makes a valid corpus from as few as two entities', () => {
    const out = freshFolder();
    expect(writeCorpus({ ...options, articles: 8, entities: 2, out })).toMatchObject({ actors: 1, agreements: 1, articles: 8 });
    expect(checkContentRoot(out).problems.map(formatProblem)).toEqual([]);
  });

  it('counts the bytes it writes', () => {
    const out = freshFolder();
    const summary = writeCorpus({ ...options, out });
    let bytes = 0;
    for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) bytes += readFileSync(path.join(entry.parentPath, entry.name)).length;
    }
    expect(summary.bytes).toBe(bytes);
  });
});
