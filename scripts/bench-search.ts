/**
 * `npm run bench:search`: builds the site, serves it on loopback and runs
 * every query of bench/search/queries.json in Chromium, through the real
 * search page for Marsad and against a stock Pagefind index of the same pages
 * (built without the search keys, queried with the raw text). Prints
 * recall@10 and MRR per class for both, the bytes a first query transfers,
 * and writes bench/out/search.json.
 *
 *   npm run bench:search [-- --no-build]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { mean, recallAt, reciprocalRank } from '../bench/measure/ranking.ts';
import { launchChromium } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/serve.ts';

interface Query {
  class: string;
  query: string;
  expect: string[];
}

const siteDir = path.resolve('bench/out/site');
const queries = JSON.parse(readFileSync('bench/search/queries.json', 'utf8')) as Query[];

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('node_modules/.bin/astro', ['build', '--outDir', siteDir], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('the site did not build');
}

// Stock Pagefind: the same pages, without Marsad's hidden search keys.
const { index } = await createIndex({ forceLanguage: 'ar', excludeSelectors: ['[data-search-keys]'] });
if (!index) throw new Error('Pagefind did not start');
await index.addDirectory({ path: siteDir });
await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind-stock') });
await close();

const site = await serveStatic(siteDir);
const browser = await launchChromium();
const page = await browser.newPage();
const toSitePath = (url: string) => new URL(url, site.origin).pathname.replace(/^\//, '');

// Bytes a reader's first query costs, from a cold page.
const transferred: Array<{ url: string; bytes: number; gzip: number }> = [];
page.on('response', async (response) => {
  const url = response.url();
  if (!url.includes('/pagefind/') && !url.includes('/_astro/controller')) return;
  const body = await response.body().catch(() => Buffer.alloc(0));
  transferred.push({ url, bytes: body.length, gzip: gzipSync(body).length });
});

async function marsad(query: string): Promise<string[]> {
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('form[data-search-state="done"], form[data-search-state="idle"]', { timeout: 15_000 });
  return page.locator('#search-results a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
}

async function stock(query: string): Promise<string[]> {
  return page.evaluate(
    async ([text, moduleUrl]) => {
      type Stock = {
        options(o: object): Promise<void>;
        init(): Promise<void>;
        search(q: string): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> }>;
      };
      const pagefind = (await import(/* @vite-ignore */ moduleUrl)) as Stock;
      await pagefind.options({ basePath: '/pagefind-stock/' });
      await pagefind.init();
      const response = await pagefind.search(text);
      return Promise.all(response.results.slice(0, 10).map(async (result) => (await result.data()).url));
    },
    [query, '/pagefind-stock/pagefind.js'] as const,
  );
}

const rows: Array<{ class: string; query: string; system: string; recall: number; rr: number }> = [];
for (const [position, item] of queries.entries()) {
  const ours = (await marsad(item.query)).map(toSitePath);
  if (position === 0) {
    const bytes = transferred.reduce((sum, entry) => sum + entry.bytes, 0);
    const gzip = transferred.reduce((sum, entry) => sum + entry.gzip, 0);
    console.log(`first query: ${transferred.length} requests, ${(bytes / 1024).toFixed(1)} KB (${(gzip / 1024).toFixed(1)} KB gzipped)`);
  }
  rows.push({
    class: item.class,
    query: item.query,
    system: 'marsad',
    recall: recallAt(10, ours, item.expect),
    rr: reciprocalRank(ours, item.expect),
  });
  const theirs = (await stock(item.query)).map(toSitePath);
  rows.push({
    class: item.class,
    query: item.query,
    system: 'stock',
    recall: recallAt(10, theirs, item.expect),
    rr: reciprocalRank(theirs, item.expect),
  });
}
await browser.close();
await site.close();

const classes = [...new Set(queries.map((item) => item.class))];
const summary = classes.map((name) => {
  const of = (system: string) => rows.filter((row) => row.class === name && row.system === system);
  return {
    class: name,
    queries: of('marsad').length,
    marsad: { recall: mean(of('marsad').map((row) => row.recall)), mrr: mean(of('marsad').map((row) => row.rr)) },
    stock: { recall: mean(of('stock').map((row) => row.recall)), mrr: mean(of('stock').map((row) => row.rr)) },
  };
});
console.log(`\n${queries.length} queries; recall@10 and MRR (target: recall@10 ≥ 0.98 in every class)\n`);
console.log(`${'class'.padEnd(24)} ${'n'.padStart(3)}   marsad R@10   MRR    stock R@10   MRR`);
for (const row of summary) {
  console.log(
    `${row.class.padEnd(24)} ${String(row.queries).padStart(3)}   ${row.marsad.recall.toFixed(3).padStart(11)} ${row.marsad.mrr.toFixed(3).padStart(6)}   ${row.stock.recall.toFixed(3).padStart(10)} ${row.stock.mrr.toFixed(3).padStart(6)}`,
  );
}
const missed = rows.filter((row) => row.system === 'marsad' && row.recall < 1);
if (missed.length > 0) console.log(`\nmissed by Marsad: ${missed.map((row) => `${row.class}: ${row.query}`).join(' | ')}`);
mkdirSync('bench/out', { recursive: true });
writeFileSync('bench/out/search.json', `${JSON.stringify({ summary, rows, firstQuery: transferred }, null, 1)}\n`);
