/**
 * The built site kept between builds. Astro empties the output folder before
 * every build, and its incremental build then copies every unchanged page
 * back from its cache: at 10,000 articles that is 27,000 files deleted and
 * 11,500 copied for a one-article edit (4.6 s of deleting alone, profiled).
 * Kept, the folder is trusted only when this cache sealed it last: the build
 * that finishes stamps the folder's time and notes it in the cache, and a
 * build that starts drops that note until it finishes. Another build (one
 * with another cache empties the folder, Astro's own empties it), a failed
 * one, or a folder replaced, leaves the note and the folder disagreeing, and
 * the folder is emptied first, as Astro would have. The stamp is the folder's
 * modification time, which any file added to or removed from it also sets:
 * nothing is written into the site for it, so two builds of the same sources
 * still write the same files.
 */
import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the cache notes the output folder it sealed last, and the folder's stamp then. */
export function keptOutputRecord(cacheDir: string): string {
  return path.join(cacheDir, 'kept-output.json');
}

interface KeptOutput {
  outDir: string;
  /** The folder's inode and modification time when it was sealed. */
  inode: number;
  mtimeMs: number;
}

function stamp(outDir: string): Pick<KeptOutput, 'inode' | 'mtimeMs'> {
  const stats = statSync(outDir);
  return { inode: stats.ino, mtimeMs: stats.mtimeMs };
}

/** Whether `outDir` holds what the last build with this cache left, and no other build has written it since. */
export function outputTrusted(outDir: string, record: string): boolean {
  try {
    const kept = JSON.parse(readFileSync(record, 'utf8')) as Partial<KeptOutput>;
    const now = stamp(outDir);
    return kept.outDir === path.resolve(outDir) && kept.inode === now.inode && kept.mtimeMs === now.mtimeMs;
  } catch {
    return false;
  }
}

/**
 * Called as a build starts: keeps the folder when it can be trusted, empties
 * it otherwise (a `.git` folder excepted, as Astro does). Either way the
 * cache's note is dropped until the build finishes (`sealOutput`).
 */
export function openOutput(outDir: string, record: string): 'kept' | 'emptied' {
  const kept = outputTrusted(outDir, record);
  rmSync(record, { force: true });
  if (!kept && existsSync(outDir))
    for (const name of readdirSync(outDir)) if (name !== '.git') rmSync(path.join(outDir, name), { recursive: true, force: true });
  return kept ? 'kept' : 'emptied';
}

/**
 * Called when a build has written everything: stamps the folder with the time
 * now, to a random nanosecond so that two builds sealing within the same
 * millisecond still differ, and notes the stamp in the cache.
 */
export function sealOutput(outDir: string, record: string): void {
  const seconds = Date.now() / 1000 + randomInt(1_000_000) / 1e9;
  utimesSync(outDir, seconds, seconds);
  mkdirSync(path.dirname(record), { recursive: true });
  writeFileSync(record, `${JSON.stringify({ outDir: path.resolve(outDir), ...stamp(outDir) } satisfies KeptOutput)}\n`);
}

/**
 * Deletes what an earlier build left that this one did not produce: files
 * older than `since` (when this build started) that are not among
 * `produced` (Astro's pages and endpoints, the unchanged ones included),
 * then the folders left empty. The folders in `owned` (relative to
 * `outDir`) are left to the step that writes them. Returns the site paths
 * deleted.
 */
export function removeStaleOutput(outDir: string, produced: ReadonlySet<string>, since: number, owned: readonly string[] = []): string[] {
  const skipped = new Set(owned.map((name) => path.join(outDir, name)));
  const removed: string[] = [];
  const visit = (dir: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (skipped.has(file)) empty = false;
      else if (entry.isDirectory()) {
        if (visit(file)) rmdirSync(file);
        else empty = false;
      } else if (produced.has(file) || statSync(file).mtimeMs >= since) empty = false;
      else {
        rmSync(file, { force: true });
        removed.push(path.relative(outDir, file).split(path.sep).join('/'));
      }
    }
    return empty;
  };
  if (existsSync(outDir)) visit(outDir);
  return removed.sort();
}
