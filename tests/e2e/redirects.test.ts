import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type ConfigData } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runVerify } from '../../src/lib/verify/cli.ts';
import { buildSite } from '../helpers/build.ts';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from './serve.ts';

/**
 * The demo corpus with one article renamed (its file moved, the old id in
 * `redirect_from`) and one actor given an old id: bookmarks of the old URLs
 * must land on the new pages.
 */
const OLD = '2020/10/qatar-mou-breach';
const NEW = '2020/10/qatar-mou-breach-doha';
let site: StaticSite;
let browser: Browser;
let page: Page;
let outDir: string;
let contentDir: string;

beforeAll(async () => {
  contentDir = mkdtempSync(path.join(tmpdir(), 'marsad-renamed-'));
  cpSync('content', contentDir, { recursive: true });
  const article = path.join(contentDir, 'articles', `${OLD}.md`);
  writeFileSync(article, readFileSync(article, 'utf8').replace('\ndate:', `\nredirect_from: [${OLD}]\ndate:`));
  renameSync(article, path.join(contentDir, 'articles', `${NEW}.md`));
  const actor = path.join(contentDir, 'actors', 'qatar.md');
  writeFileSync(actor, readFileSync(actor, 'utf8').replace('\nkind:', '\nredirect_from: [state-of-qatar]\nkind:'));

  outDir = mkdtempSync(path.join(tmpdir(), 'marsad-redirects-'));
  const build = buildSite(outDir, { CONTENT_DIR: contentDir });
  if (build.status !== 0) throw new Error(`build of the renamed corpus failed:\n${build.stderr}`);
  site = await serveStatic(outDir);
  browser = await launchChromium();
  page = await browser.newPage();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a renamed article and an entity with an old id', () => {
  it('lands a reader of the old article URL on the new one', async () => {
    await page.goto(`${site.origin}/articles/${OLD}/`);
    await page.waitForURL(`${site.origin}/articles/${NEW}/`, { timeout: 10_000 });
    expect(await page.locator('h1').first().textContent()).toContain('المذكرة الأمنية');
  });

  it('lands a reader of the old actor URL on the new one', async () => {
    await page.goto(`${site.origin}/actors/state-of-qatar/`);
    await page.waitForURL(`${site.origin}/actors/qatar/`, { timeout: 10_000 });
  });

  it('writes redirect pages that pass the same HTML validation as every page', async () => {
    // The project's rules, given outright: the pages lie in a temporary folder that no .htmlvalidate.json governs.
    const validator = new HtmlValidate(new FileSystemConfigLoader(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData));
    for (const file of [`articles/${OLD}/index.html`, 'actors/state-of-qatar/index.html']) {
      const report = await validator.validateFile(path.join(outDir, file));
      expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
    }
  });

  it.each(['light', 'dark'] as const)('shows a redirect page axe finds no WCAG 2.1 A/AA violation on, %s colour scheme', async (scheme) => {
    // Without its refresh, so that the page stays long enough to be looked at.
    const html = readFileSync(path.join(outDir, 'actors/state-of-qatar/index.html'), 'utf8').replace(
      /<meta http-equiv="refresh"[^>]*>/,
      '',
    );
    await page.emulateMedia({ colorScheme: scheme });
    // On a blank page: the site's pages carry a CSP that would refuse axe's inline script.
    await page.goto('about:blank');
    await page.setContent(html);
    await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: Array<{ id: string }> }> } }).axe;
      return (await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map(
        (violation) => violation.id,
      );
    });
    expect(violations).toEqual([]);
    expect(await page.locator('a[href="/actors/qatar/"]').count()).toBe(2);
  });

  it('writes the same redirects into _redirects', () => {
    const rules = readFileSync(path.join(outDir, '_redirects'), 'utf8');
    expect(rules).toContain(`/articles/${OLD}/ /articles/${NEW}/ 301`);
    expect(rules).toContain('/actors/state-of-qatar/ /actors/qatar/ 301');
  });

  it('passes verify against a URL list of the build before the rename, and fails on a URL that was dropped', () => {
    const list = path.join(outDir, '..', `previous-${path.basename(outDir)}.txt`);
    writeFileSync(list, `/articles/${OLD}/\n/articles/${NEW}/\n/actors/qatar/\n`);
    const env = { ...process.env, CONTENT_DIR: contentDir, SITE_URL: '', BASE_PATH: '' };
    const passed = runVerify(['--dir', outDir, '--against', list], env);
    expect(passed.stdout.at(-1)).toMatch(/^✓ .*2 redirects in place; 3 URLs of the previous build still lead somewhere$/);
    expect(passed.exitCode).toBe(0);
    writeFileSync(list, '/articles/2020/10/never-redirected/\n');
    const failed = runVerify(['--dir', outDir, '--against', list], env);
    expect(failed.exitCode).toBe(1);
    expect(failed.stdout[0]).toBe(`previous URL "/articles/2020/10/never-redirected/" neither exists nor redirects: ${list}`);
  });
});
