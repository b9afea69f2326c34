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

describe('entity preview cards', () => {
  it('appear on keyboard focus with the name, kind and summary, and go away with Escape', async () => {
    const requests: string[] = [];
    await page.goto(`${site.origin}${basePath}articles/2020/10/qatar-mou-breach/`);
    page.on('request', (request) => requests.push(request.url()));
    const link = page.locator(`.prose a.entity-link[href="${basePath}actors/qatar/"]`);
    await link.focus();
    const card = page.locator('#entity-preview-card');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.locator('.preview-name').textContent()).toBe('قطر');
    expect(await card.locator('.preview-kind').textContent()).toBe('دولة');
    expect(await link.getAttribute('aria-describedby')).toBe('entity-preview-card');
    expect(requests.filter((url) => url.includes('/actors/') || url.endsWith('.json'))).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
  });

  it('appear on hover too, and the link still leads to the entity page', async () => {
    const link = page.locator(`.prose a.entity-link[href="${basePath}actors/libyan-national-army/"]`).first();
    await link.hover();
    await expect.poll(() => page.locator('#entity-preview-card').isVisible()).toBe(true);
    await link.click();
    await page.waitForURL(/actors\/libyan-national-army\/$/);
  });
});
