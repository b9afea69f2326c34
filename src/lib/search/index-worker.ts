/**
 * The worker thread that indexes the site for search (index-shards.ts), so
 * that making the records and feeding Pagefind run beside the render, on the
 * other core, instead of between its pages. It receives an IndexJob as its
 * workerData and posts back the shards it built, or the message of what failed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { indexShards, type BuiltShard, type IndexJob } from './index-shards.ts';

export type IndexReply = { shards: BuiltShard[] } | { error: string };

/**
 * Words per index chunk, counted in locations (Pagefind's unstable setting,
 * default 20,000). A first search fetches, from every shard, the chunk that
 * holds each query word: at 10,000 articles in shards of 5,000 records,
 * chunks of 5,000 locations brought «حكومة» from 343 KB to 292 KB gzipped
 * (`npm run bench:search:transfer`); smaller chunks saved nothing more, as a
 * common word's own postings fill its chunk. The service inherits this
 * thread's environment, which is its own copy.
 */
process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= '5000';

const reply = (message: IndexReply) => parentPort?.postMessage(message);
try {
  reply({ shards: await indexShards(workerData as IndexJob) });
} catch (error) {
  reply({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
