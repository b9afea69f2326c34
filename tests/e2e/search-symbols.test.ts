/**
 * Names written with a symbol (5+5) against the real Pagefind: a small index
 * built with Pagefind's Node API from pages that carry their search keys as the
 * site does (visible text, ⁂, keys), searched with Pagefind's own pagefind.js
 * in Chromium. It pins what the search keys rely on: Pagefind keeps a word of
 * letters and digits whole, and on its own it cannot find «5+5».
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS_MARK } from '../../src/lib/search/excerpt.ts';
import { searchKeys, searchQuery } from '../../src/lib/search/terms.ts';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from './serve.ts';

/** Visible text of each page; the pages about the commission write its name in two spellings. */
const PAGES: Record<string, string> = {
  '/commission/': 'اجتمعت اللجنة العسكرية المشتركة 5+5 في جنيف ووقعت اتفاق وقف إطلاق النار.',
  '/spaced/': 'عقدت لجنة ٥ + ٥ اجتماعها الثاني في سرت.',
  '/numbers/': 'غادر 5 مقاتلين و500 مرتزق المدينة يوم 5 مايو، وصدر القرار 55.',
  '/slash/': 'تأجل الاجتماع إلى 5/5 بطلب من البعثة.',
};

let root: string;
let site: StaticSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'marsad-search-symbols-'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><html lang="ar"><body></body></html>');
  const { index, errors } = await createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const [url, text] of Object.entries(PAGES))
    await index.addCustomRecord({ url, content: `${text} ${KEYS_MARK} ${searchKeys(text).join(' ')}`, language: 'ar' });
  await index.writeFiles({ outputPath: path.join(root, 'pagefind') });
  await close();
  site = await serveStatic(root);
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${site.origin}/`);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

/**
 * The pages Pagefind returns for a query exactly as given, best first. The
 * script is a string: vitest would rewrite an `import()` inside a function.
 */
function pagefindSearch(query: string): Promise<string[]> {
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const response = await pagefind.search(${JSON.stringify(query)});
    return Promise.all(response.results.map(async (result) => (await result.data()).url));
  })()`);
}

describe('a name written with a symbol, through Pagefind', () => {
  it('«5+5», «5 + 5» and «٥+٥» find exactly the pages that write it, in either spelling', async () => {
    for (const query of ['5+5', '5 + 5', '٥+٥', 'لجنة 5+5']) {
      const expected = query.startsWith('لجنة') ? ['/spaced/'] : ['/commission/', '/spaced/'];
      expect((await pagefindSearch(searchQuery(query))).sort(), query).toEqual(expected);
    }
  });

  it('without the joined key, «5+5» is any page with a 5', async () => {
    // Pagefind indexes the visible 5+5 as 55 but keeps «+» in a query, finds no word starting 5+5 and falls back to the indexed prefix 5.
    expect(await pagefindSearch('5+5')).toContain('/numbers/');
    // Split on the symbol, as the keys once were, the parts find every 5 too.
    expect(await pagefindSearch('5 5')).toContain('/numbers/');
  });

  it('the joined key survives Pagefind as one word: no split between letters and digits', async () => {
    expect(searchKeys(PAGES['/commission/'] ?? '')).toContain('5plus5');
    expect(await pagefindSearch('5plus5')).toEqual(expect.arrayContaining(['/commission/', '/spaced/']));
    expect(await pagefindSearch('plus5')).toEqual([]);
  });
});
