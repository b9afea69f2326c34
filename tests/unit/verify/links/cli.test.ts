import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContentRoot as makeSiteDir } from '../../../helpers/content-root.ts';

const tsx = path.resolve('node_modules/.bin/tsx');
const script = path.resolve('scripts/check-links.ts');

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(tsx, [script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, BASE_PATH: '', SITE_URL: '', GITHUB_ACTIONS: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const stackTrace = /\n\s+at .*:\d+:\d+/;
const good = {
  'index.html': '<a href="/marsad/a/">a</a><a href="https://www.wikidata.org/wiki/Q846">w</a>',
  'a/index.html': '<a href="/marsad/#top">home</a>',
};

describe('npm run check:links', () => {
  it('exits 0 on a site whose links resolve under BASE_PATH, and lists external URLs on request', () => {
    const { status, stdout } = run(['--dir', makeSiteDir(good), '--list-external'], { BASE_PATH: 'marsad' });
    expect(status).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'https://www.wikidata.org/wiki/Q846',
      '✓ 2 pages, 2 internal links, 1 external URL (not fetched): no broken links',
      '',
    ]);
  });

  it('exits 1 with one line per broken link when the base path is not the one built for', () => {
    const { status, stdout, stderr } = run(['--dir', makeSiteDir(good)]);
    expect(status).toBe(1);
    expect(stdout).toContain('a/index.html: "/marsad/#top": no file marsad/index.html\n');
    expect(stdout).toContain('index.html: "/marsad/a/": no file marsad/a/index.html\n');
    expect(stdout).toMatch(/✗ 2 broken links on 2 pages/);
    expect(`${stdout}${stderr}`).not.toMatch(stackTrace);
  });

  it('exits 2 with a one-line message when the directory is missing or an option is unknown', () => {
    const missing = run(['--dir', path.join(makeSiteDir({}), 'dist')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^check-links: .*dist: no such directory \(build the site first: npm run build\)\n$/);
    const unknown = run(['--dri', 'dist']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^check-links: Unknown option '--dri'/);
    expect(`${missing.stderr}${unknown.stderr}`).not.toMatch(stackTrace);
  });

  it('exits 2 when SITE_URL is not a URL', () => {
    const { status, stderr } = run(['--dir', makeSiteDir(good)], { SITE_URL: 'marsad.org' });
    expect(status).toBe(2);
    expect(stderr).toBe('check-links: SITE_URL: "marsad.org" is not an absolute URL\n');
  });
});
