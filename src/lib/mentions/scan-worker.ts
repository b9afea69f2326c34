/**
 * The thread that scans half of the documents a cold build has no scan for
 * (parallel-scan.ts). It receives the matcher's forms and the documents as
 * its workerData, posts back their scans on the port it is given, and then
 * wakes the thread that waits for them.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import type { SurfaceForm } from '../entities/matcher.ts';
import type { IndexedDocument } from './mention-index.ts';
import type { DocumentScan } from './scan.ts';

export interface ScanJob {
  forms: readonly SurfaceForm[];
  documents: ReadonlyArray<readonly [key: string, document: IndexedDocument]>;
  port: MessagePort;
  /** Set to 1, and notified, once the reply is on the port. */
  done: Int32Array;
}

export type ScanReply = { scans: Array<[string, DocumentScan]> } | { error: string };

/** Documents scanned between two turns of the event loop: enough that the turns cost nothing, few enough that the parser's buffers stay small. */
const YIELD_EVERY = 100;

const job = workerData as ScanJob;
try {
  // Imported here, not above: a module that fails to load must still answer, or the waiting thread would wait in vain.
  const [{ createMatcher }, { scanDocument }] = await Promise.all([import('../entities/matcher.ts'), import('./scan.ts')]);
  const matcher = createMatcher(job.forms);
  const scans: Array<[string, DocumentScan]> = [];
  for (const [key, document] of job.documents) {
    scans.push([key, scanDocument(document, matcher)]);
    // The parser's native buffers are released by finalizers that run only when the event loop turns.
    if (scans.length % YIELD_EVERY === 0) await new Promise(setImmediate);
  }
  job.port.postMessage({ scans } satisfies ScanReply);
} catch (error) {
  job.port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ScanReply);
} finally {
  Atomics.store(job.done, 0, 1);
  Atomics.notify(job.done, 0);
}
