/**
 * `npm run bench:search:shard -- [--sizes 1000,2000,5000]`: what one search
 * shard costs Pagefind, per shard size, for the records of the content root
 * (`CONTENT_DIR`): the time to add its records, the time to write it, and the
 * peak memory of Pagefind's process. The figures behind the default of
 * `MARSAD_SEARCH_SHARD_RECORDS` (README, Large archives).
 */
import { parseArgs } from 'node:util';
import { close, createIndex } from 'pagefind';
import { addRecords, configurePagefind } from '../src/lib/search/index-shards.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { processTreeRss } from '../bench/measure/process-tree.ts';
import { readSiteSettings } from '../src/lib/config/site-settings.ts';
import { resolveContentRoot } from '../src/lib/content/corpus.ts';
import { sourceItems } from '../src/lib/search/shards.ts';
import { searchSource } from '../src/lib/search/source.ts';
import { loadSiteIndex } from '../src/lib/site-index.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,2000,5000' } } });
const sizes = (values.sizes ?? '').split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error('bench:search:shard: --sizes takes whole numbers above 0, separated by commas');
  process.exit(1);
}
const records = sourceItems(searchSource(loadSiteIndex(resolveContentRoot()), readSiteSettings())).map((item) => item.record());
// The index is built as the build builds it: same chunk size, same feeding.
configurePagefind();
const out = mkdtempSync(path.join(tmpdir(), 'marsad-shard-bench-'));
// Pagefind's service is the only child of this process: the tree less this process is Pagefind.
const pagefindRss = () => processTreeRss(process.pid) - process.memoryUsage().rss;
console.log(`${records.length} records in the content root; Pagefind's process, per shard:`);
console.log('| records | adding s | writing s | Pagefind peak MB |\n|---:|---:|---:|---:|');
for (const size of sizes) {
  const shard = records.slice(0, size);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, pagefindRss())), 100);
  const started = performance.now();
  const { index, errors } = await createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  await addRecords(index, shard);
  const added = performance.now();
  await index.writeFiles({ outputPath: path.join(out, String(size)) });
  const written = performance.now();
  // A small shard can finish between two samples.
  peak = Math.max(peak, pagefindRss());
  await index.deleteIndex();
  clearInterval(sampler);
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  console.log(`| ${shard.length} | ${seconds(added - started)} | ${seconds(written - added)} | ${(peak / 1024 ** 2).toFixed(0)} |`);
}
await close();
rmSync(out, { recursive: true, force: true });
