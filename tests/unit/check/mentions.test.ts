import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkContentRoot } from '../../../src/lib/check/index.ts';
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

function warnings(article: string): string[] {
  const root = makeContentRoot({ ...VALID_FILES, [ARTICLE]: article });
  return checkContentRoot(root).problems.map((problem) => formatProblem(problem).replace(`${root}/`, ''));
}

describe('frontmatter and text agree', () => {
  it('warns about an entity the text mentions but the frontmatter omits, at its first mention', () => {
    const lines = warnings(
      '---\ntitle: عنوان\ndate: 2020-10-26\nsummary: ملخص\nactors: [qatar]\n---\n\nزار وفد قطر طرابلس.\nوقال المشير حفتر إن الأمر خرق.\nثم عاد حفتر.\n',
    );
    expect(lines).toEqual([
      `${ARTICLE}:9:13: warning: the text mentions "حفتر", a name of actors/khalifa-haftar, which \`actors\` does not list: add \`khalifa-haftar\` (npm run check -- --fix does it) [unlisted-mention]`,
    ]);
  });
  it('warns about an entity listed but never mentioned, at the list item', () => {
    const lines = warnings(
      '---\ntitle: عنوان\ndate: 2020-10-26\nsummary: ملخص\nactors:\n  - qatar\n  - libyan-national-army\n---\n\nزار وفد قطر طرابلس.\n',
    );
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(`^${ARTICLE}:7:5: warning: \`libyan-national-army\` is listed in \`actors\` but the text never names it`),
      ),
    ]);
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

describe('weak and place names are never evidence for the frontmatter', () => {
  const files = {
    ...VALID_FILES,
    'actors/fayez-al-sarraj.md': '---\nname: فائز السراج\nkind: person\naliases:\n  - { text: السراج, weak: true }\n---\nسياسي.\n',
    'actors/russia.md': '---\nname: روسيا\nkind: state\naliases:\n  - { text: موسكو, place: true }\n---\nدولة.\n',
  };
  const check = (article: string) => {
    const root = makeContentRoot({ ...files, [ARTICLE]: article });
    return checkContentRoot(root).problems.map((problem) => formatProblem(problem).replace(`${root}/`, ''));
  };

  it('asks for nothing when only weak or place names appear', () => {
    expect(
      check(
        '---\ntitle: عنوان\ndate: 2020-10-26\nsummary: ملخص\nactors: [qatar]\n---\n\nزار وفد قطر موسكو، ورغبة السراج ورغبة موسكو واضحتان.\n',
      ),
    ).toEqual([]);
  });

  it('points at the strong name, not at an earlier weak one', () => {
    expect(
      check('---\ntitle: عنوان\ndate: 2020-10-26\nsummary: ملخص\nactors: [qatar]\n---\n\nوفد السراج في قطر وقال فائز السراج إنه سيزور.\n'),
    ).toEqual([
      `${ARTICLE}:8:24: warning: the text mentions "فائز السراج", a name of actors/fayez-al-sarraj, which \`actors\` does not list: add \`fayez-al-sarraj\` (npm run check -- --fix does it) [unlisted-mention]`,
    ]);
  });

  it('--fix adds nothing on weak evidence alone', async () => {
    const root = makeContentRoot({
      ...files,
      [ARTICLE]: '---\ntitle: عنوان\ndate: 2020-10-26\nsummary: ملخص\nactors: [qatar]\n---\n\nوفد السراج في قطر ورغبة موسكو واضحة.\n',
    });
    const { execFileSync } = await import('node:child_process');
    execFileSync('npx', ['tsx', 'scripts/check.ts', '--fix'], { env: { ...process.env, CONTENT_DIR: root }, stdio: 'pipe' });
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(`${root}/${ARTICLE}`, 'utf8')).toContain('actors: [qatar]\n');
  }, 30_000);
});
