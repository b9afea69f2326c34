import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentRoot } from '../../src/lib/check/index.ts';
import { parseMarkdown } from '../../src/lib/content/frontmatter.ts';
import { actorSchema } from '../../src/lib/content/schema.ts';
import { buildSite } from '../helpers/build.ts';
import { VALID_FILES } from '../helpers/content-root.ts';
import { childEnv } from '../helpers/env.ts';
import { launchChromium } from './browser.ts';
import { cspViolations, recordCspViolations } from './built-site.ts';
import { serveStatic, type StaticSite } from './serve.ts';
import { freePort } from './free-port.ts';

/**
 * The web editor's round trip with no network: a site built from a small
 * content root in a temporary git repository, decap-server (the CMS's local
 * backend) in its `git` mode on a free port, and Chromium creating an article
 * at /admin/. The editorial workflow keeps the new article on a `cms/…` branch
 * (on GitHub, a pull request) until it is published into `main`.
 */
let repo: string;
let outDir: string;
let site: StaticSite;
let server: ChildProcess;
let serverLog = '';
let browser: Browser;
let page: Page;

const ARTICLE = 'content/articles/2024/05/2024-05-01.md';
/** An actor with an alias in the object form, which the form shows one per line but must not flatten. */
const SARRAJ = 'content/actors/fayez-al-sarraj.md';
const SARRAJ_TEXT =
  '---\nname: فائز السراج\nname_en: Fayez al-Sarraj\nkind: person\naliases:\n  - { text: السراج, weak: true }\n  - al-Sarraj\n---\nسياسي ليبي.\n';

