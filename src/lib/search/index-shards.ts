/**
 * Indexes the site's search records with Pagefind, shard by shard, into a
 * cache folder: each shard is named by the digest of its records, so a shard
 * whose records did not change since an earlier build is taken as it is.
 *
 * Pagefind's service handles one message at a time, and holds the index it
 * is building in memory: shards are indexed one after another, each deleted
 * from the service before the next starts, and the next shard's records are
 * made while Pagefind writes the one before.
 */
import { existsSync, renameSync, rmSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { KeptMemo, keptWorkFile, type KeptWork } from '../build/kept-work.ts';
import { writeDateOrder } from './date-order.ts';
import type { SearchRecord } from './records.ts';
import { planShards, shardInputs, shardRecords, sourceItems } from './shards.ts';
import type { SearchSource } from './source.ts';

/**
 * Records sent before waiting for Pagefind's answers: the service reads them
 * while the next ones are encoded; a window, not the whole shard, so a large
 * shard is not queued in memory twice.
 */
const WINDOW = 256;

/**
 * Words per index chunk, counted in locations (Pagefind's unstable setting,
 * default 20,000). A first search fetches, from every shard, the chunk that
 * holds each query word: at 10,000 articles in shards of 5,000 records,
 * chunks of 5,000 locations brought «حكومة» from 343 KB to 292 KB gzipped
 * (`npm run bench:search:transfer`); smaller chunks saved nothing more, as a
 * common word's own postings fill its chunk.
 */
const INDEX_CHUNK_LOCATIONS = '5000';

/**
 * Sets what Pagefind's service reads from its environment when it starts, in
 * this thread's environment, which the service inherits (a worker thread's is
 * its own copy). Called before the first index of a process.
 */
export function configurePagefind(): void {
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_LOCATIONS;
}

/**
 * Which records each shard's inputs made, kept between builds: making the
 * records (Markdown parsed, search keys found) took 9.3 s of a 10,000-article
 * rebuild on the indexing thread, beside the render, for the eight shards of
 * nine that an edit leaves as they were. Keyed by the shards' inputs, in a
 * file named by the code that makes records from them (every module
 * src/lib/search/records.ts imports: tests/unit/search/index-shards.test.ts).
 */
export const SHARD_RECORDS: KeptWork = {
  prefix: 'search-shards-',
  // Messages and settings come in through the Markdown depth check; a change there costs one slower rebuild, not a stale shard.
  code: [
    'search',
    'arabic',
    'format',
    'markdown',
    'pages/urls.ts',
    'content/labels.ts',
    'content/problem.ts',
    'content/newlines.ts',
    'mentions/document-digest.ts',
    'messages',
    'config',
  ],
  packages: ['satteri'],
};

export interface IndexJob {
  source: SearchSource;
  /** Where work is kept between builds (the cache folder): the memo of SHARD_RECORDS. */
  keptDir: string;
  /** Records per shard at most. */
  limit: number;
  /** Where each shard's index is written, in a folder named by its digest. */
  cacheRoot: string;
  /** Part of every digest: a change to how records are indexed must not reuse an old shard. */
  version: string;
}

export interface BuiltShard {
  /** The shard's index, as Pagefind wrote it, in the cache. */
  dir: string;
  dated: boolean;
  records: number;
  reused: boolean;
}

/** Every shard of the site, newest first, indexed or taken from the cache; Pagefind's service is closed when done. */
export async function indexShards(job: IndexJob): Promise<BuiltShard[]> {
  configurePagefind();
  const built: BuiltShard[] = [];
  const digests = new KeptMemo<string>(SHARD_RECORDS, keptWorkFile(job.keptDir, SHARD_RECORDS));
  const indexed = (digest: string) => existsSync(path.join(job.cacheRoot, digest, 'pagefind-entry.json'));
  let previous: Promise<void> = Promise.resolve();
  try {
    for (const shard of planShards(sourceItems(job.source), job.limit)) {
      const inputs = shardInputs(shard, job.version);
      let digest = digests.peek(inputs);
      let records: SearchRecord[] | undefined;
      if (digest === undefined || !indexed(digest)) {
        ({ records, digest } = shardRecords(shard, job.version));
        digests.put(inputs, digest);
      }
      const dir = path.join(job.cacheRoot, digest);
      await previous;
      const reused = indexed(digest);
      // Its time says when a build last used it (the integration prunes by it).
      if (reused) utimesSync(dir, new Date(), new Date());
      else if (records) previous = indexShard(records, dir);
      built.push({ dir, dated: shard.dated, records: shard.items.length, reused });
    }
    await previous;
    digests.save();
    return built;
  } finally {
    // Pagefind runs as a child process: close it however indexing ends, or an error leaves it running.
    await close();
  }
}

/** One shard through Pagefind: fed, written with its date order to a fresh folder that then takes its name (so a half-written shard is never reused), deleted. */
async function indexShard(records: readonly SearchRecord[], dir: string): Promise<void> {
  const { index, errors } = await createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    await addRecords(index, records);
    const partial = `${dir}.${process.pid}.partial`;
    rmSync(partial, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: partial });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    writeDateOrder(partial, records);
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
  } finally {
    await index.deleteIndex();
  }
}

/** Feeds records to an index of Pagefind's, as Arabic, a window at a time; throws what Pagefind refuses. */
export async function addRecords(index: PagefindIndex, records: readonly SearchRecord[]): Promise<void> {
  for (let start = 0; start < records.length; start += WINDOW) {
    const responses = await Promise.all(
      records.slice(start, start + WINDOW).map((record) => index.addCustomRecord({ ...record, language: 'ar' })),
    );
    const problems = responses.flatMap((response) => response.errors);
    if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
  }
}
