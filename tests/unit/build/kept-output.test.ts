import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_TOKEN_FILE, openOutput, outputTrusted, removeStaleOutput, sealOutput } from '../../../src/lib/build/kept-output.ts';

function site(): { outDir: string; record: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'marsad-kept-'));
  const outDir = path.join(root, 'dist');
  mkdirSync(path.join(outDir, 'articles/a'), { recursive: true });
  writeFileSync(path.join(outDir, 'articles/a/index.html'), 'a');
  return { outDir, record: path.join(root, 'cache/kept-output.json') };
}

describe('the built site kept between builds', () => {
  it('is trusted only after a build with this cache sealed it, and not while a build runs', () => {
    const { outDir, record } = site();
    expect(outputTrusted(outDir, record)).toBe(false);
    sealOutput(outDir, record);
    expect(outputTrusted(outDir, record)).toBe(true);
    expect(openOutput(outDir, record)).toBe('kept');
    expect(readFileSync(path.join(outDir, 'articles/a/index.html'), 'utf8')).toBe('a');
    // A build that started and never finished leaves no token.
    expect(outputTrusted(outDir, record)).toBe(false);
  });

  it('is emptied when another build wrote it since, or another cache sealed it', () => {
    const { outDir, record } = site();
    sealOutput(outDir, record);
    const other = path.join(path.dirname(record), '../other-cache/kept-output.json');
    sealOutput(outDir, other);
    expect(outputTrusted(outDir, record)).toBe(false);
    mkdirSync(path.join(outDir, '.git'));
    expect(openOutput(outDir, record)).toBe('emptied');
    expect(existsSync(path.join(outDir, 'articles'))).toBe(false);
    expect(existsSync(path.join(outDir, '.git'))).toBe(true);
  });

  it('is emptied when the cache sealed another folder', () => {
    const { outDir, record } = site();
    const elsewhere = path.join(path.dirname(outDir), 'elsewhere');
    mkdirSync(elsewhere);
    sealOutput(elsewhere, record);
    writeFileSync(path.join(outDir, OUTPUT_TOKEN_FILE), readFileSync(path.join(elsewhere, OUTPUT_TOKEN_FILE)));
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
    old(OUTPUT_TOKEN_FILE);
    writeFileSync(path.join(outDir, '_astro/new.js'), 'new');
    const since = Date.now() - 60_000;
    const removed = removeStaleOutput(outDir, new Set([path.join(outDir, 'articles/a/index.html')]), since, ['pagefind']);
    expect(removed).toEqual(['_astro/old.js', 'articles/gone/index.html']);
    expect(existsSync(path.join(outDir, 'articles/gone'))).toBe(false);
    expect(existsSync(path.join(outDir, 'articles/a/index.html'))).toBe(true);
    expect(existsSync(path.join(outDir, '_astro/new.js'))).toBe(true);
    expect(existsSync(path.join(outDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(path.join(outDir, OUTPUT_TOKEN_FILE))).toBe(true);
  });
});
