/**
 * The worker thread that indexes the site for search (index-shards.ts), so
 * that making the records and feeding Pagefind run beside the render, on the
 * other core, instead of between its pages. It receives an IndexJob as its
 * workerData and posts back the shards it built, or the message of what failed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { indexShards, type BuiltShard, type IndexJob } from './index-shards.ts';
import { ChangedTextError } from './stored-text.ts';

export type IndexReply = { shards: BuiltShard[] } | { error: string };

const reply = (message: IndexReply) => parentPort?.postMessage(message);
try {
  reply({ shards: await indexShards(workerData as IndexJob) });
} catch (error) {
  // A file changed during the build is the writer's to act on: its message says what to do, and a stack would bury it.
  const said = error instanceof ChangedTextError ? error.message : undefined;
  reply({ error: said ?? (error instanceof Error ? (error.stack ?? error.message) : String(error)) });
}
