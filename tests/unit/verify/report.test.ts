import { describe, expect, it } from 'vitest';
import { verifyReportLines } from '../../../src/lib/verify/report.ts';
import type { VerifyReport } from '../../../src/lib/verify/verify-site.ts';

const clean: VerifyReport = {
  problems: [],
  pages: { articles: 14, actors: 22, agreements: 1 },
  backlinks: 1,
  internalLinks: 2858,
  redirects: 0,
  previousUrls: undefined,
};

describe('verifyReportLines', () => {
  it('ends a clean run with one ✓ line that says what was compared', () => {
    expect(verifyReportLines(clean)).toEqual([
      '✓ 37 pages (14 articles, 22 actors, 1 agreement), each built once and in the sitemap and the search index; 1 backlink listed; 2858 internal links resolve',
    ]);
  });

  it("counts redirects and the previous build's URLs when there are any", () => {
    expect(verifyReportLines({ ...clean, redirects: 2, previousUrls: 40 })[0]).toMatch(
      /2858 internal links resolve; 2 redirects in place; 40 URLs of the previous build still lead somewhere$/,
    );
  });

  it('prints one line per problem, then ✗ and the count', () => {
    const one = { ...clean, problems: [{ what: 'not in the sitemap', where: 'actors/qatar/index.html' }] };
    expect(verifyReportLines(one)).toEqual(['not in the sitemap: actors/qatar/index.html', '✗ 1 problem']);
    const two = { ...one, problems: [...one.problems, { what: 'no search index', where: 'pagefind/pagefind-entry.json' }] };
    expect(verifyReportLines(two).at(-1)).toBe('✗ 2 problems');
  });
});
