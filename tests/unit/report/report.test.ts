import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContentRoot } from '../../../src/lib/check/index.ts';
import { runReport } from '../../../src/lib/report/cli.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

/**
 * A repository made here: a base commit, then a branch commit that adds an
 * article, edits an alias, renames one article with `redirect_from` and one
 * without, and removes one. The report of the branch against the base must
 * say each of those in its section.
 */
const article = (title: string, date: string, body: string, extra = '') =>
  `---\ntitle: ${title}\ndate: ${date}\nsummary: خبر.\n${extra}---\n\n${body}\n`;
const BASE: Record<string, string> = {
  ...VALID_FILES,
  'content/actors/fayez-al-sarraj.md': '---\nname: فايز السراج\nkind: person\n---\nرئيس المجلس الرئاسي.\n',
  'content/articles/2020/10/qatar-mou-breach.md': VALID_FILES['articles/2020/10/qatar-mou-breach.md']!.trimEnd() + ' وأيد المشير الموقف.\n',
  'content/articles/2021/01/haftar-visit.md': article('زيارة', '2021-01-05', 'زار خليفة حفتر الدوحة.', 'actors: [khalifa-haftar, qatar]\n'),
  'content/articles/2020/02/plain.md': article('خبر عادي', '2020-02-03', 'نص بلا أسماء.'),
  'content/articles/2020/01/removed.md': article('خبر محذوف', '2020-01-09', 'وصل وفد من قطر.', 'actors: [qatar]\n'),
  // Unchanged, with a warning of its own (date outside its folder) that the report must leave out.
  'content/articles/2019/05/elsewhere.md': article('خبر في غير شهره', '2019-06-01', 'نص.'),
};
for (const key of Object.keys(VALID_FILES)) delete BASE[key];
for (const [key, text] of Object.entries(VALID_FILES)) BASE[`content/${key}`] ??= text;

let repo: string;
let report: string;

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd: repo,
    stdio: 'pipe',
    encoding: 'utf8',
  });

beforeAll(() => {
  repo = makeContentRoot(BASE);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'change');

  const content = path.join(repo, 'content');
  const at = (relative: string) => path.join(content, relative);
  mkdirSync(at('articles/2021/03'), { recursive: true });
  writeFileSync(
    at('articles/2021/03/sarraj-talks.md'),
    article(
      'محادثات',
      '2021-03-02',
      'التقى فايز السراج وفداً في طرابلس. وقال السراج إن الحوار مستمر، وأكد السراج ذلك في الدوحة.',
      'actors: [fayez-al-sarraj]\n',
    ),
  );
  writeFileSync(at('actors/khalifa-haftar.md'), VALID_FILES['actors/khalifa-haftar.md']!.replace('  - حفتر\n', '  - حفتر\n  - المشير\n'));
  writeFileSync(
    at('articles/2021/01/haftar-doha-visit.md'),
    BASE['content/articles/2021/01/haftar-visit.md']!.replace('summary:', 'redirect_from: [2021/01/haftar-visit]\nsummary:'),
  );
  rmSync(at('articles/2021/01/haftar-visit.md'));
  renameSync(at('articles/2020/02/plain.md'), at('articles/2020/02/plain-renamed.md'));
  rmSync(at('articles/2020/01/removed.md'));
  git('add', '-A');
  git('commit', '-q', '-m', 'change');

  const run = runReport(['--base', 'main'], { ...process.env, CONTENT_DIR: content }, repo);
  expect(run.stderr).toEqual([]);
  expect(run.exitCode).toBe(0);
  report = run.stdout;
}, 60_000);

/** The text of a `### heading` section, up to the next one. */
const section = (heading: string): string =>
  report.split('\n### ').find((part) => part.startsWith(`${heading}\n`)) ?? `(no section ${heading})`;
/** The list under a `**Title (n)**` line of a section. */
const list = (text: string, title: string): string =>
  new RegExp(`\\*\\*${title} \\(\\d+\\)\\*\\*\\n\\n([\\s\\S]*?)(?:\\n\\n|$)`).exec(text)?.[1]?.trimEnd() ?? `(no list ${title})`;

