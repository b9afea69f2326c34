import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveKeptMemos } from '../../../src/lib/build/kept-work.ts';
import { pagePolicies } from '../../../src/lib/security/page-policies.ts';

const page = (policy: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>نص</body></html>`;

describe('the policies the built pages declare', () => {
  const site = mkdtempSync(path.join(tmpdir(), 'marsad-policies-site-'));
  mkdirSync(path.join(site, 'a'));
  writeFileSync(path.join(site, 'index.html'), page("default-src 'self'"));
  writeFileSync(path.join(site, 'a/index.html'), page("default-src 'self'"));
  writeFileSync(path.join(site, 'b.html'), page("script-src 'self' &#39;sha256-x&#39;"));
  const files = ['index.html', 'a/index.html', 'b.html'];

  it('gives each distinct policy once, decoded', () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'marsad-policies-cache-'));
    expect([...pagePolicies(site, files, cache)].sort()).toEqual(["default-src 'self'", "script-src 'self' 'sha256-x'"]);
  });

  it('reads a page written again, and keeps the policies of the pages left as they were', () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'marsad-policies-cache-'));
    pagePolicies(site, files, cache);
    saveKeptMemos();
    // Longer than before, so that the file's identity changes however coarse the clock.
    writeFileSync(path.join(site, 'a/index.html'), page("default-src 'self'; img-src 'self' data:"));
    expect([...pagePolicies(site, files, cache)].sort()).toEqual([
      "default-src 'self'",
      "default-src 'self'; img-src 'self' data:",
      "script-src 'self' 'sha256-x'",
    ]);
    writeFileSync(path.join(site, 'a/index.html'), page("default-src 'self'"));
  });

  it('does not read again a page whose file is the same file, of the same size and time, as last build', () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'marsad-policies-cache-'));
    const file = path.join(site, 'b.html');
    const stamp = new Date('2026-01-01T00:00:00Z');
    utimesSync(file, stamp, stamp);
    pagePolicies(site, files, cache);
    saveKeptMemos();
    // Same length, same time: what the incremental build leaves alone looks like this, and its policies come from the cache.
    writeFileSync(file, page("script-src 'self' &#39;sha256-y&#39;"));
    utimesSync(file, stamp, stamp);
    expect(pagePolicies(site, files, cache)).toContain("script-src 'self' 'sha256-x'");
    writeFileSync(file, page("script-src 'self' &#39;sha256-x&#39;"));
  });
});
