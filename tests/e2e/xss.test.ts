import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { launchChromium } from './browser.ts';
import { cspViolations, recordCspViolations } from './built-site.ts';
import { serveStatic, type StaticSite } from './serve.ts';

/**
 * A content root full of script injections (tests/fixtures/xss): in raw HTML,
 * in frontmatter that reaches attributes, JSON-LD and feeds. Built and opened
 * page by page, nothing may run.
 */
let site: StaticSite;
let browser: Browser;
let page: Page;
let pages: string[];
const dialogs: string[] = [];

beforeAll(async () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'marsad-xss-'));
  const build = buildSite(outDir, { CONTENT_DIR: path.resolve('tests/fixtures/xss') });
  if (build.status !== 0) throw new Error(`the fixture did not build:\n${build.stderr}`);
  pages = (readdirSync(outDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${path.dirname(file) === '.' ? '' : `${path.dirname(file).split(path.sep).join('/')}/`}`)
    .sort();
  site = await serveStatic(outDir);
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await recordCspViolations(page);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('hostile content', () => {
  it('builds into the expected pages', () => {
    expect(pages).toEqual(expect.arrayContaining(['/articles/2020/10/payloads/', '/actors/qatar/', '/agreements/test-accord/']));
  });

  it('runs no injected script on any page, and the policy reports nothing', async () => {
    for (const pathname of pages) {
      await page.goto(`${site.origin}${pathname}`);
      await page.waitForLoadState('networkidle');
      // Hover and click what an attacker would hope a reader touches.
      for (const selector of ['.prose div', '.prose a', '.prose details summary']) {
        const target = page.locator(selector).first();
        if ((await target.count()) > 0) await target.click({ trial: false, timeout: 2000 }).catch(() => undefined);
      }
      expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned), pathname).toBeUndefined();
      expect(await cspViolations(page), pathname).toEqual([]);
    }
    expect(dialogs).toEqual([]);
  });

  it('keeps the harmless parts of the raw HTML and shows escaped text as text', async () => {
    await page.goto(`${site.origin}/articles/2020/10/payloads/`);
    const prose = page.locator('.prose');
    expect(await prose.locator('b').textContent()).toBe('غامق');
    expect(await prose.locator('sup').textContent()).toBe('1');
    expect(await prose.textContent()).toMatch(/<script>window\.pwned = .entities.<\/script>/);
    expect(await prose.locator('script, iframe, object, form, style, [onclick], [onerror], [onload], [ontoggle]').count()).toBe(0);
    const hrefs = await prose.locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href))).toEqual([]);
  });

  it('frontmatter reaches titles, JSON-LD and meta as text, never as markup', async () => {
    await page.goto(`${site.origin}/articles/2020/10/payloads/`);
    expect(await page.locator('h1').textContent()).toContain('"><script>');
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(jsonLd ?? '{}')).toMatchObject({ headline: expect.stringContaining('<script>') });
    expect(
      await page
        .locator('head script:not([type="application/ld+json"]):not([type="module"])')
        .evaluateAll((scripts) => scripts.filter((script) => script.textContent?.includes('alert')).length),
    ).toBe(0);
  });
});
