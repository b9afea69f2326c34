/**
 * A split search index against the single one: the demo content built again
 * with a shard of 10 records (6 shards), served beside dist/ (one index), and
 * the same queries asked of both through the search page.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { basePath } from './built-site.ts';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from './serve.ts';

let shardedDir: string;
let single: StaticSite;
let sharded: StaticSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  shardedDir = mkdtempSync(path.join(tmpdir(), 'marsad-search-shards-'));
  const build = buildSite(shardedDir, {
    MARSAD_SEARCH_SHARD_RECORDS: '10',
    MARSAD_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'marsad-search-shards-cache-')),
  });
  expect(build.status, build.stderr.slice(-2000)).toBe(0);
  expect(build.stdout).toMatch(/indexed 44 pages for search in 6 shards/);
  single = await serveStatic(path.resolve('dist'), basePath);
  sharded = await serveStatic(shardedDir, basePath);
  browser = await launchChromium();
  page = await browser.newPage();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await single?.close();
  await sharded?.close();
});

interface Answer {
  status: string;
  links: string[];
}

async function ask(site: StaticSite, query: string, extra = ''): Promise<Answer> {
  await page.goto(`${site.origin}${basePath}search/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForSelector('form[data-search-state="done"]', { timeout: 15_000 });
  // Every result, not the first ten: the shards' scores order them differently.
  const more = page.locator('[data-search-page] [data-search-more]');
  while (await more.isVisible()) {
    const shown = await page.locator('#search-results a').count();
    await more.click();
    await expect.poll(() => page.locator('#search-results a').count(), { timeout: 10_000 }).toBeGreaterThan(shown);
  }
  return {
    status: (await page.locator('[data-search-page] [data-search-status]').textContent()) ?? '',
    links: await page.locator('#search-results a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? '')),
  };
}

describe('a search index split into shards', () => {
  it('is written as a primary index and shards that carry no engine of their own', () => {
    const manifest = JSON.parse(readFileSync(path.join(shardedDir, 'pagefind/shards.json'), 'utf8')) as {
      shards: Array<{ path: string; dated: boolean }>;
    };
    const paths = manifest.shards.map((shard) => shard.path);
    expect(paths).toHaveLength(6);
    expect(paths[0]).toBe('');
    for (const merged of paths.slice(1)) expect(merged).toMatch(/^shard-[0-9a-f]{16}\/$/);
    expect(new Set(paths).size).toBe(6);
    expect(existsSync(path.join(shardedDir, 'pagefind/wasm.ar.pagefind'))).toBe(true);
    expect(existsSync(path.join(shardedDir, `pagefind/${paths[1]}wasm.ar.pagefind`))).toBe(false);
    expect(existsSync(path.join(shardedDir, `pagefind/${paths[1]}pagefind-entry.json`))).toBe(true);
    const single = JSON.parse(readFileSync(path.resolve('dist/pagefind/shards.json'), 'utf8')) as { shards: unknown[] };
    expect(single.shards).toHaveLength(1);
  });

  it('loads the WebAssembly once and merges every shard into it', async () => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await ask(sharded, 'ليبيا');
    page.removeAllListeners('request');
    expect(requested.filter((url) => url.endsWith('.pagefind'))).toEqual([`${basePath}pagefind/wasm.ar.pagefind`]);
    const manifest = JSON.parse(readFileSync(path.join(shardedDir, 'pagefind/shards.json'), 'utf8')) as { shards: Array<{ path: string }> };
    for (const { path: merged } of manifest.shards.slice(1))
      expect(requested).toContain(`${basePath}pagefind/${merged}pagefind-entry.json`);
  });

  /**
   * Not the same order: Pagefind scores each merged index with its own
   * statistics (pages, pages with the term, average length), so with shards of
   * 10 pages the first result differed for 2 of these 8 queries, and a
   * multi-word query found 10 pages instead of 6 (a shard without one of its
   * words matches on the others). What holds is that nothing is lost.
   */
  it('finds every page the single index puts in its top 5, and no fewer pages', async () => {
    for (const query of ['حكومة الوفاق', 'ستيفاني وليامز', 'مسئول', '5+5', 'خليفة حفتر', 'مؤتمر برلين', 'قطر', 'الصخيرات']) {
      const [one, split] = [await ask(single, query), await ask(sharded, query)];
      expect(one.links.length, query).toBeGreaterThan(0);
      expect(split.links, query).toEqual(expect.arrayContaining(one.links.slice(0, 5)));
      expect(split.links.length, query).toBeGreaterThanOrEqual(one.links.length);
    }
  });

  it('sorts by date across shards exactly as the single index does, with and without a filter', async () => {
    for (const extra of [
      '&sort=desc',
      '&sort=asc',
      `&sort=desc&type=${encodeURIComponent('خبر')}`,
      `&sort=asc&type=${encodeURIComponent('اتفاق')}`,
    ]) {
      const [one, split] = [await ask(single, 'ليبيا', extra), await ask(sharded, 'ليبيا', extra)];
      expect(one.links.length, extra).toBeGreaterThan(3);
      expect(split, extra).toEqual(one);
    }
  });
});
