/**
 * `npm run lighthouse` (after `npm run build`): Lighthouse's four scores for an
 * article, an entity page and the search page, served gzipped from dist/ on loopback and measured in
 * Debian's Chromium. Prints the scores and writes bench/out/lighthouse.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { serveStatic } from '../tests/e2e/serve.ts';
import { CHROMIUM_FLAGS } from '../src/lib/config/chromium.ts';
import { readSettings } from '../src/lib/config/settings.ts';

const PAGES = ['articles/2020/10/qatar-mou-breach/', 'actors/khalifa-haftar/', 'search/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

// Compressed, as any static host or CDN serves it.
const site = await serveStatic(path.resolve('dist'), '/', { compress: true });
const chrome = await chromeLauncher.launch({
  chromePath: readSettings().chromiumPath,
  chromeFlags: [...CHROMIUM_FLAGS],
});
const report: Record<string, Record<string, number>> = {};
try {
  // Lighthouse's own presets: a mid-range phone on a slow 4G network, and a desktop.
  for (const [formFactor, config] of [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ] as const) {
    for (const sitePath of PAGES) {
      const result = await lighthouse(
        `${site.origin}/${sitePath}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        config,
      );
      const categories = result?.lhr.categories ?? {};
      const scores = Object.fromEntries(CATEGORIES.map((name) => [name, Math.round((categories[name]?.score ?? 0) * 100)]));
      report[`${formFactor} /${sitePath}`] = scores;
      console.log(`${formFactor.padEnd(8)} /${sitePath.padEnd(38)} ${CATEGORIES.map((name) => `${name} ${scores[name]}`).join('  ')}`);
    }
  }
} finally {
  await chrome.kill();
  await site.close();
}
mkdirSync('bench/out', { recursive: true });
writeFileSync('bench/out/lighthouse.json', `${JSON.stringify(report, null, 1)}\n`);
