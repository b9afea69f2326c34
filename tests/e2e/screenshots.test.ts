import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeBasePath } from '../../src/lib/config/site-settings.ts';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from './serve.ts';

/** Screenshots of every page type for reviewers; CI keeps test-results/screenshots as an artifact. */
const OUT = path.resolve('test-results/screenshots');
const basePath = normalizeBasePath(process.env['BASE_PATH']);
const PAGES: Record<string, string> = {
  home: '',
  article: 'articles/2020/10/qatar-mou-breach/',
  'article-en': 'articles/2020/10/geneva-ceasefire-explainer/',
  actor: 'actors/khalifa-haftar/',
  agreement: 'agreements/geneva-ceasefire-2020/',
  actors: 'actors/',
  agreements: 'agreements/',
  search: `search/?q=${encodeURIComponent('حكومة الوفاق')}`,
  timeline: 'timeline/',
  graph: 'graph/',
  'not-found': 'no-such-page/',
};
const VIEWPORTS = { mobile: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } };
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  site = await serveStatic(path.resolve('dist'), basePath);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('screenshots', () => {
  for (const [name, sitePath] of Object.entries(PAGES)) {
    it(`${name}: mobile and desktop, light and dark`, async () => {
      for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
        for (const colorScheme of ['light', 'dark'] as const) {
          const page = await browser.newPage({ viewport, colorScheme });
          await page.goto(`${site.origin}${basePath}${sitePath}`);
          if (name === 'search') await page.waitForSelector('form[data-search-state="done"]', { timeout: 10_000 });
          await page.evaluate(() => document.fonts.ready);
          // Nothing may stick out sideways on a phone: the page scrolls only downwards.
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
          const file = path.join(OUT, `${name}-${viewportName}-${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          expect(statSync(file).size).toBeGreaterThan(1000);
          await page.close();
        }
      }
    });
  }
});
