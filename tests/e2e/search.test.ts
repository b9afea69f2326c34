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

/** Presses «نتائج أخرى» on the search page until `count` results are shown or there are no more. */
async function showAtLeast(count: number): Promise<void> {
  const more = page.locator('[data-search-page] [data-search-more]');
  while ((await resultLinks()).length < count && (await more.isVisible())) {
    const before = (await resultLinks()).length;
    await more.click();
    await expect.poll(async () => (await resultLinks()).length, { timeout: 10_000 }).toBeGreaterThan(before);
  }
}

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

describe('more results', () => {
  it('shows ten, then ten more at each press of «نتائج أخرى», going on from the first one added', async () => {
    await page.goto(`${site.origin}${basePath}search/?q=${encodeURIComponent('ليبيا')}`);
    await page.waitForSelector('form[data-search-state="done"]', { timeout: 10_000 });
    const status = (await page.locator('[data-search-page] [data-search-status]').textContent()) ?? '';
    // The count as the status writes it, in the site's digits.
    const total = Number((/[\d٠-٩]+/.exec(status)?.[0] ?? '').replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660)));
    expect(total).toBeGreaterThan(10);
    const first = await resultLinks();
    expect(first).toHaveLength(10);
    const more = page.locator('[data-search-page] [data-search-more]');
    await expect.poll(() => more.isVisible()).toBe(true);

    await more.click();
    await expect.poll(async () => (await resultLinks()).length, { timeout: 10_000 }).toBe(Math.min(total, 20));
    const second = await resultLinks();
    expect(second.slice(0, 10)).toEqual(first);
    expect(new Set(second).size).toBe(second.length);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(second[10]);

    for (let presses = 0; presses < total && (await more.isVisible()); presses++) {
      const before = (await resultLinks()).length;
      await more.click();
      await expect.poll(async () => (await resultLinks()).length, { timeout: 10_000 }).toBeGreaterThan(before);
    }
    expect(await resultLinks()).toHaveLength(total);
    expect(await more.isVisible()).toBe(false);
  });

  it('starts again from ten for a new query', async () => {
    await page.locator('[data-search-page] [data-search-input]').fill('حكومة الوفاق');
    await expect
      .poll(() => page.locator('form[data-search-state]').first().getAttribute('data-search-state'), { timeout: 10_000 })
      .toBe('done');
    await expect.poll(async () => (await resultLinks()).length, { timeout: 10_000 }).toBeLessThanOrEqual(10);
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

  it('lists every dated page the query finds, by date both ways, and leaves out the pages without a date', async () => {
    const every = async (sort: string) => {
      await page.goto(`${site.origin}${basePath}search/?q=${encodeURIComponent('ليبيا')}${sort}`);
      await page.waitForSelector('form[data-search-state="done"]', { timeout: 10_000 });
      await showAtLeast(Number.POSITIVE_INFINITY);
      return resultLinks();
    };
    const dates = pageDates();
    const [relevant, newest, oldest] = [await every(''), await every('&sort=desc'), await every('&sort=asc')];
    const dated = relevant.filter((link) => dates.has(link));
    expect(dated.length).toBeGreaterThan(10);
    // Actors have no date: found by relevance, left out of a sorted list.
    expect(relevant.some((link) => link.startsWith(`${basePath}actors/`))).toBe(true);
    expect([...newest].sort()).toEqual([...dated].sort());
    const datesOf = (links: string[]) => links.map((link) => dates.get(link) ?? '');
    expect(datesOf(newest)).toEqual(datesOf(newest).sort().reverse());
    // Equal dates come back in opposite orders, as Pagefind's own sort gave them.
    expect(oldest).toEqual([...newest].reverse());
  });
});

/** The site path and source text of every published content file under `folder` (a folder of content/). */
function publishedSources(folder = ''): Array<{ sitePath: string; text: string }> {
  const found: Array<{ sitePath: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.md')) {
        const text = readFileSync(file, 'utf8');
        if (!/^draft:\s*true/mu.test(text))
          found.push({ sitePath: `${basePath}${path.relative('content', file).replace(/\.md$/u, '')}/`, text });
      }
    }
  };
  walk(path.join('content', folder));
  return found;
}

/** The date of every published article and signed agreement, by site path. */
function pageDates(): Map<string, string> {
  return new Map(
    [...publishedSources('articles'), ...publishedSources('agreements')].flatMap(({ sitePath, text }) => {
      const date = /^(?:date|signed):\s*['"]?(\d{4}-\d{2}-\d{2})/mu.exec(text)?.[1];
      return date ? [[sitePath, date] as const] : [];
    }),
  );
}

/** Site paths of the published pages whose source writes 5+5, with or without spaces, in either digits. */
function pagesWriting5Plus5(): string[] {
  return publishedSources()
    .filter(({ text }) => /[5٥]\s*\+\s*[5٥]/u.test(text))
    .map(({ sitePath }) => sitePath);
}

describe('a name written with a symbol', () => {
  it('«5+5» and «5 + 5» find the pages that write 5+5 first, the commission and its explainer at the top', async () => {
    const expected = pagesWriting5Plus5();
    expect(expected).toContain(`${basePath}actors/joint-military-commission/`);
    const found: string[][] = [];
    for (const query of ['5+5', '5 + 5']) {
      await page.goto(`${site.origin}${basePath}search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('form[data-search-state="done"]', { timeout: 10_000 });
      await showAtLeast(expected.length);
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
