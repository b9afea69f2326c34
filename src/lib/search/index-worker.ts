/**
 * The worker thread that indexes the site for search (index-shards.ts), so
 * that making the records and feeding Pagefind run beside the render, on the
 * other core, instead of between its pages. It receives an IndexJob as its
 * workerData and posts back the shards it built, or the message of what failed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { indexShards, type BuiltShard, type IndexJob } from './index-shards.ts';

export type IndexReply = { shards: BuiltShard[] } | { error: string };

const reply = (message: IndexReply) => parentPort?.postMessage(message);
try {
  reply({ shards: await indexShards(workerData as IndexJob) });
} catch (error) {
  reply({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