function git(...args: string[]): string {
  const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

async function startDecapServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.resolve('node_modules/decap-server/dist/index.js')], {
    // cwd is the repository, so decap-server's dotenv finds no stray .env of this project.
    cwd: repo,
    // MODE after childEnv, which drops Vitest's own MODE: `git` is the mode with the editorial workflow (branches), `fs` has none.
    env: { ...childEnv({ PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'info' }), MODE: 'git' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => (serverLog += chunk.toString());
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const deadline = Date.now() + 20_000;
  while (!/listening/i.test(serverLog)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`decap-server did not start:\n${serverLog}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return child;
}

/** Loads /admin/ afresh at a route, logging in (one button, with the local backend) when the CMS asks, until `ready` shows. */
async function openAdmin(route: string, ready: string): Promise<void> {
  // A blank page first: a change of the #route alone would not reload the CMS.
  await page.goto('about:blank');
  await page.goto(`${site.origin}/admin/#${route}`);
  const login = page.getByRole('button', { name: 'الدخول' });
  const form = page.locator(ready).first();
  await Promise.race([login.waitFor({ timeout: 30_000 }), form.waitFor({ timeout: 30_000 })]);
  if (await login.isVisible()) await login.click();
  await form.waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  repo = mkdtempSync(path.join(tmpdir(), 'marsad-cms-'));
  const files = { ...VALID_FILES, [SARRAJ.slice('content/'.length)]: SARRAJ_TEXT };
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(repo, 'content', relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Marsad test');
  git('config', 'user.email', 'test@example.org');
  git('add', '.');
  git('commit', '-q', '-m', 'content');

  const port = await freePort();
  outDir = mkdtempSync(path.join(tmpdir(), 'marsad-cms-site-'));
  const build = buildSite(outDir, {
    CONTENT_DIR: path.join(repo, 'content'),
    MARSAD_CMS_LOCAL_PORT: String(port),
    MARSAD_CMS_CONTENT_PATH: 'content',
    BASE_PATH: '/',
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
  server = await startDecapServer(port);
  site = await serveStatic(outDir, '/');
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await recordCspViolations(page);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  server?.kill();
  if (repo) rmSync(repo, { recursive: true, force: true });
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the web editor at /admin/ with the local backend', () => {
  it('opens right-to-left in Arabic, self-hosted, under its own policy', async () => {
    const external: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol.startsWith('http')) external.push(request.url());
    });
    await page.goto(`${site.origin}/admin/`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
    await page.getByRole('button', { name: 'الدخول' }).click();
    await page.getByText('الأخبار').first().waitFor({ timeout: 30_000 });
    // admin/rtl.css: the list sits beside the sidebar, which right-to-left moves to the right, not under it.
    const sidebar = await page.locator('[class*="-SidebarContainer"]').boundingBox();
    const listTop = await page.locator('[class*="-CollectionTopContainer"]').boundingBox();
    expect(sidebar && listTop && listTop.x + listTop.width <= sidebar.x).toBe(true);
    expect(external).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('leaves the public pages their own policy, and the editor out of the sitemap', async () => {
    const headers = readFileSync(path.join(outDir, '_headers'), 'utf8');
    const sitePolicy = /^\/\*\n(?:  .*\n)*?  Content-Security-Policy: (.*)$/m.exec(headers)?.[1] ?? '';
    expect(sitePolicy).toMatch(/script-src 'self'/);
    expect(sitePolicy).not.toMatch(/'unsafe-eval'|'unsafe-inline'|localhost/);
    expect(headers).toMatch(/^\/admin\/\*\n  ! Content-Security-Policy\n  Content-Security-Policy: .*'unsafe-eval'/m);
    await page.goto(`${site.origin}/`);
    expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).not.toMatch(
      /'unsafe-eval'|'unsafe-inline'/,
    );
    expect(readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8')).not.toContain('admin');
    expect(existsSync(path.join(outDir, 'admin', 'decap-cms.js'))).toBe(true);
  });

  it('creates an article, proposes it on a cms/ branch, and publishes a file that passes the check', async () => {
    await openAdmin('/collections/articles/new', 'input[id^="title-field"]');
    await page.locator('input[id^="title-field"]').fill('قطر توقع اتفاقاً جديداً');
    // The first date input is the article's; the source's own date comes later, inside its group.
    await page.locator('input[id^="date-field"]').first().fill('2024-05-01');
    await page.locator('textarea[id^="summary-field"]').fill('خبر تجريبي من المحرر.');
    // The actors list offers the entities of the content root by name.
    await page.locator('input[id^="actors-field"]').fill('قطر');
    await page.getByText('قطر (qatar)', { exact: true }).click();
    const body = page.locator('[data-slate-editor="true"]').first();
    await body.click();
    await page.keyboard.type('وقّعت قطر اتفاقاً جديداً اليوم.');

    await page.getByRole('button', { name: 'احفظ' }).click();
    // Saved, not published: the proposal lives on its own branch, as a pull request would (polled: decap-server branches, then commits).
    const branch = 'cms/articles/2024/05/2024-05-01';
    const proposedFile = () => spawnSync('git', ['show', `${branch}:${ARTICLE}`], { cwd: repo, encoding: 'utf8' });
    await expect.poll(() => proposedFile().status, { timeout: 20_000 }).toBe(0);
    const proposed = proposedFile().stdout;
    expect(git('ls-tree', '--name-only', 'main', '--', ARTICLE).trim()).toBe('');
    const parsed = parseMarkdown(proposed);
    expect(parsed.data).toMatchObject({ title: 'قطر توقع اتفاقاً جديداً', summary: 'خبر تجريبي من المحرر.', actors: ['qatar'] });
    expect(String((parsed.data as Record<string, unknown>)['date'])).toMatch(/^2024-05-01/);
    expect(parsed.body).toContain('وقّعت قطر اتفاقاً جديداً اليوم.');

    // Ready, then publish: the branch is merged into main's working tree.
    await page.getByRole('button', { name: /الحالة/ }).click();
    await page.getByRole('menuitem', { name: 'جاهز' }).click();
    // Publishing before the status change is stored only shows "set the status to ready first".
    await page.getByText('تغيّرت الحالة').first().waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'انشر' }).click();
    await page.getByRole('menuitem', { name: 'انشر الآن' }).click();
    await expect.poll(() => git('ls-tree', '--name-only', 'main', '--', ARTICLE).trim(), { timeout: 20_000 }).toBe(ARTICLE);
    // decap-server checks branches out while it works: read the files once it is back on main.
    await expect.poll(() => git('rev-parse', '--abbrev-ref', 'HEAD').trim(), { timeout: 20_000 }).toBe('main');
    expect(git('status', '--porcelain')).toBe('');

    const result = checkContentRoot(path.join(repo, 'content'));
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const article = result.corpus.articles.find((entry) => entry.id === '2024/05/2024-05-01');
    expect(article?.data).toMatchObject({ title: 'قطر توقع اتفاقاً جديداً', date: '2024-05-01', actors: ['qatar'], draft: false });
    expect(readFileSync(path.join(repo, ARTICLE), 'utf8')).toContain('وقّعت قطر اتفاقاً جديداً اليوم.');
    expect(await cspViolations(page)).toEqual([]);
  });

  it('edits an existing actor and keeps the object form of its alias', async () => {
    await openAdmin('/collections/actors/entries/fayez-al-sarraj', 'input[id^="name_en-field"]');
    const englishName = page.locator('input[id^="name_en-field"]');
    // Filled only once the entry has loaded, or loading would overwrite the change.
    await expect.poll(() => englishName.inputValue(), { timeout: 20_000 }).toBe('Fayez al-Sarraj');
    await englishName.fill('Fayez Al-Sarraj');
    await page.getByRole('button', { name: 'احفظ' }).click();
    const proposedFile = () => spawnSync('git', ['show', `cms/actors/fayez-al-sarraj:${SARRAJ}`], { cwd: repo, encoding: 'utf8' });
    // The branch starts from main, with the old file, before the change is committed to it.
    await expect.poll(() => proposedFile().stdout, { timeout: 20_000 }).toContain('Fayez Al-Sarraj');
    const parsed = parseMarkdown(proposedFile().stdout);
    expect(parsed.data).toEqual({
      name: 'فائز السراج',
      name_en: 'Fayez Al-Sarraj',
      kind: 'person',
      aliases: [{ text: 'السراج', weak: true }, 'al-Sarraj'],
    });
    expect(actorSchema.safeParse(parsed.data).success).toBe(true);
    expect(parsed.body.trim()).toBe('سياسي ليبي.');
  });
});
