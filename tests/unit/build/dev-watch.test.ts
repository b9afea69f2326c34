import { describe, expect, it } from 'vitest';
import { unwatched } from '../../../src/lib/build/dev-watch.ts';

describe('what astro dev does not watch', () => {
  it('leaves the folders the project writes alone, and watches the sources', () => {
    const ignored = unwatched('/site', '/site/content');
    expect(ignored('/site/.bench/corpus-100000-5000/articles/2013/03/a.md')).toBe(true);
    expect(ignored('/site/.bench')).toBe(true);
    expect(ignored('/site/bench/out/report.json')).toBe(true);
    expect(ignored('/site/dist/index.html')).toBe(true);
    expect(ignored('/site/content/articles/2020/10/a.md')).toBe(false);
    expect(ignored('/site/src/pages/index.astro')).toBe(false);
    expect(ignored('/site/bench/corpus.ts')).toBe(false);
    expect(ignored('/site/.benchmarks/a.md')).toBe(false);
    expect(ignored('/site/distant/a.md')).toBe(false);
  });
  it('watches a content root inside a written folder, and the folders on the way to it, not its neighbours', () => {
    const ignored = unwatched('/site', '/site/.bench/corpus-10000-1000');
    expect(ignored('/site/.bench/corpus-10000-1000/articles/2017/01/a.md')).toBe(false);
    expect(ignored('/site/.bench')).toBe(false);
    expect(ignored('/site/.bench/corpus-100000-5000/articles/a.md')).toBe(true);
    expect(ignored('/site/.bench/corpus-10000-1000-old/a.md')).toBe(true);
  });
  it('reads paths relative to the project', () => {
    expect(unwatched('/site', '/site/content')('.bench/x.md')).toBe(true);
    expect(unwatched('/site', '/site/content')('content/x.md')).toBe(false);
  });
});
