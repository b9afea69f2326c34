import { describe, expect, it } from 'vitest';
import { checkRedirects } from '../../../src/lib/check/redirects.ts';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { sayIn } from '../../../src/lib/messages/format.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const ARTICLE = 'articles/2020/10/qatar-mou-breach.md';
const withRedirectFrom = (ids: string) =>
  VALID_FILES[ARTICLE]!.replace('summary:', `redirect_from:\n  - ${ids.split(',').join('\n  - ')}\nsummary:`);

function problemsOf(files: Record<string, string>) {
  const corpus = loadCorpus(makeContentRoot(files));
  expect(corpus.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return checkRedirects(corpus).map(({ file, line, code, severity }) => ({
    file: file.replace(/^.*?content-[^/]*\//, ''),
    line,
    code,
    severity,
  }));
}

describe('checkRedirects', () => {
  it('accepts old ids that no file uses and one file claims', () => {
    expect(problemsOf({ ...VALID_FILES, [ARTICLE]: withRedirectFrom('2020/10/old-slug') })).toEqual([]);
  });

  it('refuses an old id that a live file uses, on the line that lists it', () => {
    const files = {
      ...VALID_FILES,
      [ARTICLE]: withRedirectFrom('2020/10/old-slug,2021/01/live'),
      'articles/2021/01/live.md': '---\ntitle: خبر\ndate: 2021-01-05\nsummary: خبر.\ndraft: true\n---\n\nنص.\n',
    };
    // Lines: --- title date redirect_from(4) - old-slug(5) - live(6).
    expect(problemsOf(files)).toEqual([{ file: ARTICLE, line: 6, code: 'redirect-id-live', severity: 'error' }]);
  });

  it('refuses an entity’s own id, and only within its folder', () => {
    const actor = VALID_FILES['actors/qatar.md']!.replace(
      'wikidata: Q846',
      'wikidata: Q846\nredirect_from: [qatar, geneva-ceasefire-2020]',
    );
    expect(problemsOf({ ...VALID_FILES, 'actors/qatar.md': actor })).toEqual([
      { file: 'actors/qatar.md', line: 7, code: 'redirect-id-live', severity: 'error' },
    ]);
  });

  it('refuses a second file that claims the same old id', () => {
    const files = {
      ...VALID_FILES,
      'actors/qatar.md': VALID_FILES['actors/qatar.md']!.replace('wikidata: Q846', 'wikidata: Q846\nredirect_from: [old-name]'),
      'actors/turkey.md': '---\nname: تركيا\nkind: state\nredirect_from:\n  - old-name\n---\n',
    };
    expect(problemsOf(files)).toEqual([{ file: 'actors/turkey.md', line: 5, code: 'redirect-id-claimed', severity: 'error' }]);
  });

  it('says both problems in Arabic and in English', () => {
    const live = { id: '2021/01/live', collection: 'articles', file: 'content/articles/2021/01/live.md' };
    expect(sayIn('en', 'redirect-id-live', live).message).toBe(
      '`redirect_from` lists `2021/01/live`, but articles/2021/01/live is a page of its own',
    );
    expect(sayIn('ar', 'redirect-id-live', live).message).toContain('"2021/01/live"');
    expect(sayIn('ar', 'redirect-id-claimed', { id: 'old-name', other: 'content/actors/qatar.md' }).message).toContain(
      'content/actors/qatar.md',
    );
    expect(sayIn('en', 'redirect-id-claimed', { id: 'old-name', other: 'content/actors/qatar.md' }).hint).toMatch(/one page only/);
  });

  it('is refused by the schema when an old id is not written as an id', () => {
    const corpus = loadCorpus(makeContentRoot({ ...VALID_FILES, [ARTICLE]: withRedirectFrom('2020/10/Old Slug.md') }));
    expect(corpus.problems.map((problem) => problem.line)).toEqual([5]);
  });
});
