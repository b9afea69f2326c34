/**
 * `npm run bench:search:transfer -- [--dir dist] [--query حكومة] [--sort desc|asc]`: what a
 * reader's first search costs on a built site: the requests and bytes (raw and
 * gzipped, as a static host sends them) from opening /search/ to the first
 * results; with --sort, a first search sorted by date (which also fetches each
 * dated shard's date order).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/serve.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'dist' }, query: { type: 'string', default: 'حكومة' }, sort: { type: 'string' } },
});
const site = await serveStatic(path.resolve(values.dir ?? 'dist'));
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(`${site.origin}/search/${values.sort ? `?sort=${encodeURIComponent(values.sort)}` : ''}`);
const fetched: Array<{ url: string; bytes: number; gzip: number }> = [];
page.on('response', async (response) => {
  const body = await response.body().catch(() => Buffer.alloc(0));
  fetched.push({ url: new URL(response.url()).pathname, bytes: body.length, gzip: gzipSync(body).length });
});
await page.locator('[data-search-input]').fill(values.query ?? 'حكومة');
await page.waitForSelector('form[data-search-state="done"]', { timeout: 30_000 });
// Result data (fragments) arrives while the first results render.
await page.waitForLoadState('networkidle');
const results = await page.locator('#search-results a').count();
await browser.close();
await site.close();
// Search's own cost: Pagefind's files and our search code. Fonts and icons are the page's, usually cached already.
const search = fetched.filter((entry) => entry.url.includes('/pagefind/') || entry.url.includes('/controller'));
const sum = (entries: typeof fetched, key: 'bytes' | 'gzip') => entries.reduce((total, entry) => total + entry[key], 0);
for (const entry of fetched) console.log(`${(entry.gzip / 1024).toFixed(1).padStart(8)} KB gz  ${entry.url}`);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(`first query "${values.query}"${values.sort ? ` sorted ${values.sort}` : ''}: ${results} results shown`);
console.log(
  `  search (Pagefind + search code): ${search.length} requests, ${kb(sum(search, 'gzip'))} KB gzipped as a host sends it (${kb(sum(search, 'bytes'))} KB uncompressed)`,
);
console.log(`  everything the page fetched: ${fetched.length} requests, ${kb(sum(fetched, 'gzip'))} KB gzipped (fonts included)`);
