/** What `npm run check` says about sources and corrections, at the line and column of the value to change. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkContentRoot } from '../../../src/lib/check/index.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { articleSchema } from '../../../src/lib/content/schema.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

beforeEach(() => {
  vi.stubEnv('MARSAD_LANG', 'en');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const ARTICLE = 'articles/2020/10/qatar-mou-breach.md';

/** The valid test article with these lines added to its frontmatter (from line 6 on). */
const withLines = (...lines: string[]): string =>
  [
    '---',
    'title: قوات حفتر تعد مذكرة قطر خرقا',
    'date: 2020-10-26',
    'summary: خبر قصير.',
    'actors: [qatar, libyan-national-army]',
    ...lines,
    '---',
    '',
    'اعتبرت قوات حفتر أن مذكرة التفاهم مع قطر خرق.',
    '',
  ].join('\n');

function check(article: string): string[] {
  const root = makeContentRoot({ ...VALID_FILES, [ARTICLE]: article });
  return checkContentRoot(root).problems.map((problem) => formatProblem(problem).replace(`${root}/`, ''));
}

describe('sources', () => {
  it('a full list of sources, beside the single source, is valid', () => {
    expect(
      check(
        withLines(
          'source: { name: الميادين, date: 2020-10-26 }',
          'sources:',
          '  - name: قنا',
          '    url: https://example.org/a',
          '    archived_url: https://web.archive.org/web/2020/https://example.org/a',
          '    date: 2020-10-26',
          '    note: البيان',
        ),
      ),
    ).toEqual([]);
  });
  it('a url that is not http(s) is refused at its value', () => {
    expect(check(withLines('sources:', '  - name: قنا', '    url: javascript:alert(1)'))).toEqual([
      `${ARTICLE}:8:10: error: \`sources.0.url\`: not a full web address: write a full web address starting with https:// (or http://) [bad-url]`,
    ]);
  });
  it('an archived_url that is not a web address is refused at its value', () => {
    const lines = check(withLines('sources:', '  - name: قنا', '    archived_url: web.archive.org/x'));
    expect(lines).toEqual([
      expect.stringMatching(
        /^articles\/2020\/10\/qatar-mou-breach\.md:8:19: error: `sources\.0\.archived_url`: not a full web address: write a full web address.*\[bad-url\]$/,
      ),
    ]);
  });
  it('an impossible date of a second source is refused at its value', () => {
    const lines = check(withLines('sources:', '  - name: قنا', '  - name: الوسط', '    date: 2020-02-30'));
    expect(lines).toEqual([
      expect.stringMatching(
        /^articles\/2020\/10\/qatar-mou-breach\.md:9:11: error: `sources\.1\.date`: 2020-02-30 is not a day of the calendar/,
      ),
    ]);
  });
  it('a source without a name, and an unknown key in a source, are refused', () => {
    const lines = check(withLines('sources:', '  - url: https://example.org/a', '    archive: https://web.archive.org/x'));
    expect(lines).toContainEqual(expect.stringMatching(/:7:5: error: the required field `sources.0.name` is missing/));
    expect(lines).toContainEqual(expect.stringMatching(/:8:5: error: unknown field `archive`: did you mean `archived_url`\?/));
  });
});

describe('corrections', () => {
  it('a correction on or after the article, with updated on its day, is valid', () => {
    expect(
      check(
        withLines('updated: 2020-10-28', 'corrections:', '  - date: 2020-10-26', '    text: أ.', '  - date: 2020-10-28', '    text: ب.'),
      ),
    ).toEqual([]);
  });
  it('a correction without updated is valid (its day counts as the last change)', () => {
    expect(check(withLines('corrections:', '  - { date: 2020-10-28, text: ب. }'))).toEqual([]);
  });
  it('a correction dated before the article is an error at its date', () => {
    expect(check(withLines('corrections:', '  - date: 2020-10-25', '    text: أ.'))).toEqual([
      `${ARTICLE}:7:11: error: the correction of 2020-10-25 is dated before the article itself (2020-10-26): a correction is made after publishing: check the year, month and day of the correction [correction-before-date]`,
    ]);
  });
  it('updated older than the newest correction is an error at updated', () => {
    expect(
      check(
        withLines('updated: 2020-10-27', 'corrections:', '  - date: 2020-11-02', '    text: أ.', '  - date: 2020-10-27', '    text: ب.'),
      ),
    ).toEqual([
      `${ARTICLE}:6:10: error: \`updated\` (2020-10-27) is older than the newest correction (2020-11-02): a correction is a change: set \`updated\` to 2020-11-02, or remove it and the correction's day counts [updated-before-correction]`,
    ]);
  });
  it('says both in Arabic when the run is in Arabic', () => {
    vi.stubEnv('MARSAD_LANG', 'ar');
    const lines = check(
      withLines('updated: 2020-10-26', 'corrections:', '  - date: 2020-10-20', '    text: أ.', '  - date: 2020-10-30', '    text: ب.'),
    );
    expect(lines).toEqual([
      expect.stringMatching(
        /:6:10: error: تاريخ `updated` \(2020-10-26\) أقدم من أحدث تصحيح \(2020-10-30\)\..* \[updated-before-correction\]$/,
      ),
      expect.stringMatching(
        /:8:11: error: التصحيح المؤرخ 2020-10-20 أقدم من تاريخ الخبر نفسه \(2020-10-26\)\. التصحيح يأتي بعد النشر.* \[correction-before-date\]$/,
      ),
    ]);
  });
  it('a correction needs a date and a text', () => {
    const base = { title: 'ع', date: '2020-10-26', summary: 'م' };
    expect(articleSchema.safeParse({ ...base, corrections: [{ date: '2020-10-27' }] }).success).toBe(false);
    expect(articleSchema.safeParse({ ...base, corrections: [{ text: 'نص' }] }).success).toBe(false);
    expect(articleSchema.safeParse({ ...base, corrections: [{ date: '2020-10-27', text: '  ' }] }).success).toBe(false);
    expect(articleSchema.safeParse({ ...base, corrections: { date: '2020-10-27', text: 'نص' } }).success).toBe(false);
  });
});
