import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basePath, closeBuiltSite, openBuiltSite } from './built-site.ts';
import type { StaticSite } from './serve.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let site: StaticSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ site, browser, page } = await openBuiltSite({ bypassCSP: true }));
});

afterAll(() => closeBuiltSite({ site, browser }));

interface Violation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function violations(): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return found.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

const PAGES = [
  '',
  'articles/2020/10/qatar-mou-breach/',
  'articles/2020/10/geneva-ceasefire-explainer/',
  'actors/',
  'actors/khalifa-haftar/',
  'agreements/',
  'agreements/geneva-ceasefire-2020/',
  'search/?q=%D8%AC%D9%86%D9%8A%D9%81',
  'timeline/',
  'graph/',
  'corrections/',
  'articles/2020/10/geneva-permanent-ceasefire/',
  'no-such-page/',
];

describe.each(['light', 'dark'] as const)('WCAG 2.1 A and AA, %s colour scheme (axe-core)', (scheme) => {
  it.each(PAGES)('/%s has no violations', async (pathname) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${site.origin}${basePath}${pathname}`);
    if (pathname.startsWith('search/')) await page.waitForSelector('form[data-search-state="done"]', { timeout: 10_000 });
    expect(await violations()).toEqual([]);
  });
});

describe('the accessibility check itself', () => {
  it('reports a violation when there is one', async () => {
    await page.goto(`${site.origin}${basePath}`);
    await page.evaluate(() => document.querySelector('main')?.insertAdjacentHTML('beforeend', '<img src="x.png"><a href="/x/"></a>'));
    const found = await violations();
    expect(found.some((line) => line.startsWith('image-alt'))).toBe(true);
    expect(found.some((line) => line.startsWith('link-name'))).toBe(true);
  });
});
