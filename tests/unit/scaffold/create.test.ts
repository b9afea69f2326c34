import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContentRoot } from '../../../src/lib/check/index.ts';
import { createEntry } from '../../../src/lib/scaffold/create.ts';
import type { NewKind } from '../../../src/lib/scaffold/kinds.ts';
import { localDay } from '../../../src/lib/scaffold/local-day.ts';
import { successLines } from '../../../src/lib/scaffold/report.ts';
import { PLACEHOLDER_FIELDS, TEMPLATE_BODY } from '../../../src/lib/scaffold/template.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const TODAY = '2021-02-03';

function created(kind: NewKind, title: string, id?: string) {
  const root = makeContentRoot(VALID_FILES);
  const result = createEntry({ kind, title, root, today: TODAY, ...(id === undefined ? {} : { id }) });
  if (!result.ok) throw new Error(result.message);
  return { root, ...result };
}

/** Where each placeholder is filled in the way a contributor would. */
const FILLED: Record<NewKind, [RegExp, string]> = {
  article: [/^summary:.*$/m, 'summary: خبر قصير عن اجتماع في المدينة.'],
  actor: [/^kind:.*$/m, 'kind: person'],
  agreement: [/^kind:.*$/m, 'kind: mou'],
};

describe('a new file', () => {
  it.each<[NewKind, string, string]>([
    ['article', 'اجتماع في المدينة', 'articles/2021/02/ajtama-fi-al-madina.md'],
    ['actor', 'فتحي باشاغا', 'actors/fathi-bashagha.md'],
    ['agreement', 'مؤتمر باليرمو', 'agreements/matamr-balirmu.md'],
  ])('%s "%s" goes to %s, fails the check only on its placeholders, and passes once they are filled', (kind, title, relative) => {
    const { root, file, id, suggested } = created(kind, title);
    expect(file).toBe(path.join(root, relative));
    expect(suggested).toBe(true);
    expect(id).toBe(path.basename(relative, '.md'));

    const before = checkContentRoot(root);
    expect(before.warningCount).toBe(0);
    const errors = before.problems.filter((problem) => problem.severity === 'error');
    expect(errors.map((problem) => problem.file)).toEqual([...PLACEHOLDER_FIELDS[kind], 'body'].map(() => file));
    PLACEHOLDER_FIELDS[kind].forEach((field, index) => expect(errors[index]?.message).toMatch(new RegExp(`^\`${field}\`: `)));
    expect(errors.at(-1)?.message).toMatch(/still the sample text `npm run new` wrote/);

    const [placeholder, value] = FILLED[kind];
    writeFileSync(file, readFileSync(file, 'utf8').replace(placeholder, value).replace(TEMPLATE_BODY[kind], 'نص كتبه المساهم بنفسه.'));
    expect(checkContentRoot(root).problems).toEqual([]);
  });

  it('is dated today: an article by its date and folder, an agreement by signed', () => {
    const article = created('article', 'خبر', 'news');
    expect(article.file).toBe(path.join(article.root, 'articles', '2021', '02', 'news.md'));
    expect(readFileSync(article.file, 'utf8')).toMatch(/^date: 2021-02-03$/m);
    const agreement = created('agreement', 'اتفاق', 'some-accord');
    expect(readFileSync(agreement.file, 'utf8')).toMatch(/^signed: 2021-02-03 /m);
  });

  it('is dated by --date when given: filed in that year and month, with that date, and passes the check', () => {
    const root = makeContentRoot(VALID_FILES);
    const result = createEntry({ kind: 'article', title: 'محمد المنفي يزور أنقرة', date: '2020-07-30', root, today: TODAY });
    if (!result.ok) throw new Error(result.message);
    expect(result).toMatchObject({ id: 'mohamed-al-menfi-yazur-anqara', suggested: true });
    expect(result.file).toBe(path.join(root, 'articles', '2020', '07', 'mohamed-al-menfi-yazur-anqara.md'));
    const text = readFileSync(result.file, 'utf8');
    expect(text).toMatch(/^date: 2020-07-30$/m);
    writeFileSync(
      result.file,
      text.replace(FILLED.article[0], FILLED.article[1]).replace(TEMPLATE_BODY.article, 'نص الخبر كما كتبه الصحفي.'),
    );
    expect(checkContentRoot(root).problems).toEqual([]);
    const agreement = createEntry({ kind: 'agreement', title: 'اتفاق', id: 'some-accord', date: '2020-10-23', root, today: TODAY });
    expect(agreement.ok && readFileSync(agreement.file, 'utf8')).toMatch(/^signed: 2020-10-23 /m);
  });

  it('says what it did in Arabic when asked to', () => {
    const root = makeContentRoot(VALID_FILES);
    const result = createEntry({ kind: 'actor', title: 'محمد المنفي', root, today: TODAY });
    if (!result.ok) throw new Error(result.message);
    const lines = successLines('actor', result, 'ar');
    expect(lines[0]).toBe('المعرّف: mohamed-al-menfi (لاختيار غيره استعمل --id)');
    expect(lines.every((line) => /[\u0600-\u06FF]/u.test(line))).toBe(true);
    expect(createEntry({ kind: 'actor', title: 'محمد المنفي', root, today: TODAY, language: 'ar' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^الملف .*mohamed-al-menfi\.md موجود من قبل/),
    });
  });

  it('keeps a title with YAML punctuation exactly as typed', () => {
    const title = 'لجنة 5+5: ما الذي ينتظرها؟ #ليبيا';
    const { file } = created('article', title, 'jmc');
    const frontmatter = readFileSync(file, 'utf8').split('---\n')[1] ?? '';
    expect((parse(frontmatter) as { title: unknown }).title).toBe(title);
  });
});

