import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from './serve.ts';

/** The site deployed under a sub-folder, as on GitHub Pages: every link and the search must honour it. */
const BASE = '/marsad-archive/';
let site: StaticSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'marsad-base-'));
  const build = buildSite(outDir, { BASE_PATH: BASE, SITE_URL: 'https://archive.example.org' });
  if (build.status !== 0) throw new Error(`build under ${BASE} failed:\n${build.stderr}`);
  site = await serveStatic(outDir, BASE);
  browser = await launchChromium();
  page = await browser.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe(`a site served under ${BASE}`, () => {
  it('links every internal page under the base path', async () => {
    await page.goto(`${site.origin}${BASE}`);
    const internal = await page
      .locator('a[href^="/"]')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(internal.length).toBeGreaterThan(10);
    expect(internal.filter((href) => !href.startsWith('/marsad-archive/'))).toEqual([]);
  });

  it('entity links inside articles and canonical URLs carry the base path', async () => {
    await page.goto(`${site.origin}${BASE}articles/2020/10/qatar-mou-breach/`);
    expect(await page.locator(`.prose a.entity-link[href="${BASE}actors/qatar/"]`).count()).toBe(1);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      `https://archive.example.org${BASE}articles/2020/10/qatar-mou-breach/`,
    );
  });

  it('search loads its index from under the base path and links results there', async () => {
    await page.goto(`${site.origin}${BASE}search/?q=${encodeURIComponent('جنيف')}`);
    await page.waitForSelector('form[data-search-state="done"]', { timeout: 15_000 });
    const results = await page
      .locator('#search-results a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((href) => href.startsWith(BASE))).toBe(true);
  });
});
