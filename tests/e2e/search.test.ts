import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basePath, closeBuiltSite, openBuiltSite } from './built-site.ts';
import type { StaticSite } from './serve.ts';

let site: StaticSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ site, browser, page } = await openBuiltSite());
});

afterAll(() => closeBuiltSite({ site, browser }));

const resultLinks = () =>
  page.locator('#search-results a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));

describe('the search dialog', () => {
  it('loads no search code until the reader starts searching', async () => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${site.origin}${basePath}`);
    expect(requested.some((url) => url.includes('/pagefind/') || url.includes('controller'))).toBe(false);
  });

  it('opens with Ctrl+K, finds a word written with a proclitic, filters, and opens a result', async () => {
    await page.keyboard.press('Control+k');
    const input = page.locator('[data-search-dialog] [data-search-input]');
    await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
    await input.fill('حكومة الوفاق');
    await expect.poll(async () => (await resultLinks()).length, { timeout: 10_000 }).toBeGreaterThan(2);
    expect(await resultLinks()).toContain(`${basePath}actors/government-of-national-accord/`);

    await page.locator('[data-search-dialog] select[data-search-filter="type"]').selectOption('خبر');
    await expect
      .poll(async () => (await resultLinks()).every((href) => href.startsWith(`${basePath}articles/`)), { timeout: 10_000 })
      .toBe(true);
    const links = await resultLinks();
    expect(links.length).toBeGreaterThan(0);
    expect(await page.locator('[data-search-dialog] [data-search-status]').textContent()).toMatch(/نتيجة|نتائج|نتيجتان/);

    await page.locator('#search-results a').first().click();
    await page.waitForURL(new RegExp(`${links[0]}$`));
    expect(await page.locator('article h1').count()).toBe(1);
  });
});

describe('the search page', () => {
  it('runs the query of a shared link on load and highlights the match', async () => {
    await page.goto(`${site.origin}${basePath}search/?q=${encodeURIComponent('مسئول')}`);
    await expect.poll(async () => (await resultLinks()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
  });

  it('keeps the address in step with the query', async () => {
    await page.goto(`${site.origin}${basePath}search/`);
    await page.locator('[data-search-input]').fill('ستيفاني وليامز');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 10_000 }).toBe('ستيفاني وليامز');
    await expect.poll(async () => resultLinks(), { timeout: 10_000 }).toContain(`${basePath}actors/stephanie-williams/`);
  });
});

describe('sorting', () => {
  it('newest first orders articles by date', async () => {
    await page.goto(`${site.origin}${basePath}search/?q=${encodeURIComponent('ليبيا')}&type=${encodeURIComponent('خبر')}&sort=desc`);
    await page.waitForSelector('form[data-search-state="done"]', { timeout: 10_000 });
    const months = (await resultLinks()).map((href) => href.slice(`${basePath}articles/`.length, `${basePath}articles/`.length + 7));
    expect(months.length).toBeGreaterThan(3);
    expect(months).toEqual([...months].sort().reverse());
  });
});

/** Site paths of the published pages whose source writes 5+5, with or without spaces, in either digits. */
function pagesWriting5Plus5(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.md')) {
        const text = readFileSync(file, 'utf8');
        if (/^draft:\s*true/mu.test(text) || !/[5٥]\s*\+\s*[5٥]/u.test(text)) continue;
        found.push(`${basePath}${path.relative('content', file).replace(/\.md$/u, '')}/`);
      }
    }
  };
  walk('content');
  return found;
}

describe('a name written with a symbol', () => {
  it('«5+5» and «5 + 5» find the pages that write 5+5 first, the commission and its explainer at the top', async () => {
    const expected = pagesWriting5Plus5();
    expect(expected).toContain(`${basePath}actors/joint-military-commission/`);
    const found: string[][] = [];
    for (const query of ['5+5', '5 + 5']) {
      await page.goto(`${site.origin}${basePath}search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('form[data-search-state="done"]', { timeout: 10_000 });
      const links = await resultLinks();
      expect(links[0], query).toBe(`${basePath}actors/joint-military-commission/`);
      expect(links.slice(0, 3), query).toContain(`${basePath}articles/2021/01/joint-military-commission-explainer/`);
      // Every page that writes the name is found, ahead of anything else.
      expect(new Set(links.slice(0, expected.length)), query).toEqual(new Set(expected));
      expect(await page.locator('#search-results mark').allTextContents(), query).toEqual(
        expect.arrayContaining([expect.stringContaining('5+5')]),
      );
      found.push(links);
    }
    expect(found[1]).toEqual(found[0]);
  });
});
