import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { addPolicyToHeaders, mergePolicies, metaPolicies } from '../../../src/lib/security/csp.ts';
import { cspHash, THEME_SCRIPT } from '../../../src/lib/security/inline-scripts.ts';

describe('the site-wide policy', () => {
  it('is the union of the page policies, each source once, plus frame-ancestors', () => {
    const merged = mergePolicies([
      "default-src 'self'; script-src 'self' 'sha256-a'",
      "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self'",
    ]);
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; frame-ancestors 'none'");
  });
  it('reads the policies from the pages', () => {
    expect(metaPolicies('<meta http-equiv="content-security-policy" content="script-src &#39;self&#39;">')).toEqual(["script-src 'self'"]);
  });
  it('keeps a policy without keeping the page it was read from', () => {
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    const policy = `default-src 'self'; script-src 'self' '${'sha256-' + 'a'.repeat(44)}'`;
    // Quotes as Astro writes them: nothing to unescape, so nothing is copied by the way.
    const meta = `<meta http-equiv="content-security-policy" content="${policy}">`;
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const kept: string[] = [];
    // 50 pages of 1 MB each, two bytes a character (Arabic), as the build reads 100,000 heads.
    for (let page = 0; page < 50; page++)
      kept.push(...metaPolicies(`<head>${meta}<title>${page} ${'حكومة الوفاق الوطني '.repeat(26_000)}</title></head>`));
    collectGarbage();
    expect(kept).toEqual(Array.from({ length: 50 }, () => policy));
    expect((process.memoryUsage().heapUsed - before) / 1e6).toBeLessThan(5);
  });
  it('goes into the /* block of _headers, replacing an older one', () => {
    const headers = '# comment\n/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: old\n\n/_astro/*\n  Cache-Control: x\n';
    expect(addPolicyToHeaders(headers, "default-src 'self'")).toBe(
      "# comment\n/*\n  Content-Security-Policy: default-src 'self'\n  X-Frame-Options: DENY\n\n/_astro/*\n  Cache-Control: x\n",
    );
    expect(addPolicyToHeaders('', "default-src 'self'")).toBe("\n\n/*\n  Content-Security-Policy: default-src 'self'\n");
  });
});

describe('the inline theme script', () => {
  it('has the hash a browser computes for it', () => {
    expect(cspHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
    expect(cspHash(THEME_SCRIPT)).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
  });
});
