import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { makeContentRoot, VALID_FILES } from '../helpers/content-root.ts';
import { childEnv } from '../helpers/env.ts';
import { waitFor } from '../helpers/wait.ts';

/** A line of a JavaScript stack trace, or V8 running out of memory. */
const CRASH = /^\s+at |FATAL ERROR|heap out of memory|ELOOP/m;

function build(root: string): { status: number | null; output: string } {
  const result = buildSite(mkdtempSync(path.join(tmpdir(), 'marsad-unusual-')), { CONTENT_DIR: root });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Content that is unusual but plausible stops `npm run build` with the file
 * named, exit 1 and no stack trace: a year typed as 9999 once made the build
 * run out of memory, a link to its own folder once ended in a trace from statSync.
 */
describe('building unusual content', () => {
  it('an article dated 9999-12-31 stops at its date, path:line:col', () => {
    const article = 'articles/9999/12/typo.md';
    const root = makeContentRoot({
      ...VALID_FILES,
      [article]: '---\ntitle: خبر بتاريخ خاطئ\ndate: 9999-12-31\nsummary: ملخص.\nactors: [qatar]\n---\n\nعن قطر.\n',
    });
    const { status, output } = build(root);
    expect(status).toBe(1);
    expect(output).toMatch(
      /articles\/9999\/12\/typo\.md:3:7: error: `date`: 9999-12-31 is after \d{4}, the end of next year: check the year/,
    );
    expect(output).not.toMatch(CRASH);
  }, 180_000);

  it('a symbolic link to its own parent folder stops naming the link', () => {
    const root = makeContentRoot(VALID_FILES);
    symlinkSync('..', path.join(root, 'articles/2020/loop'));
    const { status, output } = build(root);
    expect(status).toBe(1);
    expect(output).toMatch(
      /articles\/2020\/loop:1:1: error: is a symbolic link to "\.\.", a folder that contains the link, so reading it would never end/,
    );
    expect(output).not.toMatch(CRASH);
  }, 180_000);
});

/** `npm run dev` on the demo with a looping link: the watcher does not follow it, pages are served, the link is named. */
describe('the dev server with a looping link', () => {
  it('serves pages and reports the link as path: message', async () => {
    const content = mkdtempSync(path.join(tmpdir(), 'marsad-dev-loop-'));
    cpSync(path.resolve('content'), content, { recursive: true });
    symlinkSync('..', path.join(content, 'articles/2020/loop'));
    const port = 4800 + Math.floor(Math.random() * 500);
    const server = spawn(path.resolve('node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
      env: childEnv({ CONTENT_DIR: content }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const page = () => fetch(`http://127.0.0.1:${port}/articles/2015/03/haftar-appointed-commander/`).then((response) => response.text());
      await waitFor(() => page().then((html) => html.includes('<h1')), 60_000, 'the dev server');
      // A watcher that followed the link would report ELOOP within moments of starting.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(output).toMatch(/articles\/2020\/loop:1:1: error: is a symbolic link to "\.\.", a folder that contains the link/);
      expect(output).not.toMatch(CRASH);
      expect(server.exitCode).toBeNull();
    } finally {
      server.kill();
    }
  }, 120_000);
});
