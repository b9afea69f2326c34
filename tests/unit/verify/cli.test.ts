import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVerify } from '../../../src/lib/verify/cli.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const contentRoot = makeContentRoot({ 'actors/qatar.md': VALID_FILES['actors/qatar.md']! });

/** The site of `contentRoot` under `basePath`: one actor page, in the sitemap and the index. */
const site = (basePath: string, pageCount = 1) =>
  makeContentRoot({
    'actors/qatar/index.html': `<p>لا أخبار عنه بعد.</p><a href="${basePath}actors/qatar/">self</a>`,
    'sitemap.xml': `<urlset><url><loc>${basePath}actors/qatar/</loc></url></urlset>`,
    'pagefind/pagefind-entry.json': JSON.stringify({ languages: { ar: { page_count: pageCount } } }),
  });

const env = (extra: Record<string, string> = {}) => ({ CONTENT_DIR: contentRoot, SITE_URL: '', BASE_PATH: '', ...extra });
const stackTrace = /\n\s+at .*:\d+:\d+/;

describe('runVerify', () => {
  it('exits 0 with the ✓ line on a good site, under BASE_PATH', () => {
    const run = runVerify(['--dir', site('/marsad/')], env({ BASE_PATH: 'marsad' }));
    expect(run).toEqual({
      exitCode: 0,
      stdout: [
        '✓ 1 page (0 articles, 1 actor, 0 agreements), each built once and in the sitemap and the search index; 0 backlinks listed; 1 internal link resolve',
      ],
      stderr: [],
    });
  });

  it('exits 1 with one line per problem and the ✗ count', () => {
    const run = runVerify(['--dir', site('/', 2)], env());
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toEqual([
      'search index holds 2 pages, the site has 1 article, actor and agreement pages: pagefind/pagefind-entry.json',
      '✗ 1 problem',
    ]);
  });

  it('reads --dir relative to the working directory, and dist by default', () => {
    const dir = site('/');
    expect(runVerify(['--dir', path.basename(dir)], env(), path.dirname(dir)).exitCode).toBe(0);
    const parent = makeContentRoot({ 'dist/sitemap.xml': '<urlset></urlset>' });
    expect(runVerify([], env(), parent).stdout).toEqual([
      `no page for ${path.join(contentRoot, 'actors/qatar.md')}: actors/qatar/index.html`,
      'no search index: pagefind/pagefind-entry.json',
      '✗ 2 problems',
    ]);
  });

  it('exits 2 with a one-line message on bad usage', () => {
    expect(runVerify(['--dri', 'x'], env())).toEqual({
      exitCode: 2,
      stdout: [],
      stderr: [expect.stringMatching(/^verify: Unknown option '--dri'/)],
    });
    expect(runVerify(['--dir', '/nonexistent/dist'], env()).stderr).toEqual([
      'verify: /nonexistent/dist: no such directory (build the site first: npm run build)',
    ]);
    expect(runVerify(['--dir', site('/')], env({ CONTENT_DIR: '/nonexistent/content' })).stderr).toEqual([
      'verify: /nonexistent/content: no content folder (set CONTENT_DIR to the one the site was built from)',
    ]);
    expect(runVerify(['--dir', site('/')], env({ SITE_URL: 'marsad.org' }))).toEqual({
      exitCode: 2,
      stdout: [],
      stderr: ['verify: SITE_URL: "marsad.org" is not an absolute URL'],
    });
  });
});

describe('scripts/verify.ts', () => {
  const run = (args: string[], extra: Record<string, string> = {}) =>
    spawnSync(path.resolve('node_modules/.bin/tsx'), [path.resolve('scripts/verify.ts'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...env(extra) },
    });

  it('prints the report and sets the exit code, without stack traces', () => {
    const good = run(['--dir', site('/')]);
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/^✓ 1 page /);
    const bad = run(['--dir', site('/', 0)]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/\n✗ 1 problem\n$/);
    const usage = run(['--dir', '/nonexistent/dist']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe('verify: /nonexistent/dist: no such directory (build the site first: npm run build)\n');
    expect(`${good.stderr}${bad.stderr}${usage.stderr}`).not.toMatch(stackTrace);
    // Three tsx processes in a row: seconds each on a loaded two-core machine, more than vitest's default 5 s.
  }, 60_000);
});

describe('runVerify --against', () => {
  const previous = makeContentRoot({ 'urls.txt': '/actors/qatar/\n/actors/gone/\n' });
  const list = path.join(previous, 'urls.txt');

  it('fails on a URL of the previous build that leads nowhere, from --against or MARSAD_PREVIOUS_SITEMAP', () => {
    const expected = [`previous URL "/actors/gone/" neither exists nor redirects: ${list}`, '✗ 1 problem'];
    expect(runVerify(['--dir', site('/'), '--against', list], env()).stdout).toEqual(expected);
    expect(runVerify(['--dir', site('/')], env({ MARSAD_PREVIOUS_SITEMAP: list })).stdout).toEqual(expected);
  });

  it('is bad usage when the list is not a file', () => {
    const run = runVerify(['--dir', site('/'), '--against', path.join(previous, 'missing.xml')], env());
    expect(run.exitCode).toBe(2);
    expect(run.stderr[0]).toMatch(/missing\.xml: no such file \(--against reads a local sitemap or URL list\)$/);
  });
});
