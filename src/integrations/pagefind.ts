/**
 * Builds the Pagefind index from the content model, beside the render.
 *
 * When the build starts, the site index is loaded (the pages read the same
 * one from the shared memo) and its search records (src/lib/search/records.ts)
 * are fed to Pagefind's service. That service is a process of its own, so it
 * indexes on another core while Astro bundles and renders. Every record is
 * indexed as Arabic, the site's language, so one index serves the English
 * article too.
 *
 * A large site is indexed in shards (src/lib/search/shards.ts), one at a
 * time: each is written to the cache and deleted from Pagefind before the
 * next starts, so Pagefind holds one shard's index at most. A shard whose
 * records are unchanged since an earlier build is taken from the cache as it
 * is. When the build ends the shards are copied into the site: the first as
 * pagefind/, the others as pagefind/shard-N/, with the list the browser
 * merges them from (pagefind/shards.json).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { readSettings } from '../lib/config/settings.ts';
import { readSiteSettings } from '../lib/config/site-settings.ts';
import { resolveContentRoot } from '../lib/content/corpus.ts';
import { traceStage } from '../lib/build/trace.ts';
import type { SearchRecord } from '../lib/search/records.ts';
import { planShards, SHARD_MANIFEST, shardLimit, shardPath, shardRecords, siteItems, type ShardManifest } from '../lib/search/shards.ts';
import { loadSiteIndex } from '../lib/site-index.ts';

/** Records in flight at once: enough to keep Pagefind busy, few enough that the render is not starved between batches. */
const BATCH = 64;

/**
 * Part of every shard's digest: a change to how records are indexed (another
 * Pagefind, another language setting) must not reuse an old shard.
 */
const INDEX_VERSION = 'pagefind 1.6.0, forceLanguage ar, v1';

/** Files a merged shard is read from; its copies of Pagefind's scripts, styles and WebAssembly are never loaded (the primary's serve). */
const MERGED_SHARD_FILES = /^(?:pagefind-entry\.json|pagefind\..*\.pf_meta|index|fragment|filter)$/u;

interface BuiltShard {
  /** The shard's index, as Pagefind wrote it, in the cache. */
  dir: string;
  dated: boolean;
  records: number;
  reused: boolean;
}

export function pagefindIndex(): AstroIntegration {
  let feeding: Promise<BuiltShard[]> | undefined;
  let cacheRoot = '';
  const off = () => !readSettings().searchIndex;
  return {
    name: 'marsad:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheRoot = path.join(fileURLToPath(config.cacheDir), 'pagefind-shards');
      },
      'astro:build:start': () => {
        if (off()) return;
        feeding = feed(cacheRoot);
        // Awaited (and its error thrown) when the build ends; until then a failure must not count as unhandled.
        feeding.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (off()) {
          logger.warn('MARSAD_SEARCH_INDEX=off: no search index was written, and /search/ will find nothing');
          return;
        }
        traceStage('pagefind');
        // Pagefind runs as a child process: close it however indexing ends, or an error leaves it running.
        try {
          const shards = await (feeding ?? feed(cacheRoot));
          install(shards, path.join(fileURLToPath(dir), 'pagefind'));
          prune(cacheRoot, shards);
          report(shards, logger);
        } finally {
          feeding = undefined;
          await close();
        }
        traceStage('finish');
      },
    },
  };
}

/** Indexes every shard not already in the cache, one at a time; resolves with the shards in order. */
async function feed(cacheRoot: string): Promise<BuiltShard[]> {
  // Let the build go on first: this runs between its steps.
  await new Promise((resolve) => setImmediate(resolve));
  const site = loadSiteIndex(resolveContentRoot());
  const shards = planShards(siteItems(site, readSiteSettings()), shardLimit());
  const built: BuiltShard[] = [];
  for (const shard of shards) {
    const { records, digest } = shardRecords(shard, INDEX_VERSION);
    const dir = path.join(cacheRoot, digest);
    const reused = existsSync(path.join(dir, 'pagefind-entry.json'));
    // Its time says when a build last used it (see prune).
    if (reused) utimesSync(dir, new Date(), new Date());
    else await indexShard(records, dir);
    built.push({ dir, dated: shard.dated, records: records.length, reused });
  }
  return built;
}

/** One shard through Pagefind: fed, written to a fresh folder that then takes its name (so a half-written shard is never reused), deleted. */
async function indexShard(records: readonly SearchRecord[], dir: string): Promise<void> {
  const { index, errors } = await createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (let start = 0; start < records.length; start += BATCH) {
      const responses = await Promise.all(
        records.slice(start, start + BATCH).map((record) => index.addCustomRecord({ ...record, language: 'ar' })),
      );
      const problems = responses.flatMap((response) => response.errors);
      if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
    }
    const partial = `${dir}.${process.pid}.partial`;
    rmSync(partial, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: partial });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
  } finally {
    await index.deleteIndex();
  }
}

/** Copies the shards into the built site, with the list the browser merges them from. */
function install(shards: readonly BuiltShard[], outputPath: string): void {
  rmSync(outputPath, { recursive: true, force: true });
  mkdirSync(outputPath, { recursive: true });
  const manifest: ShardManifest = { shards: [] };
  shards.forEach((shard, index) => {
    const target = path.join(outputPath, shardPath(index));
    if (index === 0) cpSync(shard.dir, target, { recursive: true });
    else
      for (const name of readdirSync(shard.dir))
        if (MERGED_SHARD_FILES.test(name)) cpSync(path.join(shard.dir, name), path.join(target, name), { recursive: true });
    manifest.shards.push({ path: shardPath(index), dated: shard.dated });
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
