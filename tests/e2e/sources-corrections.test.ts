import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { makeContentRoot, VALID_FILES } from '../helpers/content-root.ts';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from './serve.ts';

/**
 * What a reader sees of sources and corrections: a small content root with one
 * article citing two sources (one with an archived copy) and corrected once,
 * built and opened in Chromium.
 */
const ARTICLE = '2020/10/qatar-mou-breach';
const ORIGINAL = 'https://example.org/qna/2020/10/26/mou';
const ARCHIVED = 'https://web.archive.org/web/20201026120000/https://example.org/qna/2020/10/26/mou';
const CORRECTION = 'كان الخبر ينسب البيان إلى الناطق باسم الحكومة، والصحيح أنه صدر عن وزارة الخارجية.';
const FILES = {
  ...VALID_FILES,
  [`articles/${ARTICLE}.md`]: [
    '---',
    'title: قوات حفتر تعد مذكرة قطر خرقا',
    'date: 2020-10-26',
    'updated: 2020-10-28',
    'summary: خبر قصير.',
    'actors: [qatar, libyan-national-army]',
    'sources:',
    '  - name: وكالة الأنباء القطرية',
    `    url: ${ORIGINAL}`,
    `    archived_url: ${ARCHIVED}`,
    '    date: 2020-10-26',
    '    note: نص المذكرة كما أعلنته الوكالة',
    '  - name: بيان القيادة العامة',
    'corrections:',
    '  - date: 2020-10-28',
    `    text: ${CORRECTION}`,
    '---',
    '',
    'اعتبرت قوات حفتر أن مذكرة التفاهم مع قطر خرق لاتفاق وقف إطلاق النار الدائم.',
    '',
  ].join('\n'),
};

let outDir: string;
let site: StaticSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'marsad-sources-'));
  const build = buildSite(outDir, { CONTENT_DIR: makeContentRoot(FILES) });
  if (build.status !== 0) throw new Error(`the content did not build:\n${build.stdout}\n${build.stderr}`);
  site = await serveStatic(outDir);
  browser = await launchChromium();
  page = await browser.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('an article with sources and a correction', () => {
  beforeAll(async () => {
    await page.goto(`${site.origin}/articles/${ARTICLE}/`);
  });

  it('shows a sources section headed «المصادر», each source named, with the original and its archived copy linked', async () => {
    const section = page.getByRole('region', { name: 'المصادر' });
    await expect(section.isVisible()).resolves.toBe(true);
    const items = section.getByRole('listitem');
    expect(await items.count()).toBe(2);
    const first = items.nth(0);
    expect(await first.getByRole('link', { name: 'وكالة الأنباء القطرية' }).getAttribute('href')).toBe(ORIGINAL);
    expect(await first.getByRole('link', { name: 'نسخة مؤرشفة' }).getAttribute('href')).toBe(ARCHIVED);
    expect(await first.locator('time').getAttribute('datetime')).toBe('2020-10-26');
    expect(await first.innerText()).toContain('نص المذكرة كما أعلنته الوكالة');
    // A source without an address is named, not linked, and has no archive link.
    expect(await items.nth(1).innerText()).toContain('بيان القيادة العامة');
    expect(await items.nth(1).getByRole('link').count()).toBe(0);
  });

  it('shows the correction, dated, at the top of the article: before its text', async () => {
    const notice = page.getByRole('complementary', { name: 'تصحيح' });
    await expect(notice.isVisible()).resolves.toBe(true);
    expect(await notice.innerText()).toContain(CORRECTION);
    expect(await notice.locator('time').getAttribute('datetime')).toBe('2020-10-28');
    const before = await page.evaluate(() => {
      const aside = document.querySelector('article aside.corrections');
      const prose = document.querySelector('article .prose');
      return aside !== null && prose !== null && (aside.compareDocumentPosition(prose) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(before).toBe(true);
    const box = await notice.boundingBox();
    const text = await page.locator('article .prose').boundingBox();
    expect(box && text && box.y < text.y).toBe(true);
  });

  it('tells search engines about both in its JSON-LD', async () => {
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(ld.isBasedOn[0]).toMatchObject({ '@type': 'CreativeWork', url: ORIGINAL, archivedAt: ARCHIVED });
    expect(ld.correction).toEqual([{ '@type': 'CorrectionComment', text: CORRECTION, datePublished: '2020-10-28' }]);
  });
});

describe('/corrections/', () => {
  it('lists the correction with the article title linked to the notice, its date and its text', async () => {
    await page.goto(`${site.origin}/corrections/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('التصحيحات');
    const entry = page.locator('.corrections-list > li');
    expect(await entry.count()).toBe(1);
    const link = entry.getByRole('link', { name: 'قوات حفتر تعد مذكرة قطر خرقا' });
    expect(await link.getAttribute('href')).toBe(`/articles/${ARTICLE}/#correction-2020-10-28`);
    expect(await entry.locator('time').getAttribute('datetime')).toBe('2020-10-28');
    expect(await entry.innerText()).toContain(CORRECTION);
    await link.click();
    await page.waitForURL(`**/articles/${ARTICLE}/#correction-2020-10-28`);
    expect(await page.locator(':target').innerText()).toContain(CORRECTION);
  });

  it('links its feed, which exists and carries the correction', async () => {
    await page.goto(`${site.origin}/corrections/`);
    const feedLink = page.getByRole('link', { name: 'تابع التصحيحات بخلاصة RSS' });
    expect(await feedLink.getAttribute('href')).toBe('/corrections/feed.xml');
    expect(await page.locator('link[rel="alternate"][href="/corrections/feed.xml"]').count()).toBe(1);
    const response = await page.request.get(`${site.origin}/corrections/feed.xml`);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(xml).toContain('<title>تصحيح: قوات حفتر تعد مذكرة قطر خرقا</title>');
    expect(xml).toContain(CORRECTION);
    expect(readFileSync(path.join(outDir, 'corrections/feed.xml'), 'utf8')).toBe(xml);
  });
});
