/**
 * Builds the Pagefind index from the content model, beside the render.
 *
 * When the build starts, the site index is loaded (the pages read the same
 * one from the shared memo) and what search needs of it (src/lib/search/source.ts)
 * goes to a worker thread (src/lib/search/index-worker.ts), which makes the
 * records and feeds them to Pagefind's service, a process of its own: the
 * records are made and indexed on the other core while Astro bundles and
 * renders on this one. Every record is indexed as Arabic, the site's
 * language, so one index serves the English article too.
 *
 * A large site is indexed in shards (src/lib/search/shards.ts), one at a
 * time, each cached by the digest of its records (src/lib/search/index-shards.ts).
 * When the build ends the shards are copied into the site: the first as
 * pagefind/, the others as pagefind/shard-<digest>/, with the list the
 * browser merges them from (pagefind/shards.json). The built site is kept
 * between builds (src/integrations/kept-output.ts), and a shard's folder
 * already there is kept with it: a rebuild copies only the shards that changed.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { cacheFolder, readSettings } from '../lib/config/settings.ts';
import { readSiteSettings } from '../lib/config/site-settings.ts';
import { resolveContentRoot } from '../lib/content/corpus.ts';
import { traceStage } from '../lib/build/trace.ts';
import { DATE_ORDER_FILE } from '../lib/search/date-order.ts';
import type { BuiltShard, IndexJob } from '../lib/search/index-shards.ts';
import type { IndexReply } from '../lib/search/index-worker.ts';
import { SEARCH_FOLDER, SHARD_MANIFEST, shardLimit, shardPath, type ShardManifest } from '../lib/search/shards.ts';
import { searchSource } from '../lib/search/source.ts';
import { loadSiteIndex } from '../lib/site-index.ts';

/**
 * Part of every shard's digest: a change to how records are indexed (another
 * Pagefind, another language setting) must not reuse an old shard.
 */
const INDEX_VERSION = 'pagefind 1.6.0, forceLanguage ar, v2';

/** Files a merged shard is read from (and its date order, for a sorted search); its copies of Pagefind's scripts, styles and WebAssembly are never loaded (the primary's serve). */
const MERGED_SHARD_FILES = /^(?:pagefind-entry\.json|pagefind\..*\.pf_meta|index|fragment|filter)$/u;
const isMergedShardFile = (name: string) => MERGED_SHARD_FILES.test(name) || name === DATE_ORDER_FILE;

export function pagefindIndex(): AstroIntegration {
  let indexing: Promise<BuiltShard[]> | undefined;
  let cacheRoot = '';
  let workerFile = '';
  const off = () => !readSettings().searchIndex;
  const start = (): Promise<BuiltShard[]> => {
    const job = indexInWorker(workerFile, cacheRoot);
    // Awaited (and its error thrown) when the build ends; until then a failure must not count as unhandled.
    job.catch(() => undefined);
    indexing = job;
    return job;
  };
  return {
    name: 'marsad:pagefind',
    hooks: {
      // The content check (an integration before this one) has built the site index by now: indexing starts at once, beside the rest of the build.
      'astro:config:setup': ({ config, command }) => {
        cacheRoot = path.join(fileURLToPath(config.cacheDir), 'pagefind-shards');
        workerFile = fileURLToPath(new URL('src/lib/search/index-worker.ts', config.root));
        if (command === 'build' && !off()) start();
      },
      'astro:build:start': () => {
        if (!indexing && !off()) start();
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (off()) {
          rmSync(path.join(fileURLToPath(dir), SEARCH_FOLDER), { recursive: true, force: true });
          logger.warn('MARSAD_SEARCH_INDEX=off: no search index was written, and /search/ will find nothing');
          return;
        }
        traceStage('pagefind');
        try {
          const shards = await (indexing ?? start());
          install(shards, path.join(fileURLToPath(dir), SEARCH_FOLDER));
          prune(cacheRoot, shards);
          report(shards, logger);
        } finally {
          indexing = undefined;
        }
        traceStage('finish');
      },
    },
  };
}

/** Starts the worker thread that indexes the site; resolves with its shards, newest first. */
function indexInWorker(workerFile: string, cacheRoot: string): Promise<BuiltShard[]> {
  const job: IndexJob = {
    source: searchSource(loadSiteIndex(resolveContentRoot()), readSiteSettings()),
    keptDir: cacheFolder(),
    limit: shardLimit(),
    cacheRoot,
    version: INDEX_VERSION,
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: job });
    worker.once('message', (reply: IndexReply) => {
      if ('shards' in reply) resolve(reply.shards);
      else reject(new Error(`search index: ${reply.error}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`search index: the indexing thread stopped (exit code ${code}) before it answered`)));
  });
}

/**
 * Copies the shards into the built site, with the list the browser merges
 * them from. A merged shard's folder that is already there came from the
 * same records (its name is their digest) and is kept; everything else in
 * the folder is replaced.
 */
function install(shards: readonly BuiltShard[], outputPath: string): void {
  const folders = shards.map((shard, index) => shardPath(index, path.basename(shard.dir)));
  const kept = new Set(folders.slice(1).map((folder) => folder.slice(0, -1)));
  mkdirSync(outputPath, { recursive: true });
  for (const name of readdirSync(outputPath)) if (!kept.has(name)) rmSync(path.join(outputPath, name), { recursive: true, force: true });
  const manifest: ShardManifest = { shards: [] };
  shards.forEach((shard, index) => {
    const target = path.join(outputPath, folders[index] ?? '');
    if (index === 0) cpSync(shard.dir, target, { recursive: true });
    else if (!existsSync(target))
      for (const name of readdirSync(shard.dir))
        if (isMergedShardFile(name)) cpSync(path.join(shard.dir, name), path.join(target, name), { recursive: true });
    manifest.shards.push({ path: folders[index] ?? '', dated: shard.dated });
  });
  writeFileSync(path.join(outputPath, SHARD_MANIFEST), `${JSON.stringify(manifest)}\n`);
}

/** How long a cached shard no build uses is kept: builds sharing a cache at once (tests) may each still need theirs. */
const UNUSED_SHARD_KEPT_MS = 24 * 60 * 60 * 1000;

/** Drops cached shards no build has used for a day, so the cache holds about one site's index, not every version of it. */
function prune(cacheRoot: string, shards: readonly BuiltShard[]): void {
  const used = new Set(shards.map((shard) => path.basename(shard.dir)));
  const before = Date.now() - UNUSED_SHARD_KEPT_MS;
  for (const name of existsSync(cacheRoot) ? readdirSync(cacheRoot) : []) {
    const dir = path.join(cacheRoot, name);
    if (!used.has(name) && statSync(dir).mtimeMs < before) rmSync(dir, { recursive: true, force: true });
  }
}

function report(shards: readonly BuiltShard[], logger: AstroIntegrationLogger): void {
  const records = shards.reduce((sum, shard) => sum + shard.records, 0);
  const reused = shards.filter((shard) => shard.reused).length;
  const split = shards.length > 1 ? ` in ${shards.length} shards` : '';
  logger.info(
    `indexed ${records} pages for search${split}${reused > 0 ? ` (${reused} of ${shards.length} unchanged, from the cache)` : ''}`,
  );
}