describe('refusals', () => {
  it('never overwrites an existing file, and names it', () => {
    const root = makeContentRoot(VALID_FILES);
    const file = path.join(root, 'actors', 'khalifa-haftar.md');
    const result = createEntry({ kind: 'actor', title: 'خليفة حفتر', root, today: TODAY });
    expect(result).toEqual({ ok: false, message: expect.stringContaining(`${file} already exists: nothing was written`) });
    expect(readFileSync(file, 'utf8')).toBe(VALID_FILES['actors/khalifa-haftar.md']);
  });
  it('refuses an id that the other entity folder already uses', () => {
    const root = makeContentRoot(VALID_FILES);
    const result = createEntry({ kind: 'actor', title: 'جنيف', id: 'geneva-ceasefire-2020', root, today: TODAY });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('already used by') });
    expect(existsSync(path.join(root, 'actors', 'geneva-ceasefire-2020.md'))).toBe(false);
  });
  it('refuses an --id that is not an id, with the rule', () => {
    const root = makeContentRoot(VALID_FILES);
    for (const id of ['Khalifa_Haftar', 'a--b', '-a', 'حفتر', '']) {
      expect(createEntry({ kind: 'actor', title: 'x', id, root, today: TODAY })).toEqual({
        ok: false,
        message: `"${id}" cannot be an id: use lower-case Latin letters, digits and single hyphens, such as khalifa-haftar`,
      });
    }
    expect(createEntry({ kind: 'article', title: 'x', id: '2021/02/x', root, today: TODAY })).toMatchObject({
      message: expect.stringContaining('the folders come from the date'),
    });
  });
  it('asks for --id when the title gives no Latin letters', () => {
    const root = makeContentRoot(VALID_FILES);
    expect(createEntry({ kind: 'article', title: '؟!', root, today: TODAY })).toMatchObject({
      ok: false,
      message: expect.stringContaining('choose one with --id'),
    });
  });
});

describe('what npm run new prints', () => {
  it('the id it chose, the file, and the next steps', () => {
    const { root, ...result } = created('actor', 'فتحي باشاغا');
    expect(successLines('actor', { ...result })).toEqual([
      'using id fathi-bashagha; pass --id to choose another',
      `wrote ${path.join(root, 'actors', 'fathi-bashagha.md')}`,
      'next: edit it (fill in `kind` and replace the text), then npm run check',
      'then npm run schema, so that editors offer the new id, and commit schemas/ with the file',
    ]);
  });
  it('no id line when --id was given, no schema line for an article', () => {
    const { root: _root, ...result } = created('article', 'خبر', 'news');
    const lines = successLines('article', result);
    expect(lines[0]).toMatch(/^wrote .*news\.md$/);
    expect(lines).toHaveLength(2);
  });
});

describe('localDay', () => {
  it('is the calendar day where the contributor is, not in UTC', () => {
    expect(localDay(new Date(2020, 0, 5, 23, 59))).toBe('2020-01-05');
    expect(localDay(new Date(2020, 11, 31, 0, 0))).toBe('2020-12-31');
  });
});
