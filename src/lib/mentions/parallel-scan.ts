/**
 * Scanning on both cores when a build has many documents to scan (a cold
 * cache: 10,000 articles take about 9 s on one). The site index is built
 * synchronously, by the build and by every CLI, so the second thread is
 * waited for synchronously: this thread scans its half meanwhile, then
 * blocks until the worker has posted the other half. Anything that goes
 * wrong on the worker's side (it cannot start, it fails, it takes far too
 * long) leaves its half to be scanned here: the result is the same, only
 * slower.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { SurfaceForm } from '../entities/matcher.ts';
import type { IndexedDocument } from './mention-index.ts';
import type { DocumentScan } from './scan.ts';
import type { ScanJob, ScanReply } from './scan-worker.ts';

/** Fewer documents than this are scanned here: starting a thread and loading the scanner there costs about half a second. */
export const PARALLEL_SCAN_MIN = 1000;

/** How long to wait for the worker: generous, since a stuck worker only costs its half being scanned again here. */
const WAIT_BASE_MS = 60_000;
const WAIT_PER_DOCUMENT_MS = 20;

/** The worker's file, where the build and the CLIs run from; undefined where the sources are not (a bundle elsewhere). */
function workerFile(projectRoot: string): string | undefined {
  const file = path.join(projectRoot, 'src/lib/mentions/scan-worker.ts');
  return existsSync(file) ? file : undefined;
}

/**
 * The scans of `documents` (keyed as given), made by `scanHere` on this
 * thread for the first half and by a worker thread, matching with `forms`,
 * for the second, at the same time.
 */
export function scanInParallel(
  documents: ReadonlyArray<readonly [string, IndexedDocument]>,
  forms: readonly SurfaceForm[],
  scanHere: (document: IndexedDocument) => DocumentScan,
  projectRoot: string = process.cwd(),
): Map<string, DocumentScan> {
  const scans = new Map<string, DocumentScan>();
  const file = workerFile(projectRoot);
  const half = Math.ceil(documents.length / 2);
  const theirs = file && documents.length >= PARALLEL_SCAN_MIN ? documents.slice(half) : [];
  const mine = theirs.length > 0 ? documents.slice(0, half) : documents;

  const { port1, port2 } = new MessageChannel();
  const done = new Int32Array(new SharedArrayBuffer(4));
  const worker =
    theirs.length > 0 && file
      ? new Worker(file, { workerData: { forms, documents: theirs, port: port2, done } satisfies ScanJob, transferList: [port2] })
      : undefined;
  // Its failures are handled below, by scanning its half here; an 'error' left unheard would stop the process.
  worker?.on('error', () => undefined).unref();
  for (const [key, document] of mine) scans.set(key, scanHere(document));
  if (!worker) return scans;

  const outcome = Atomics.wait(done, 0, 0, WAIT_BASE_MS + WAIT_PER_DOCUMENT_MS * theirs.length);
  const reply = outcome === 'timed-out' ? undefined : (receiveMessageOnPort(port1)?.message as ScanReply | undefined);
  void worker.terminate();
  port1.close();
  if (reply && 'scans' in reply) for (const [key, scan] of reply.scans) scans.set(key, scan);
  else for (const [key, document] of theirs) scans.set(key, scanHere(document));
  return scans;
}