describe('npm run report on a small repository', () => {
  it('lists articles added, changed, renamed (by redirect_from and by git) and removed', () => {
    const articles = section('Articles');
    expect(list(articles, 'Added')).toBe('- `2021/03/sarraj-talks` محادثات');
    expect(list(articles, 'Changed')).toBe('_None._');
    expect(list(articles, 'Renamed')).toBe(
      [
        '- `articles/2020/02/plain` → `articles/2020/02/plain-renamed` (found by git: add the old id to `redirect_from`)',
        '- `articles/2021/01/haftar-visit` → `articles/2021/01/haftar-doha-visit` (old URL redirects)',
      ].join('\n'),
    );
    expect(list(articles, 'Removed')).toBe('- `2020/01/removed` خبر محذوف');
  });

  it('lists the entity whose alias was edited as changed, and nothing else', () => {
    const entities = section('Entities');
    expect(list(entities, 'Changed')).toBe('- `khalifa-haftar` خليفة حفتر');
    for (const title of ['Added', 'Renamed', 'Removed']) expect(list(entities, title)).toBe('_None._');
  });

  it('gives the mentions each entity gained and lost, with article and line, and none for a file only moved', () => {
    const mentions = section('Mentions gained and lost');
    // An alias added to an entity gains its mentions in articles nobody touched.
    expect(mentions).toContain('**خليفة حفتر** (`actors/khalifa-haftar`): +1 −0\n\n- gained: `2020/10/qatar-mou-breach` line 9 «المشير»');
    expect(mentions).toContain(
      '**فايز السراج** (`actors/fayez-al-sarraj`): +1 −0\n\n- gained: `2021/03/sarraj-talks` line 8 «فايز السراج»',
    );
    expect(mentions).toContain(
      '**قطر** (`actors/qatar`): +1 −1\n\n- gained: `2021/03/sarraj-talks` line 8 «الدوحة»\n- lost: `2020/01/removed` line 8 «قطر» (base)',
    );
    expect(mentions).not.toContain('haftar-doha-visit');
    expect(mentions).not.toContain('plain');
  });

  it('names the entity pages, timeline months and feeds whose content changes', () => {
    const pages = section('Pages whose content changes');
    expect(list(pages, 'Entity pages')).toBe(
      ['- `/actors/fayez-al-sarraj/`', '- `/actors/khalifa-haftar/`', '- `/actors/qatar/`'].join('\n'),
    );
    expect(list(pages, 'Timeline months')).toBe(
      ['- `/timeline/2020/01/`', '- `/timeline/2020/02/`', '- `/timeline/2021/01/`', '- `/timeline/2021/03/`'].join('\n'),
    );
    expect(list(pages, 'Feeds')).toBe(
      ['- `/actors/fayez-al-sarraj/feed.xml`', '- `/actors/khalifa-haftar/feed.xml`', '- `/actors/qatar/feed.xml`', '- `/feed.xml`'].join(
        '\n',
      ),
    );
  });

  it('reports check findings of the changed files only', () => {
    const warnings = section('Check warnings in changed files');
    expect(warnings).toMatch(/- `articles\/2021\/03\/sarraj-talks.md:8` warning: .*\[unlisted-mention\]/);
    expect(warnings.match(/^- /gm)).toHaveLength(1);
    // The unchanged file does have a finding of its own: the report leaves it out.
    expect(
      checkContentRoot(path.join(repo, 'content'))
        .problems.filter((problem) => problem.file.includes('elsewhere'))
        .map((problem) => problem.code),
    ).toEqual(['date-folder']);
    expect(warnings).not.toContain('elsewhere');
  });

  it('suggests aliases seen in the changed files', () => {
    expect(section('Alias suggestions for changed files')).toMatch(
      /- «السراج» → `actors\/fayez-al-sarraj`: 2×, strong \(`articles\/2021\/03\/sarraj-talks.md:8`/,
    );
  });

  it('carries the marker by which CI updates its one comment', () => {
    expect(report.startsWith('<!-- marsad-report -->\n## What this change does to the site (against `main`)')).toBe(true);
  });

  it('refuses a base that does not resolve', () => {
    const run = runReport(['--base', 'no-such-branch'], { ...process.env, CONTENT_DIR: path.join(repo, 'content') }, repo);
    expect(run.exitCode).toBe(2);
    expect(run.stderr[0]).toMatch(/^report: no-such-branch: no such commit or branch/);
  });
});
