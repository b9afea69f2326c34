import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveContentRoot } from '../../src/lib/content/corpus.ts';
import { basePath, closeBuiltSite, openBuiltSite } from './built-site.ts';
import type { StaticSite } from './serve.ts';

let site: StaticSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ site, browser, page } = await openBuiltSite());
});

afterAll(() => closeBuiltSite({ site, browser }));

const direction = (selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).direction);

describe('a reader goes from the home page to an article, an actor and an agreement', () => {
  it('home page is Arabic and right-to-left', async () => {
    await page.goto(`${site.origin}${basePath}`);
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await direction('main')).toBe('rtl');
  });

  it('opens the article on the Qatar memorandum from the home page', async () => {
    await page.locator(`a[href="${basePath}articles/2020/10/qatar-mou-breach/"]`).first().click();
    await page.waitForURL(/qatar-mou-breach/);
    expect(await direction('article .prose')).toBe('rtl');
    expect(await page.locator('h1').textContent()).toMatch(/الدوحة/);
    expect(await page.locator(`.prose a.entity-link[href="${basePath}actors/qatar/"]`).count()).toBe(1);
  });

  it('follows the article to the Libyan National Army', async () => {
    await page.locator(`.related a[href="${basePath}actors/libyan-national-army/"]`).click();
    await page.waitForURL(/actors\/libyan-national-army/);
    expect(await page.locator('h1').textContent()).toBe('الجيش الوطني الليبي');
    expect(await direction('.infobox')).toBe('rtl');
    expect(await page.locator(`a[href="${basePath}articles/2020/10/qatar-mou-breach/"]`).count()).toBeGreaterThan(0);
  });

  it('follows the actor to the Geneva ceasefire', async () => {
    await page.locator(`a[href="${basePath}agreements/geneva-ceasefire-2020/"]`).first().click();
    await page.waitForURL(/agreements\/geneva-ceasefire-2020/);
    expect(await page.locator('h1').textContent()).toBe('اتفاق وقف إطلاق النار الدائم');
    expect(await direction('main')).toBe('rtl');
  });
});

describe('mixed direction', () => {
  it('an English article reads left-to-right inside the right-to-left site', async () => {
    await page.goto(`${site.origin}${basePath}`);
    const english = page.locator('.article-card h3[lang="en"] a').first();
    await english.click();
    await page.waitForLoadState();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('article', 'lang')).toBe('en');
    expect(await direction('article .prose')).toBe('ltr');
    expect(await direction('.site-header')).toBe('rtl');
  });
});

describe('cross-links', () => {
  it('an entity page lists the articles that mention it, with the mention highlighted', async () => {
    await page.goto(`${site.origin}${basePath}actors/qatar/`);
    const card = page.locator(`.backlinks li:has(a[href="${basePath}articles/2020/10/qatar-mou-breach/"])`);
    expect(await card.count()).toBe(1);
    expect(await card.locator('.snippet mark').textContent()).toMatch(/قطر|الدوحة/);
  });
});

describe('every entity has a page', () => {
  it.each(['actors', 'agreements'])('the %s index links every entity page, and each one answers', async (collection) => {
    const count = readdirSync(path.join(resolveContentRoot(), collection)).filter((name) => name.endsWith('.md')).length;
    await page.goto(`${site.origin}${basePath}${collection}/`);
    const links = await page
      .locator('main .entity-list a')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(new Set(links).size).toBe(count);
    for (const link of links) {
      const response = await page.request.get(link);
      expect(response.status(), link).toBe(200);
    }
  });

  it('an unknown address gets the Arabic 404 page', async () => {
    const response = await page.goto(`${site.origin}${basePath}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('الصفحة غير موجودة');
  });
});
