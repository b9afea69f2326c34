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
import { keptMemo, keptWorkFile, readKeptWork, writeKeptWork, type KeptMemo, type KeptWork } from '../build/kept-work.ts';
import type { ScanCache } from './mention-index.ts';
import type { DocumentScan } from './scan.ts';

/** The scans: the code they depend on is the scanning code (these folders) and the Markdown parser. */
const SCANS: KeptWork = { prefix: 'mention-scans-', code: ['mentions', 'entities', 'arabic', 'markdown'], packages: ['satteri'] };

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

/** The scans kept under `cacheDir`, read once per process: those a build uses are written back when one of them is new. */
export function scanMemo(cacheDir: string): KeptMemo<DocumentScan> {
  return keptMemo<DocumentScan>(SCANS, cacheDir);
}
