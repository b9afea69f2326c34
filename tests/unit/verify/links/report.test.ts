import { describe, expect, it } from 'vitest';
import type { LinkReport } from '../../../../src/lib/verify/links/check-site.ts';
import { githubLinkAnnotation, linkReportLines } from '../../../../src/lib/verify/links/report.ts';

const clean: LinkReport = { pages: 49, internalLinks: 1484, external: ['https://www.wikidata.org/wiki/Q846'], problems: [] };
const broken: LinkReport = {
  ...clean,
  problems: [
    { page: 'index.html', link: '/actors/qatr/', reason: 'no file actors/qatr/index.html' },
    { page: 'index.html', link: '#mian', reason: 'no element with id "mian" on this page' },
    { page: 'actors/index.html', link: '/actors/qatr/', reason: 'no file actors/qatr/index.html' },
  ],
};

describe('linkReportLines', () => {
  it('ends a clean check with what it counted', () => {
    expect(linkReportLines(clean, { listExternal: false, github: false })).toEqual([
      '✓ 49 pages, 1484 internal links, 1 external URL (not fetched): no broken links',
    ]);
  });

  it('prints one line per problem, then how many and on how many pages', () => {
    expect(linkReportLines(broken, { listExternal: false, github: false })).toEqual([
      'index.html: "/actors/qatr/": no file actors/qatr/index.html',
      'index.html: "#mian": no element with id "mian" on this page',
      'actors/index.html: "/actors/qatr/": no file actors/qatr/index.html',
      '✗ 3 broken links on 2 pages (49 pages, 1484 internal links, 1 external URL (not fetched))',
    ]);
  });

  it('lists the external URLs when asked', () => {
    expect(linkReportLines(clean, { listExternal: true, github: false })[0]).toBe('https://www.wikidata.org/wiki/Q846');
  });

  it('adds a GitHub annotation after each problem under GitHub Actions', () => {
    const lines = linkReportLines(broken, { listExternal: false, github: true });
    expect(lines[1]).toBe('::error title=Broken link::index.html: "/actors/qatr/": no file actors/qatr/index.html');
    expect(lines).toHaveLength(7);
  });
});

describe('githubLinkAnnotation', () => {
  it('escapes what would end or corrupt the workflow command', () => {
    expect(githubLinkAnnotation({ page: 'a.html', link: '/100%\nx', reason: 'r' })).toBe(
      '::error title=Broken link::a.html: "/100%25%0Ax": r',
    );
  });
});
