/**
 * The mention scans kept on disk between builds, so that a rebuild scans
 * only the documents that changed: scanning every article costs a 10,000-
 * article build about 12 s, reading the stored scans well under one.
 *
 * A scan is keyed (mention-index.ts) by the entity names it was matched
 * against and by everything it reads of its document. What it does not key is
 * the code that scans, so the file is named by a digest of that code (every
 * source file of the folders below) and of the Markdown parser's version:
 * scans made by other code are never read.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ScanCache } from './mention-index.ts';

/** The folders under src/lib whose code a scan depends on. */
const SCANNING_CODE = ['mentions', 'entities', 'arabic', 'markdown'];

const PREFIX = 'mention-scans-';

/** The file the scans of this code are kept in, under `cacheDir`; undefined when the code is not where a build runs it from. */
export function scanStoreFile(cacheDir: string, projectRoot: string = process.cwd()): string | undefined {
  const lib = path.join(projectRoot, 'src/lib');
  if (!existsSync(lib)) return undefined;
  const hash = createHash('sha1');
  for (const folder of SCANNING_CODE) {
    const dir = path.join(lib, folder);
    const files = existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')) : [];
    for (const file of files.sort())
      hash
        .update(`${folder}/${file}\0`)
        .update(readFileSync(path.join(dir, file)))
        .update('\0');
  }
  const parser = path.join(projectRoot, 'node_modules/satteri/package.json');
  if (existsSync(parser)) hash.update(readFileSync(parser));
  return path.join(cacheDir, `${PREFIX}${hash.digest('hex').slice(0, 16)}.v8`);
}

/** The scans kept in `file`; none when there is no such file or it cannot be read (it is only a cache). */
export function readScanStore(file: string): ScanCache {
  try {
    const stored: unknown = deserialize(readFileSync(file));
    return stored instanceof Map ? (stored as ScanCache) : new Map();
  } catch {
    return new Map();
  }
}

/**
 * Keeps these scans (those of one build, so the file holds one site's scans,
 * not every version of them) in `file`, written whole under another name first
 * so that a build reading it never sees half a file; drops the files older
 * code left.
 */
export function writeScanStore(file: string, scans: ScanCache): void {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, serialize(scans));
  renameSync(partial, file);
  for (const name of readdirSync(dir))
    if (name.startsWith(PREFIX) && name !== path.basename(file) && !name.endsWith('.partial'))
      rmSync(path.join(dir, name), { force: true });
}
