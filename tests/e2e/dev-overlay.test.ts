/**
 * `astro dev` shows content problems as a contributor saves: an edit that
 * breaks an article brings the check's error, with its `path:line:col` and
 * code, to the open page (Astro's error overlay and the problem banner) and to
 * the terminal, in the contributor's language (Arabic here); the fix takes
 * them away. A broken date shows the date error, not Astro's 404 and routing
 * warning. Needs no build: the test starts its own dev server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContentRoot, VALID_FILES } from '../helpers/content-root.ts';
import { childEnv } from '../helpers/env.ts';
import { waitFor } from '../helpers/wait.ts';
import { launchChromium } from './browser.ts';
import { freePort } from './free-port.ts';

const ARTICLE = 'articles/2020/10/qatar-mou-breach';
const TITLE = 'قوات حفتر تعد مذكرة قطر خرقا';
/** The CPU is shared: a save reaches the page through a re-check, a content sync and a reload. */
const SHOWN_WITHIN = { timeout: 30_000, interval: 250 };

const root = makeContentRoot(VALID_FILES);
const file = path.join(root, `${ARTICLE}.md`);
const original = readFileSync(file, 'utf8');
let origin: string;
let server: ChildProcess;
let terminal = '';
let browser: Browser;
let page: Page;

/** What a host shows inside its shadow root: Playwright's CSS selectors pierce open shadow roots, innerText of the host does not. */
const textOf = async (locator: ReturnType<Page['locator']>) => ((await locator.count()) === 0 ? '' : locator.first().innerText());
const overlayText = () => textOf(page.locator('vite-error-overlay #backdrop'));
const bannerText = () => textOf(page.locator('marsad-dev-problems section'));
/** The article's title (if the page is the article) and how many overlays and banners it shows, read at one moment. */
const pageState = () =>
  page.evaluate(() => ({
    title: document.querySelector('article h1')?.textContent ?? null,
    overlays: document.querySelectorAll('vite-error-overlay').length,
    banners: document.querySelectorAll('marsad-dev-problems').length,
  }));
/** The terminal's output from now on. */
const terminalFrom = (start: number) => terminal.slice(start).replace(/\x1b\[[0-9;]*m/g, '');

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(path.resolve('node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: childEnv({ CONTENT_DIR: root, MARSAD_LANG: 'ar' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => (terminal += chunk.toString('utf8'));
  server.stdout?.on('data', collect);
  server.stderr?.on('data', collect);
  await waitFor(
    () => fetch(`${origin}/${ARTICLE}/`).then(async (response) => response.ok && (await response.text()).includes(TITLE)),
    150_000,
    'the dev server',
  );
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${origin}/${ARTICLE}/`);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

describe('the dev server shows content problems on save', () => {
  it('starts clean: the article, no overlay, no banner', async () => {
    await page.waitForTimeout(1000);
    expect(await pageState()).toEqual({ title: TITLE, overlays: 0, banners: 0 });
  });

  it('a misspelled id: the error with its place and code, in the terminal and on the page, which still renders', async () => {
    const start = terminal.length;
    writeFileSync(file, original.replace('actors: [qatar,', 'actors: [qatr,'));
    const place = `${ARTICLE}.md:5:10`;
    // Each look is polled on its own: the page reloads when Astro's content store changes, at a moment of its choosing.
    await expect
      .poll(overlayText, SHOWN_WITHIN)
      .toMatch(new RegExp(`مشكلات في المحتوى[\\s\\S]*${escapeRegExp(place)} .*"qatr".*\\[unknown-id\\]`));
    await expect.poll(bannerText, SHOWN_WITHIN).toMatch(new RegExp(`${escapeRegExp(place)} .*\\[unknown-id\\]`));
    await expect.poll(() => pageState().then((state) => state.title), SHOWN_WITHIN).toBe(TITLE);
    await expect
      .poll(() => terminalFrom(start), SHOWN_WITHIN)
      .toMatch(new RegExp(`${escapeRegExp(place)}: error: .*"qatr".*\\[unknown-id\\]`));
    expect(terminalFrom(start)).toContain('الأخطاء: 1');
  }, 120_000);

  it('the fix takes the overlay and the banner away, for good', async () => {
    const start = terminal.length;
    writeFileSync(file, original);
    await expect.poll(() => terminalFrom(start), SHOWN_WITHIN).toContain('✓ لا مشكلات');
    await expect.poll(pageState, SHOWN_WITHIN).toEqual({ title: TITLE, overlays: 0, banners: 0 });
    // Past the reload the content sync brings: nothing comes back.
    await page.waitForTimeout(3000);
    expect(await pageState()).toEqual({ title: TITLE, overlays: 0, banners: 0 });
  }, 120_000);

  it('a date that is no day: the date error, never a 404 or a routing warning', async () => {
    const start = terminal.length;
    writeFileSync(file, original.replace('date: 2020-10-26', 'date: 2020-02-30'));
    const place = `${ARTICLE}.md:3:7`;
    // The open page reloads once Astro's content store has dropped the article: then it is the dev server's page for the file.
    await expect
      .poll(() => textOf(page.locator('main')), SHOWN_WITHIN)
      .toMatch(new RegExp(`^لا تظهر هذه الصفحة حتى يُصلَح ملفها[\\s\\S]*${escapeRegExp(place)} .*2020-02-30`));
    await expect.poll(overlayText, SHOWN_WITHIN).toMatch(new RegExp(`${escapeRegExp(place)} .*2020-02-30`));
    const response = await fetch(`${origin}/${ARTICLE}/`);
    expect(response.status).not.toBe(404);
    expect(await response.text()).toContain(`${place}</bdi>`);
    await expect.poll(() => terminalFrom(start), SHOWN_WITHIN).toMatch(new RegExp(`${escapeRegExp(place)}: error: .*2020-02-30`));
    expect(terminalFrom(start)).not.toMatch(/getStaticPaths|\[router\]|\[404\]/);
  }, 120_000);

  it('and once the date is fixed, the article is back and the overlay gone', async () => {
    writeFileSync(file, original);
    await expect.poll(pageState, SHOWN_WITHIN).toEqual({ title: TITLE, overlays: 0, banners: 0 });
    await page.waitForTimeout(3000);
    expect(await pageState()).toEqual({ title: TITLE, overlays: 0, banners: 0 });
  }, 120_000);

  it('kept running through it all', () => {
    expect(server.exitCode).toBeNull();
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
