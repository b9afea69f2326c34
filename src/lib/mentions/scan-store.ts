/**
 * The mention scans kept on disk between builds, so that a rebuild scans
 * only the documents that changed: scanning every article costs a 10,000-
 * article build about 12 s, reading the stored scans well under one.
 *
 * A scan is keyed (mention-index.ts) by the entity names it was matched
 * against and by everything it reads of its document. What it does not key is
 * the code that scans, so the file is named by a digest of that code (every
 * source file of the folders below) and of the Markdown parser's version:
 * scans made by other code are never read. Other work keyed by a scan's key
 * (the check's near misses) is kept the same way, in a file of its own.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ScanCache } from './mention-index.ts';
import type { DocumentScan } from './scan.ts';

/** Work kept between builds: the file names start with `prefix`, and a digest of the `code` (folders or files under src/lib) the work depends on. */
export interface KeptWork {
  prefix: string;
  code: readonly string[];
}

/** The scans: what they read of the code is the scanning code (these folders) and the Markdown parser. */
const SCANS: KeptWork = { prefix: 'mention-scans-', code: ['mentions', 'entities', 'arabic', 'markdown'] };

/** The file this kind of work is kept in, under `cacheDir`; undefined when the code is not where a build runs it from. */
export function keptWorkFile(cacheDir: string, kind: KeptWork, projectRoot: string = process.cwd()): string | undefined {
  const lib = path.join(projectRoot, 'src/lib');
  if (!existsSync(lib)) return undefined;
  const hash = createHash('sha1');
  for (const part of kind.code) {
    const at = path.join(lib, part);
    const files = !existsSync(at)
      ? []
      : statSync(at).isDirectory()
        ? readdirSync(at, { recursive: true, encoding: 'utf8' })
            .filter((file) => file.endsWith('.ts'))
            .sort()
            .map((file) => path.join(part, file))
        : [part];
    for (const file of files)
      hash
        .update(`${file.split(path.sep).join('/')}\0`)
        .update(readFileSync(path.join(lib, file)))
        .update('\0');
  }
  const parser = path.join(projectRoot, 'node_modules/satteri/package.json');
  if (existsSync(parser)) hash.update(readFileSync(parser));
  return path.join(cacheDir, `${kind.prefix}${hash.digest('hex').slice(0, 16)}.v8`);
}

/** The work kept in `file`; none when there is no such file or it cannot be read (it is only a cache). */
export function readKeptWork<T>(file: string): Map<string, T> {
  try {
    const stored: unknown = deserialize(readFileSync(file));
    return stored instanceof Map ? (stored as Map<string, T>) : new Map();
  } catch {
    return new Map();
  }
}

/**
 * Keeps this work (that of one build, so the file holds one site's, not
 * every version of it) in `file`, written whole under another name first so
 * that a build reading it never sees half a file; drops the files of this
 * kind that older code left.
 */
export function writeKeptWork(file: string, work: ReadonlyMap<string, unknown>, kind: KeptWork): void {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, serialize(work));
  renameSync(partial, file);
  for (const name of readdirSync(dir))
    if (name.startsWith(kind.prefix) && name !== path.basename(file) && !name.endsWith('.partial'))
      rmSync(path.join(dir, name), { force: true });
}

/** The file the scans of this code are kept in, under `cacheDir`; undefined when the code is not where a build runs it from. */
export function scanStoreFile(cacheDir: string, projectRoot: string = process.cwd()): string | undefined {
  return keptWorkFile(cacheDir, SCANS, projectRoot);
}

/** The scans kept in `file`; none when there is no such file or it cannot be read. */
export function readScanStore(file: string): ScanCache {
  return readKeptWork<DocumentScan>(file);
}

/** Keeps these scans in `file` (see writeKeptWork). */
export function writeScanStore(file: string, scans: ScanCache): void {
  writeKeptWork(file, scans, SCANS);
}
