import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { indexShards, SHARD_RECORDS, type IndexJob } from '../../../src/lib/search/index-shards.ts';
import * as records from '../../../src/lib/search/records.ts';
import { searchSource, type SearchSource } from '../../../src/lib/search/source.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';
import { copyOfContentRoot, editCopiedFile } from '../../helpers/content-root.ts';

// Counts the records made, through the module the shards make them with.
vi.mock('../../../src/lib/search/records.ts', async (original) => {
  const actual = await original<typeof records>();
  return { ...actual, articleRecord: vi.fn(actual.articleRecord), entityRecord: vi.fn(actual.entityRecord) };
});

/** The src/lib modules `file` runs, itself included, followed through their own imports (types left out). */
function importClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)(?! type\b)\b[^;]*?\bfrom '(\.[^']+)'/gmu))
    importClosure(path.resolve(path.dirname(file), specifier), seen);
  return seen;
}

describe('the code a kept shard digest depends on', () => {
  it('covers every module the records are made with', () => {
    const lib = path.resolve('src/lib');
    const modules = [...importClosure(path.join(lib, 'search/records.ts'))].map((file) =>
      path.relative(lib, file).split(path.sep).join('/'),
    );
    expect(modules).toContain('search/records.ts');
    const uncovered = modules.filter((module) => !SHARD_RECORDS.code.some((part) => module === part || module.startsWith(`${part}/`)));
    expect(uncovered).toEqual([]);
  });
});

describe('indexShards, run again', () => {
  const made = () => vi.mocked(records.articleRecord).mock.calls.length + vi.mocked(records.entityRecord).mock.calls.length;
  let root: string;
  let source: SearchSource;
  const job = (changed: SearchSource): IndexJob => ({
    source: changed,
    keptDir: path.join(root, 'kept'),
    cacheRoot: path.join(root, 'shards'),
    limit: 10,
    version: 'test',
  });

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'marsad-index-shards-'));
    source = searchSource(loadSiteIndex(path.resolve('content')), { locale: 'ar-LY', hijri: false });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('makes every record once, then none for shards whose inputs did not change, and only the edited shard’s after an edit', async () => {
    const first = await indexShards(job(source));
    const pages = source.articles.length + source.entities.length;
    expect(made()).toBe(pages);
    expect(first.length).toBeGreaterThan(3);
    expect(first.every((shard) => !shard.reused && existsSync(path.join(shard.dir, 'dates.json')))).toBe(true);

    vi.clearAllMocks();
    const again = await indexShards(job(source));
    expect(made()).toBe(0);
    expect(again.map((shard) => [shard.dir, shard.reused, shard.records])).toEqual(first.map((shard) => [shard.dir, true, shard.records]));

    const [newest] = source.articles;
    if (!newest) throw new Error('no articles');
    const copy = copyOfContentRoot();
    onTestFinished(() => rmSync(copy, { recursive: true, force: true }));
    editCopiedFile(copy, newest.text.file, (text) => text.replace(`title: ${newest.data.title}`, `title: ${newest.data.title} (مراجعة)`));
    vi.clearAllMocks();
    const edited = await indexShards(job(searchSource(loadSiteIndex(copy), source.settings)));
    // The newest article is in the first shard: only its records were made again, and only it was indexed again.
    expect(made()).toBe(first[0]?.records);
    expect(edited.map((shard) => shard.reused)).toEqual(first.map((_, index) => index > 0));
    expect(edited[0]?.dir).not.toBe(first[0]?.dir);
  }, 120_000);
});
