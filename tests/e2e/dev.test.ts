import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from '../helpers/env.ts';
import { waitFor } from '../helpers/wait.ts';

/** `npm run dev` on a copy of the demo content: edits show without a restart, and an alias edit relinks articles. */
const PORT = 4300 + Math.floor(Math.random() * 500);
const origin = `http://127.0.0.1:${PORT}`;
const content = mkdtempSync(path.join(tmpdir(), 'marsad-dev-'));
const ARTICLE = 'articles/2015/03/haftar-appointed-commander';
let server: ChildProcess;

async function page(pathname: string): Promise<string> {
  const response = await fetch(`${origin}/${pathname}/`);
  return response.text();
}

beforeAll(async () => {
  cpSync(path.resolve('content'), content, { recursive: true });
  server = spawn(path.resolve('node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(PORT)], {
    env: childEnv({ CONTENT_DIR: content }),
    stdio: 'ignore',
  });
  await waitFor(() => page(ARTICLE).then((html) => html.includes('<h1')), 60_000, 'the dev server');
}, 90_000);

afterAll(() => {
  server?.kill();
});

const linksToQatar = (html: string) => (html.match(/<a [^>]*href="\/actors\/qatar\/"[^>]*class="entity-link"/g) ?? []).length;

describe('the dev server', () => {
  it('shows an edited article without a restart', async () => {
    const file = path.join(content, `${ARTICLE}.md`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nفقرة أضيفت أثناء المعاينة.\n`);
    await expect
      .poll(() => page(ARTICLE).then((html) => html.includes('فقرة أضيفت أثناء المعاينة')), { timeout: 20_000, interval: 300 })
      .toBe(true);
  });

  it('relinks articles when an entity gains an alias', async () => {
    expect(linksToQatar(await page(ARTICLE))).toBe(0);
    const entity = path.join(content, 'actors/qatar.md');
    writeFileSync(entity, readFileSync(entity, 'utf8').replace('aliases:\n', 'aliases:\n  - طرابلس\n'));
    await expect.poll(async () => linksToQatar(await page(ARTICLE)), { timeout: 20_000, interval: 300 }).toBe(1);
  });

  it('serves the open data from the content as it is now', async () => {
    const mentions = async () => {
      const response = await fetch(`${origin}/data/mentions.json`);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      return (await response.json()) as { content_digest: string; mentions: Array<{ article: string; text: string }> };
    };
    const before = await mentions();
    expect(before.mentions.length).toBeGreaterThan(50);
    const file = path.join(content, `${ARTICLE}.md`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nوزارت بعثة الأمم المتحدة بنغازي.\n`);
    await expect.poll(async () => (await mentions()).content_digest, { timeout: 20_000, interval: 300 }).not.toBe(before.content_digest);
    expect((await fetch(`${origin}/data/nothing.json`)).status).toBe(404);
  });
});
