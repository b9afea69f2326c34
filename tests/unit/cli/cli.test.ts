import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const tsx = path.resolve('node_modules/.bin/tsx');

function run(script: string, contentDir: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(tsx, [path.resolve('scripts', script), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, GITHUB_ACTIONS: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ARTICLE = 'articles/2020/10/qatar-mou-breach.md';
const withUnknownActor = {
  ...VALID_FILES,
  [ARTICLE]: '---\ntitle: عنوان\ndate: 2020-10-26\nsummary: ملخص\nactors:\n  - qatar\n  - qatr\n---\n\nعن قطر.\n',
};

describe('npm run check', () => {
  it('exits 1 naming the file and line of an unknown actor id, without a stack trace', () => {
    const root = makeContentRoot(withUnknownActor);
    const { status, stdout, stderr } = run('check.ts', root);
    expect(status).toBe(1);
    expect(stdout).toContain(`${path.join(root, ARTICLE)}:7:5: error: unknown actor \`qatr\``);
    expect(stdout).toContain('did you mean `qatar`?');
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });
  it('exits 0 on a valid content root, CONTENT_DIR relative to the working directory', () => {
    const root = makeContentRoot(VALID_FILES);
    const { status, stdout } = run('check.ts', path.relative(process.cwd(), root));
    expect(status).toBe(0);
    expect(stdout).toMatch(/✓ 1 articles, 3 actors, 1 agreements: no problems/);
  });
  it('also prints GitHub annotations under GitHub Actions', () => {
    const root = makeContentRoot(withUnknownActor);
    const { stdout } = run('check.ts', root, [], { GITHUB_ACTIONS: 'true' });
    expect(stdout).toMatch(/^::error file=.*qatar-mou-breach\.md,line=7,col=5::unknown actor `qatr`/m);
  });
  it('--fix adds the entities the text mentions (outside git: every file, and it says so)', () => {
    const root = makeContentRoot({
      ...VALID_FILES,
      [ARTICLE]: '---\ntitle: عنوان\ndate: 2020-10-26\nsummary: ملخص\nactors: [qatar]\n---\n\nقطر وحفتر.\n',
    });
    const { status, stdout } = run('check.ts', root, ['--fix']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/qatar-mou-breach\.md: added actors: khalifa-haftar/);
    expect(stdout).toMatch(/no problems/);
    expect(stdout).toContain(
      'the content folder is not in a git repository, so `--fix` cannot tell which files you changed: it looks at every file, as with `--all` [fix-outside-git]',
    );
  });
});

/** Every file under a folder and its bytes, to show that a run wrote nothing. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (!file.includes(`${path.sep}.git${path.sep}`)) files[path.relative(root, file)] = readFileSync(file).toString('base64');
  }
  return files;
}

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync(
    'git',
    ['-c', 'user.name=Marsad', '-c', 'user.email=marsad@example.org', '-c', 'commit.gpgsign=false', ...args],
    { cwd, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** A repository with the files committed under content/ on `branch`, then a branch `work` checked out. */
function repository(files: Record<string, string>, branch = 'main'): { top: string; content: string } {
  const top = makeContentRoot({});
  const content = path.join(top, 'content');
  git(top, 'init', '-q', '-b', branch);
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(content, relative);
    spawnSync('mkdir', ['-p', path.dirname(file)]);
    writeFileSync(file, text);
  }
  git(top, 'add', '.');
  git(top, 'commit', '-q', '-m', 'published');
  git(top, 'checkout', '-q', '-b', 'work');
  return { top, content };
}

/** An article that mentions Haftar (an actor it does not list), so --fix has something to add. */
const MENTIONS_HAFTAR = (title: string) =>
  `---\ntitle: ${title}\ndate: 2020-10-26\nsummary: ملخص.\nactors: [qatar] # listed by hand\n---\n\nقطر وحفتر.\n`;
const FIX_TIMEOUT = { timeout: 60_000 };

describe('npm run check -- --fix is safe', () => {
  it('refuses while an error remains, prints why, exits 1 and writes nothing', FIX_TIMEOUT, () => {
    const root = makeContentRoot({
      ...VALID_FILES,
      [ARTICLE]: MENTIONS_HAFTAR('عنوان'),
      'actors/mohamed-al-menfi.md': '---\nname: محمد المنفي\nkind: person\naliases: [قطر]\n---\nرئيس.\n',
    });
    const before = snapshot(root);
    const { status, stdout } = run('check.ts', root, ['--fix', '--all']);
    expect(status).toBe(1);
    expect(stdout).toMatch(/mohamed-al-menfi\.md:4:11: error: "قطر" is already a name of actors\/qatar/);
    expect(stdout).toContain(
      'error: `--fix` changed no file: 1 error remains that it cannot fix: fix the errors listed above, then run `npm run check -- --fix` again [fix-refused]',
    );
    expect(snapshot(root)).toEqual(before);
  });
  it('says why in Arabic too', FIX_TIMEOUT, () => {
    const root = makeContentRoot({ ...VALID_FILES, 'actors/qatar.md': '---\nname: قطر\n---\n' });
    const before = snapshot(root);
    const { status, stdout } = run('check.ts', root, ['--fix', '--all'], { MARSAD_LANG: 'ar' });
    expect(status).toBe(1);
    expect(stdout).toContain('لم يغيّر `--fix` أي ملف، لأن في الفحص أخطاء لا يستطيع تصحيحها (عددها: 1).');
    expect(snapshot(root)).toEqual(before);
  });
  it('replaces a misspelled id it is certain of, and keeps the rest of the file byte for byte', FIX_TIMEOUT, () => {
    const text =
      '---\ntitle: عنوان\ndate: 2020-10-26\nsummary: ملخص\nactors:\n  - qatr   # the state\n  - libyan-national-army\n---\n\nقطر وقوات حفتر.\n';
    const root = makeContentRoot({ ...VALID_FILES, [ARTICLE]: text });
    const { status, stdout } = run('check.ts', root, ['--fix', '--all']);
    expect(stdout).toContain('qatar-mou-breach.md: replaced qatr → qatar');
    expect(status).toBe(0);
    expect(readFileSync(path.join(root, ARTICLE), 'utf8')).toBe(text.replace('- qatr ', '- qatar '));
  });
  it('leaves an id it cannot be sure of, and then refuses everything', FIX_TIMEOUT, () => {
    const root = makeContentRoot({
      ...VALID_FILES,
      [ARTICLE]: '---\ntitle: عنوان\ndate: 2020-10-26\nsummary: ملخص\nactors: [qtr]\n---\n\nقطر وحفتر.\n',
    });
    const before = snapshot(root);
    const { status, stdout } = run('check.ts', root, ['--fix', '--all']);
    expect(status).toBe(1);
    expect(stdout).toContain('did you mean `qatar`?');
    expect(stdout).toContain('[fix-refused]');
    expect(snapshot(root)).toEqual(before);
  });
  it('writes a date typed in Arabic-Indic digits in ASCII digits, and nothing else', FIX_TIMEOUT, () => {
    const text = VALID_FILES[ARTICLE]!.replace('date: 2020-10-26', 'date: ٢٠٢٠-١٠-٢٦ # يوم النشر');
    const root = makeContentRoot({ ...VALID_FILES, [ARTICLE]: text });
    const { status, stdout } = run('check.ts', root, ['--fix', '--all']);
    expect(stdout).toContain('qatar-mou-breach.md: date written in ASCII digits: 2020-10-26');
    expect(readFileSync(path.join(root, ARTICLE), 'utf8')).toBe(
      VALID_FILES[ARTICLE]!.replace('date: 2020-10-26', 'date: 2020-10-26 # يوم النشر'),
    );
    expect(status).toBe(0);
  });
  it('edits only the files changed since the base branch: new, then modified; --all edits the rest', FIX_TIMEOUT, () => {
    const published = 'articles/2020/10/published.md';
    const { top, content } = repository({ ...VALID_FILES, [published]: MENTIONS_HAFTAR('قديم') });
    const fresh = 'articles/2020/10/fresh.md';
    writeFileSync(path.join(content, fresh), MENTIONS_HAFTAR('جديد'));
    const before = readFileSync(path.join(content, published), 'utf8');

    const first = run('check.ts', content, ['--fix']);
    expect(first.stdout).toMatch(/fresh\.md: added actors: khalifa-haftar/);
    expect(first.stdout).not.toMatch(/published\.md: added/);
    expect(readFileSync(path.join(content, fresh), 'utf8')).toBe(MENTIONS_HAFTAR('جديد').replace('[qatar]', '[qatar, khalifa-haftar]'));
    expect(readFileSync(path.join(content, published), 'utf8')).toBe(before);

    // Committed on the branch, a file still counts as changed since the base.
    git(top, 'add', '.');
    git(top, 'commit', '-q', '-m', 'fresh');
    writeFileSync(path.join(content, published), before.replace('قديم', 'معدّل'));
    const second = run('check.ts', content, ['--fix', '--base', 'main']);
    expect(second.stdout).toMatch(/published\.md: added actors: khalifa-haftar/);

    const untouched = 'articles/2020/10/qatar-mou-breach.md';
    writeFileSync(path.join(content, untouched), MENTIONS_HAFTAR('ثالث'));
    git(top, 'add', '.');
    git(top, 'commit', '-q', '-m', 'third');
    git(top, 'checkout', '-q', 'main');
    git(top, 'merge', '-q', 'work');
    expect(run('check.ts', content, ['--fix']).stdout).not.toMatch(/added/);
    expect(run('check.ts', content, ['--fix', '--all']).stdout).toMatch(/qatar-mou-breach\.md: added actors: khalifa-haftar/);
  });
  it('stops when it cannot find the base branch, and takes another with --base', FIX_TIMEOUT, () => {
    const { content } = repository({ ...VALID_FILES, [ARTICLE]: VALID_FILES[ARTICLE]! }, 'trunk');
    writeFileSync(path.join(content, 'articles/2020/10/fresh.md'), MENTIONS_HAFTAR('جديد'));
    const before = snapshot(content);
    const refused = run('check.ts', content, ['--fix']);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('error: `--fix` cannot find the branch "origin/main" to tell which files you changed');
    expect(snapshot(content)).toEqual(before);
    const based = run('check.ts', content, ['--fix', '--base=trunk']);
    expect(based.status).toBe(0);
    expect(based.stdout).toMatch(/fresh\.md: added actors: khalifa-haftar/);
  });
});

describe('npm run --silent mentions', () => {
  it('prints only a JSON array of body mentions on standard output', () => {
    const root = makeContentRoot(VALID_FILES);
    const { status, stdout } = run('mentions.ts', root);
    expect(status).toBe(0);
    const records: unknown = JSON.parse(stdout);
    expect(records).toEqual([
      { article: '2020/10/qatar-mou-breach', entity: 'actors/libyan-national-army', line: 9, column: 8, text: 'قوات حفتر' },
      { article: '2020/10/qatar-mou-breach', entity: 'actors/qatar', line: 9, column: 38, text: 'قطر' },
      {
        article: '2020/10/qatar-mou-breach',
        entity: 'agreements/geneva-ceasefire-2020',
        line: 9,
        column: 47,
        text: 'اتفاق وقف إطلاق النار الدائم',
      },
    ]);
  });
  it('sends content errors to standard error and exits 1', () => {
    const root = makeContentRoot({ ...VALID_FILES, 'actors/qatar.md': '---\nname: قطر\n---\n' });
    const { status, stdout, stderr } = run('mentions.ts', root);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/actors\/qatar\.md:1:1: error: the required field `kind` is missing/);
  });
});

describe('npm run check -- --fix and the editor schemas', () => {
  it('rewrites the stale schemas beside its own content root, so a new actor does not block the other fixes', FIX_TIMEOUT, () => {
    const project = makeContentRoot({});
    const content = path.join(project, 'content');
    const stale = '{ "stale": true }\n';
    for (const [relative, text] of Object.entries({ ...VALID_FILES, [ARTICLE]: MENTIONS_HAFTAR('عنوان') })) {
      const file = path.join(content, relative);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    mkdirSync(path.join(project, 'schemas'));
    for (const name of ['article.schema.json', 'actor.schema.json', 'agreement.schema.json'])
      writeFileSync(path.join(project, 'schemas', name), stale);

    const before = run('check.ts', content);
    expect(before.status).toBe(1);
    expect(before.stdout).toContain('[stale-schema]');

    const fixed = run('check.ts', content, ['--fix']);
    expect(fixed.stdout).toMatch(/schemas\/actor\.schema\.json: updated with the current entity ids \(commit it\)/);
    expect(fixed.stdout).toMatch(/qatar-mou-breach\.md: added actors: khalifa-haftar/);
    expect(readFileSync(path.join(project, 'schemas', 'actor.schema.json'), 'utf8')).toContain('khalifa-haftar');
    expect(fixed.stdout).not.toContain('[stale-schema]');
    expect(fixed.status).toBe(0);
  });
});
