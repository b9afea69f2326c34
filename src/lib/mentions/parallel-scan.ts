/**
 * Scanning on both cores when a build has many documents to scan (a cold
 * cache: 10,000 articles take about 9 s on one). The site index is built
 * synchronously, by the build and by every CLI, so the worker threads are
 * waited for synchronously: this thread blocks until each has posted its
 * half. Anything that goes wrong on a worker's side (it cannot start, it
 * fails, it takes far too long) leaves its half to be scanned here: the
 * result is the same, only slower.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
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

/** A worker scanning half of the documents: its documents, the port it answers on and the flag it sets when it has. */
interface Half {
  documents: ReadonlyArray<readonly [string, IndexedDocument]>;
  port: MessagePort;
  done: Int32Array;
  worker: Worker;
}

function startHalf(file: string, forms: readonly SurfaceForm[], documents: ReadonlyArray<readonly [string, IndexedDocument]>): Half {
  const { port1, port2 } = new MessageChannel();
  const done = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(file, { workerData: { forms, documents, port: port2, done } satisfies ScanJob, transferList: [port2] });
  // Its failures are handled by scanning its half here; an 'error' left unheard would stop the process.
  worker.on('error', () => undefined).unref();
  return { documents, port: port1, done, worker };
}

/** The scans a worker posted, or undefined when it failed or did not answer by `deadline`. */
function awaitHalf(half: Half, deadline: number): ScanReply | undefined {
  const outcome = Atomics.wait(half.done, 0, 0, Math.max(0, deadline - Date.now()));
  const reply = outcome === 'timed-out' ? undefined : (receiveMessageOnPort(half.port)?.message as ScanReply | undefined);
  void half.worker.terminate();
  half.port.close();
  return reply;
}

/**
 * The scans of `documents` (keyed as given). From PARALLEL_SCAN_MIN
 * documents on, two worker threads scan a half each, matching with `forms`,
 * while this thread waits: the Markdown parser's native buffers are freed
 * only when the event loop turns, which a worker's loop lets happen and a
 * thread blocked in a synchronous build does not (scanned here, 100,000
 * documents left about 1.5 GB of them behind). Below that, or where a worker
 * fails, `scanHere` scans on this thread.
 */
export function scanInParallel(
  documents: ReadonlyArray<readonly [string, IndexedDocument]>,
  forms: readonly SurfaceForm[],
  scanHere: (document: IndexedDocument) => DocumentScan,
  projectRoot: string = process.cwd(),
): Map<string, DocumentScan> {
  const scans = new Map<string, DocumentScan>();
  const file = workerFile(projectRoot);
  if (!file || documents.length < PARALLEL_SCAN_MIN) {
    for (const [key, document] of documents) scans.set(key, scanHere(document));
    return scans;
  }
  const middle = Math.ceil(documents.length / 2);
  const halves = [documents.slice(0, middle), documents.slice(middle)].map((part) => startHalf(file, forms, part));
  const deadline = Date.now() + WAIT_BASE_MS + WAIT_PER_DOCUMENT_MS * middle;
  for (const half of halves) {
    const reply = awaitHalf(half, deadline);
    if (reply && 'scans' in reply) for (const [key, scan] of reply.scans) scans.set(key, scan);
    else for (const [key, document] of half.documents) scans.set(key, scanHere(document));
  }
  return scans;
}
