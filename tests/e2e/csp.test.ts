import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basePath, closeBuiltSite, cspViolations, openBuiltSite, recordCspViolations } from './built-site.ts';
import type { StaticSite } from './serve.ts';

/** Every page works under its Content Security Policy: search, previews and the theme toggle included. */
let site: StaticSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ site, browser, page } = await openBuiltSite());
  await recordCspViolations(page);
});

afterAll(() => closeBuiltSite({ site, browser }));

const violations = () => cspViolations(page);

const PAGES = [
  '',
  'articles/2020/10/qatar-mou-breach/',
  'actors/khalifa-haftar/',
  'agreements/geneva-ceasefire-2020/',
  'actors/',
  'agreements/',
  'timeline/',
  'graph/',
  'no-such-page/',
];

describe('the Content Security Policy', () => {
  it('is on every page, with no inline script allowed without its hash', async () => {
    await page.goto(`${site.origin}${basePath}`);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toMatch(/'unsafe-inline'/);
    expect(policy).toMatch(/object-src 'none'/);
  });

  it.each(PAGES)('/%s loads without a violation', async (sitePath) => {
    await page.goto(`${site.origin}${basePath}${sitePath}`);
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
  });

  it('search (WebAssembly), preview cards and the theme toggle run without a violation', async () => {
    await page.goto(`${site.origin}${basePath}search/?q=${encodeURIComponent('جنيف')}`);
    await page.waitForSelector('form[data-search-state="done"]', { timeout: 10_000 });
    expect(await page.locator('#search-results a').count()).toBeGreaterThan(0);
    await page.goto(`${site.origin}${basePath}articles/2020/10/qatar-mou-breach/`);
    await page.locator('.prose a.entity-link').first().focus();
    await expect.poll(() => page.locator('#entity-preview-card').isVisible()).toBe(true);
    await page.locator('[data-theme-toggle]').click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeTruthy();
    await page.keyboard.press('Control+k');
    await page.locator('[data-search-dialog] [data-search-input]').fill('حفتر');
    await page.waitForSelector('[data-search-dialog] form[data-search-state="done"]', { timeout: 10_000 });
    expect(await violations()).toEqual([]);
  });

  it('blocks an injected inline script (the policy is enforced, not just present)', async () => {
    await page.goto(`${site.origin}${basePath}`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect((await violations()).some((line) => line.startsWith('script-src'))).toBe(true);
  });
});
