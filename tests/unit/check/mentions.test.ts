import { describe, expect, it } from 'vitest';
import { checkContentRoot } from '../../../src/lib/check/index.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const ARTICLE = 'articles/2020/10/qatar-mou-breach.md';

function warnings(article: string): string[] {
  const root = makeContentRoot({ ...VALID_FILES, [ARTICLE]: article });
  return checkContentRoot(root).problems.map((problem) => formatProblem(problem).replace(`${root}/`, ''));
}

describe('frontmatter and text agree', () => {
  it('warns about an entity the text mentions but the frontmatter omits, at its first mention', () => {
    const lines = warnings('---\ntitle: عنوان\ndate: 2020-10-26\nsummary: ملخص\nactors: [qatar]\n---\n\nزار وفد قطر طرابلس.\nوقال المشير حفتر إن الأمر خرق.\nثم عاد حفتر.\n');
    expect(lines).toEqual([`${ARTICLE}:9:13: warning: the text mentions "حفتر", a name of actors/khalifa-haftar, which \`actors\` does not list: add \`khalifa-haftar\` (npm run check -- --fix does it)`]);
  });
  it('warns about an entity listed but never mentioned, at the list item', () => {
    const lines = warnings('---\ntitle: عنوان\ndate: 2020-10-26\nsummary: ملخص\nactors:\n  - qatar\n  - libyan-national-army\n---\n\nزار وفد قطر طرابلس.\n');
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^${ARTICLE}:7:5: warning: \`libyan-national-army\` is listed in \`actors\` but the text never names it`))]);
  });
  it('a mention in the title counts', () => {
    expect(warnings('---\ntitle: بيان من قطر\ndate: 2020-10-26\nsummary: ملخص\nactors: [qatar]\n---\n\nنص.\n')).toEqual([]);
  });
  it('warnings do not fail the check', () => {
    const root = makeContentRoot({ ...VALID_FILES, [ARTICLE]: '---\ntitle: عنوان\ndate: 2020-10-26\nsummary: ملخص\n---\n\nقطر.\n' });
    const result = checkContentRoot(root);
    expect(result.errorCount).toBe(0);
    expect(result.warningCount).toBe(1);
  });
});
