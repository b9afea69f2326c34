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

const resultLinks = () => page.locator('#search-results a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));

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
    await expect.poll(async () => (await resultLinks()).every((href) => href.startsWith(`${basePath}articles/`)), { timeout: 10_000 }).toBe(true);
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
