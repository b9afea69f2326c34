/**
 * The built site kept between builds. Astro empties the output folder before
 * every build, and its incremental build then copies every unchanged page
 * back from its cache: at 10,000 articles that is 27,000 files deleted and
 * 11,500 copied for a one-article edit (4.6 s of deleting alone, profiled).
 * Kept, the folder is trusted only when this cache wrote it last: the build
 * that finishes leaves the same token in both, and a build that starts takes
 * the folder's token away until it finishes. Anything else (another cache,
 * another site, a failed build, a folder edited by hand) empties it first, as
 * Astro would have.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The token's file in the built site: a dotfile, so that hosts and crawlers leave it alone. */
export const OUTPUT_TOKEN_FILE = '.marsad-build';

/** Where the cache keeps the token of the site it built last, and for which output folder. */
export function keptOutputRecord(cacheDir: string): string {
  return path.join(cacheDir, 'kept-output.json');
}

interface KeptOutput {
  outDir: string;
  token: string;
}

/** Whether `outDir` holds what the last build with this cache left, and nothing written since by another. */
export function outputTrusted(outDir: string, record: string): boolean {
  try {
    const kept = JSON.parse(readFileSync(record, 'utf8')) as Partial<KeptOutput>;
    return kept.outDir === path.resolve(outDir) && readFileSync(path.join(outDir, OUTPUT_TOKEN_FILE), 'utf8') === kept.token;
  } catch {
    return false;
  }
}

/**
 * Called as a build starts: keeps the folder when it can be trusted, empties
 * it otherwise (a `.git` folder excepted, as Astro does). Either way the
 * folder has no token until the build finishes (`sealOutput`).
 */
export function openOutput(outDir: string, record: string): 'kept' | 'emptied' {
  const kept = outputTrusted(outDir, record);
  if (kept) rmSync(path.join(outDir, OUTPUT_TOKEN_FILE), { force: true });
  else if (existsSync(outDir))
    for (const name of readdirSync(outDir)) if (name !== '.git') rmSync(path.join(outDir, name), { recursive: true, force: true });
  return kept ? 'kept' : 'emptied';
}

/** Called when a build has written everything: the folder and the cache get the same new token. */
export function sealOutput(outDir: string, record: string): void {
  const token = randomUUID();
  writeFileSync(path.join(outDir, OUTPUT_TOKEN_FILE), token);
  mkdirSync(path.dirname(record), { recursive: true });
  writeFileSync(record, `${JSON.stringify({ outDir: path.resolve(outDir), token } satisfies KeptOutput)}\n`);
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
  const skipped = new Set([OUTPUT_TOKEN_FILE, ...owned].map((name) => path.join(outDir, name)));
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
