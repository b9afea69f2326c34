import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOutput, outputTrusted, removeStaleOutput, sealOutput } from '../../../src/lib/build/kept-output.ts';

function site(): { outDir: string; record: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'marsad-kept-'));
  const outDir = path.join(root, 'dist');
  mkdirSync(path.join(outDir, 'articles/a'), { recursive: true });
  writeFileSync(path.join(outDir, 'articles/a/index.html'), 'a');
  return { outDir, record: path.join(root, 'cache/kept-output.json') };
}

/** Another build's files: a file added to the folder, or one removed from it, as any build does. */
function otherBuildWrites(outDir: string): void {
  writeFileSync(path.join(outDir, 'robots.txt'), 'other');
}

describe('the built site kept between builds', () => {
  it('is trusted only after a build with this cache sealed it, and not while a build runs', () => {
    const { outDir, record } = site();
    expect(outputTrusted(outDir, record)).toBe(false);
    sealOutput(outDir, record);
    expect(outputTrusted(outDir, record)).toBe(true);
    expect(openOutput(outDir, record)).toBe('kept');
    expect(readFileSync(path.join(outDir, 'articles/a/index.html'), 'utf8')).toBe('a');
    // A build that started and never finished leaves nothing to trust.
    expect(outputTrusted(outDir, record)).toBe(false);
  });

  it('writes nothing into the site for it', () => {
    const { outDir, record } = site();
    sealOutput(outDir, record);
    expect(readdirSync(outDir)).toEqual(['articles']);
  });

  it('is emptied when another build wrote it since, or another cache sealed it after this one', () => {
    const { outDir, record } = site();
    sealOutput(outDir, record);
    otherBuildWrites(outDir);
    mkdirSync(path.join(outDir, '.git'));
    expect(openOutput(outDir, record)).toBe('emptied');
    expect(existsSync(path.join(outDir, 'articles'))).toBe(false);
    expect(existsSync(path.join(outDir, '.git'))).toBe(true);

    const again = site();
    sealOutput(again.outDir, again.record);
    const past = new Date(2020, 0, 1);
    utimesSync(again.outDir, past, past);
    sealOutput(again.outDir, path.join(path.dirname(again.record), '../other-cache/kept-output.json'));
    expect(outputTrusted(again.outDir, again.record)).toBe(false);
  });

  it('is emptied when the cache sealed another folder', () => {
    const { outDir, record } = site();
    const elsewhere = path.join(path.dirname(outDir), 'elsewhere');
    mkdirSync(elsewhere);
    sealOutput(elsewhere, record);
    expect(outputTrusted(outDir, record)).toBe(false);
  });

  it('loses the files an earlier build left and this one did not produce, and the folders they leave empty', () => {
    const { outDir } = site();
    const old = (file: string) => {
      mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
      writeFileSync(path.join(outDir, file), 'old');
      utimesSync(path.join(outDir, file), new Date(2020, 0, 1), new Date(2020, 0, 1));
    };
    old('articles/a/index.html');
    old('articles/gone/index.html');
    old('_astro/old.js');
    old('pagefind/pagefind.js');
    writeFileSync(path.join(outDir, '_astro/new.js'), 'new');
    const since = Date.now() - 60_000;
    const removed = removeStaleOutput(outDir, new Set([path.join(outDir, 'articles/a/index.html')]), since, ['pagefind']);
    expect(removed).toEqual(['_astro/old.js', 'articles/gone/index.html']);
    expect(existsSync(path.join(outDir, 'articles/gone'))).toBe(false);
    expect(existsSync(path.join(outDir, 'articles/a/index.html'))).toBe(true);
    expect(existsSync(path.join(outDir, '_astro/new.js'))).toBe(true);
    expect(existsSync(path.join(outDir, 'pagefind/pagefind.js'))).toBe(true);
  });
});
