import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/synthetic/writer.ts';
import { runVerify } from '../../src/lib/verify/cli.ts';
import { buildSite } from '../helpers/build.ts';

/**
 * The whole pipeline on 1,000 generated articles: every article and entity
 * page exists, is in the sitemap and the search index, and every entity page
 * lists every article that mentions it. Timings belong to `npm run bench`, not here.
 */
describe('a generated corpus of 1,000 articles', () => {
  it('builds with nothing lost', () => {
    const content = mkdtempSync(path.join(tmpdir(), 'marsad-scale-content-'));
    const outDir = mkdtempSync(path.join(tmpdir(), 'marsad-scale-site-'));
    const summary = writeCorpus({ articles: 1000, entities: 150, out: content, seed: 7, force: true });
    expect(summary.articles).toBe(1000);

    const build = buildSite(outDir, { CONTENT_DIR: content });
    expect(build.status, build.stderr.slice(-2000)).toBe(0);

    const verified = runVerify(['--dir', outDir], { CONTENT_DIR: content });
    expect(verified.stdout.concat(verified.stderr).join('\n')).toMatch(/^✓ /m);
    expect(verified.exitCode).toBe(0);
  }, 600_000);
});
