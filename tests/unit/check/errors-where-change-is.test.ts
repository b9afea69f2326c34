import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkContentRoot } from '../../../src/lib/check/index.ts';
import { reportLines } from '../../../src/lib/check/report.ts';
import { checkSchemas, schemaFolderOf } from '../../../src/lib/check/schemas.ts';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { knownIds, renderSchemaFiles } from '../../../src/lib/content/json-schema.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

beforeEach(() => {
  vi.stubEnv('MARSAD_LANG', 'en');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const lines = (root: string, problems: ReturnType<typeof checkContentRoot>['problems']) =>
  problems.map((problem) => formatProblem(problem).replace(`${root}/`, ''));

const MENFI = '---\nname: محمد المنفي\nkind: person\n---\nرئيس المجلس الرئاسي.\n';
const council = '---\nname: المجلس الرئاسي\nkind: government\naliases:\n  - مجلس الرئاسة\n  - محمد المنفي\n---\nالمجلس.\n';

describe('a name outranks an alias: the error is on the alias line', () => {
  // The alias-holder is read before the name-holder in one case and after it in the other.
  for (const file of ['actors/a-presidential-council.md', 'actors/z-presidential-council.md']) {
    it(`when ${path.basename(file)} gives another entity's name as an alias`, () => {
      const root = makeContentRoot({ ...VALID_FILES, 'actors/mohamed-al-menfi.md': MENFI, [file]: council });
      const found = lines(root, checkContentRoot(root).problems).filter((line) => line.includes('[name-taken]'));
      expect(found).toEqual([
        expect.stringMatching(new RegExp(`^${file}:6:5: error: "محمد المنفي" is already a name of actors/mohamed-al-menfi`)),
      ]);
    });
  }
  it('between two names, the later file reports it, as before', () => {
    const root = makeContentRoot({ ...VALID_FILES, 'actors/b-menfi.md': MENFI, 'actors/a-menfi.md': MENFI });
    const found = lines(root, checkContentRoot(root).problems).filter((line) => line.includes('[name-taken]'));
    expect(found).toEqual([expect.stringMatching(/^actors\/b-menfi\.md:2:7: error:/)]);
  });
});

describe('warnings that follow from an open error are held back', () => {
  const article = (slug: string) => ({
    [`articles/2020/10/${slug}.md`]: `---\ntitle: خبر\ndate: 2020-10-26\nsummary: ملخص.\nactors: [qatar]\n---\n\nقال المنفي إن قطر شريك.\n`,
  });
  const menfi = (aliases: string) => `---\nname: محمد المنفي\nkind: person\naliases: [${aliases}]\n---\nرئيس.\n`;

  it('holds back the warnings about an entity whose file has an error, and says how many', () => {
    const root = makeContentRoot({
      ...VALID_FILES,
      ...article('one'),
      ...article('two'),
      'actors/mohamed-al-menfi.md': menfi('المنفي, قطر'),
    });
    const result = checkContentRoot(root);
    const shown = lines(root, result.problems);
    expect(shown).toEqual([expect.stringMatching(/^actors\/mohamed-al-menfi\.md:4:19: error: "قطر" is already a name of actors\/qatar/)]);
    // «قطر» is in dispute, so the articles that list qatar no longer name it; المنفي asks to list the new actor.
    expect(result.heldBack.map((problem) => `${path.basename(problem.file)} ${problem.code}`)).toEqual([
      'one.md unmentioned-id',
      'one.md unlisted-mention',
      'qatar-mou-breach.md unmentioned-id',
      'qatar-mou-breach.md unlisted-mention',
      'two.md unmentioned-id',
      'two.md unlisted-mention',
    ]);
    expect(reportLines(result, { github: false })).toContain(
      '6 warnings are held back: each is about a file or an entity that has an error above: fix the errors and run the check again; the warnings that still apply will show then [warnings-held-back]',
    );
    expect(result.warningCount).toBe(0);
  });
  it('shows them once the error is fixed', () => {
    const root = makeContentRoot({ ...VALID_FILES, ...article('one'), ...article('two'), 'actors/mohamed-al-menfi.md': menfi('المنفي') });
    const result = checkContentRoot(root);
    expect(result.heldBack).toEqual([]);
    expect(result.problems.map((problem) => problem.code)).toEqual(['unlisted-mention', 'unlisted-mention']);
    expect(reportLines(result, { github: false }).join('\n')).not.toContain('held back');
  });
  it('holds back the warnings of a file that has an error itself', () => {
    const root = makeContentRoot({
      ...VALID_FILES,
      'articles/2020/10/qatar-mou-breach.md':
        '---\ntitle: خبر\ndate: 2020-10-26\nsummary: ملخص.\nactors: [qatar, nobody-at-all]\n---\n\nحفتر وقطر.\n',
    });
    const result = checkContentRoot(root);
    expect(result.problems.map((problem) => problem.code)).toEqual(['unknown-id']);
    expect(result.heldBack.map((problem) => problem.code)).toEqual(['unlisted-mention']);
  });
  it('leaves the warnings of other files and entities alone', () => {
    const root = makeContentRoot({
      ...VALID_FILES,
      ...article('one'),
      'actors/mohamed-al-menfi.md': menfi('المنفي'),
      'actors/khalifa-haftar.md': '---\nname: خليفة حفتر\nkind: person\naliases: [حفتر]\naffiliations: [no-such-army]\n---\nقائد.\n',
    });
    const result = checkContentRoot(root);
    expect(result.problems.map((problem) => problem.code)).toEqual(['unknown-id', 'unlisted-mention']);
    expect(result.heldBack).toEqual([]);
  });
});

describe('an article dated outside its folder', () => {
  it('is a warning naming the folder it belongs in', () => {
    const root = makeContentRoot({
      ...VALID_FILES,
      'articles/2020/10/qatar-mou-breach.md': VALID_FILES['articles/2020/10/qatar-mou-breach.md']!.replace(
        'date: 2020-10-26',
        'date: 2021-07-30',
      ),
    });
    expect(lines(root, checkContentRoot(root).problems)).toEqual([
      'articles/2020/10/qatar-mou-breach.md:3:7: warning: the date 2021-07-30 is not in the month of the folder articles/2020/10/: if the date is right, move the file to articles/2021/07/ (its address changes with it); otherwise correct the date [date-folder]',
    ]);
  });
  it('is nothing when the month agrees, whatever the day', () => {
    const root = makeContentRoot({
      ...VALID_FILES,
      'articles/2020/10/qatar-mou-breach.md': VALID_FILES['articles/2020/10/qatar-mou-breach.md']!.replace(
        'date: 2020-10-26',
        'date: 2020-10-01',
      ),
    });
    expect(checkContentRoot(root).problems).toEqual([]);
  });
});

/** A folder laid out as a repository: content/ with the valid corpus, and schemas/ beside it. */
function repository(schemas: 'fresh' | 'stale' | 'none'): { top: string; content: string } {
  const top = mkdtempSync(path.join(tmpdir(), 'marsad-repo-'));
  const content = path.join(top, 'content');
  for (const [relative, text] of Object.entries(VALID_FILES)) {
    mkdirSync(path.dirname(path.join(content, relative)), { recursive: true });
    writeFileSync(path.join(content, relative), text);
  }
  if (schemas !== 'none') {
    mkdirSync(path.join(top, 'schemas'));
    for (const { name, text } of renderSchemaFiles(knownIds(loadCorpus(content)))) writeFileSync(path.join(top, 'schemas', name), text);
  }
  if (schemas === 'stale') writeFileSync(path.join(content, 'actors', 'mohamed-al-menfi.md'), MENFI);
  return { top, content };
}

describe('stale schemas', () => {
  it('are an error on each schema file that lists the ids, with the command to run', () => {
    const { top, content } = repository('stale');
    const found = lines(top, checkContentRoot(content).problems);
    expect(found).toEqual([
      'schemas/actor.schema.json:1:1: error: this editor schema is out of date with the content (a new or renamed actor or agreement): run `npm run schema` and commit the files it writes in schemas/ [stale-schema]',
      'schemas/agreement.schema.json:1:1: error: this editor schema is out of date with the content (a new or renamed actor or agreement): run `npm run schema` and commit the files it writes in schemas/ [stale-schema]',
      'schemas/article.schema.json:1:1: error: this editor schema is out of date with the content (a new or renamed actor or agreement): run `npm run schema` and commit the files it writes in schemas/ [stale-schema]',
    ]);
  });
  it('are nothing when up to date', () => {
    const { content } = repository('fresh');
    expect(checkContentRoot(content).problems).toEqual([]);
  });
  it('a content root without schemas beside it has none of its own: nothing is compared, however stale the repository schemas are', () => {
    repository('stale');
    const elsewhere = makeContentRoot(VALID_FILES);
    expect(schemaFolderOf(elsewhere)).toBeUndefined();
    expect(checkSchemas(loadCorpus(elsewhere))).toEqual([]);
  });
  it('a repository without schemas/ has nothing to compare', () => {
    const { content } = repository('none');
    expect(schemaFolderOf(content)).toBeUndefined();
    expect(checkSchemas(loadCorpus(content))).toEqual([]);
  });
});
