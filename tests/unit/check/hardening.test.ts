import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkArticles } from '../../../src/lib/check/articles.ts';
import { checkContentRoot } from '../../../src/lib/check/index.ts';
import { isSafeLinkTarget } from '../../../src/lib/check/links.ts';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

// The assertions read the English wording: set here, so that an Arabic locale on the machine cannot change it.
beforeEach(() => {
  vi.stubEnv('MARSAD_LANG', 'en');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const ARTICLE = 'articles/2020/10/qatar-mou-breach.md';
const article = (extra: string, body: string) =>
  `---\ntitle: عنوان${extra}\ndate: 2020-10-26\nsummary: ملخص.\nactors: [qatar]\n---\n\nعن قطر. ${body}\n`;

function check(overrides: Record<string, string>): string[] {
  const root = makeContentRoot({ ...VALID_FILES, ...overrides });
  return checkContentRoot(root).problems.map((problem) => formatProblem(problem).replace(`${root}/`, ''));
}

describe('hostile YAML', () => {
  it('anchors and aliases (the "billion laughs" bomb) are refused outright', () => {
    const bomb = '---\nname: قطر\nkind: state\nx: &a [1, 1, 1]\ny: &b [*a, *a, *a]\naliases: [*b, *b]\n---\n';
    const lines = check({ 'actors/qatar.md': bomb });
    expect(lines.some((line) => /actors\/qatar\.md:4:\d+: error: YAML anchors and aliases/.test(line))).toBe(true);
    expect(lines.every((line) => !line.includes('unknown field'))).toBe(true);
  });
  it('an empty alias is an error at the alias', () => {
    expect(check({ 'actors/qatar.md': '---\nname: قطر\nkind: state\naliases: ["  "]\n---\n' })).toContainEqual(
      expect.stringMatching(/actors\/qatar\.md:4:11: error: `aliases.0`: alias is empty/),
    );
  });
});

describe('names that would match everything', () => {
  it('a one-letter alias is an error at the alias', () => {
    expect(check({ 'actors/qatar.md': '---\nname: قطر\nkind: state\naliases: [ق]\n---\n' })).toContainEqual(
      expect.stringMatching(/actors\/qatar\.md:4:11: error: "ق" is too short to be a name/),
    );
  });
  it('an Arabic function word is an error', () => {
    expect(check({ 'actors/qatar.md': '---\nname: قطر\nkind: state\naliases:\n  - قطر الدولة\n  - إلى\n---\n' })).toContainEqual(
      expect.stringMatching(/actors\/qatar\.md:6:5: error: "إلى" is a common Arabic word/),
    );
  });
});

describe('invisible characters', () => {
  it('a bidi control in a title is an error', () => {
    expect(check({ [ARTICLE]: article('\u202E', '') })).toContainEqual(
      expect.stringMatching(/:2:8: error: `title` contains the invisible character U\+202E/),
    );
  });
  it('a zero-width space in an alias is an error', () => {
    expect(check({ 'actors/qatar.md': '---\nname: قطر\nkind: state\naliases: [دولة\u200Bقطر]\n---\n' })).toContainEqual(
      expect.stringMatching(/:4:11: error: `aliases.0` contains the invisible character U\+200B/),
    );
  });
  it('a bidi control in the body is an error at its place; ZWNJ in the body is fine', () => {
    const lines = check({ [ARTICLE]: article('', 'نص\u2067مخفي\u2069 و\u200Cنص') });
    expect(lines).toEqual([expect.stringMatching(/qatar-mou-breach\.md:8:11: error: a bidirectional control character/)]);
  });
});

describe('link targets', () => {
  it('only web pages, e-mail and site paths are safe', () => {
    for (const url of ['https://example.org', 'http://x.y/z', 'mailto:a@b.c', '/actors/qatar/', '../x', '#notes', 'page.html'])
      expect(isSafeLinkTarget(url), url).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
    ])
      expect(isSafeLinkTarget(url), url).toBe(false);
  });
  it('an unsafe link or image in the body is an error at its place', () => {
    const lines = check({ [ARTICLE]: article('', '[هنا](javascript:alert(1)) ![صورة](data:image/png;base64,AA)') });
    expect(lines).toEqual([
      expect.stringMatching(/qatar-mou-breach\.md:8:9: error: the link target "javascript:alert\(1\)" is not allowed/),
      expect.stringMatching(/qatar-mou-breach\.md:8:36: error: the link target "data:image/),
    ]);
  });
});

describe('article warnings', () => {
  it('a date in the future and an empty body are warnings', () => {
    // 2027 stays within the date range (up to the end of next year) whenever this runs; today is fixed before it.
    const root = makeContentRoot({ ...VALID_FILES, [ARTICLE]: '---\ntitle: عنوان\ndate: 2027-01-01\nsummary: ملخص.\n---\n' });
    const problems = checkArticles(loadCorpus(root), '2026-11-29').map(
      (problem) => `${problem.severity}@${problem.line}:${problem.message}`,
    );
    expect(problems).toEqual([
      expect.stringMatching(/^warning@3:2027-01-01 is in the future/),
      expect.stringMatching(/^warning@3:the date 2027-01-01 is not in the month of the folder articles\/2020\/10\//),
      expect.stringMatching(/^warning@6:the article has frontmatter but no text/),
    ]);
  });
});
