/** The built site in dist/, served on loopback, with a Chromium page to drive it. */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { normalizeBasePath } from '../../src/lib/config/site-settings.ts';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from './serve.ts';

/** The base path the site was built with (BASE_PATH). */
export const basePath = normalizeBasePath(process.env['BASE_PATH']);

export interface OpenSite {
  site: StaticSite;
  browser: Browser;
  page: Page;
}

/** `bypassCSP`: for tests that inject their own checking script (axe-core), which the site's policy would rightly block. */
export async function openBuiltSite(options: { dir?: string; bypassCSP?: boolean } = {}): Promise<OpenSite> {
  const site = await serveStatic(path.resolve(options.dir ?? 'dist'), basePath);
  const browser = await launchChromium();
  return { site, browser, page: await browser.newPage({ bypassCSP: options.bypassCSP ?? false }) };
}

export async function closeBuiltSite(open: Partial<OpenSite>): Promise<void> {
  await open.browser?.close();
  await open.site?.close();
}

/** Records every Content Security Policy violation the page reports, from its first script on. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const store = window as unknown as { cspViolations: string[] };
    store.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      store.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`),
    );
  });
}

/** The violations recorded on the current document. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}
