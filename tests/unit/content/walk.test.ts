/**
 * The content walk follows no symbolic link: a loop, a dangling link, a link
 * to a file outside the root are each a problem naming the link, and nothing
 * throws, in the walk itself, the loader, the site index and the check.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentRoot } from '../../../src/lib/check/index.ts';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { formatProblem, problemText, type Problem } from '../../../src/lib/content/problem.ts';
import { walkFolder } from '../../../src/lib/content/walk.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

/** The valid corpus plus links made by `link(root)`. */
function rootWith(link: (root: string) => void): string {
  const root = makeContentRoot(VALID_FILES);
  link(root);
  return root;
}

const CASES: Record<string, { make: (root: string) => void; entry: string; says: RegExp }> = {
  'a link to its own parent folder (a loop)': {
    make: (root) => symlinkSync('..', path.join(root, 'articles/2020/loop')),
    entry: 'articles/2020/loop',
    says: /^is a symbolic link to "\.\.", a folder that contains the link, so reading it would never end \(a loop\): links in the content folder are not followed/,
  },
  'a link to the folder it is in': {
    make: (root) => symlinkSync('.', path.join(root, 'articles/here')),
    entry: 'articles/here',
    says: /a folder that contains the link, so reading it would never end/,
  },
  'a link to itself': {
    make: (root) => symlinkSync('self.md', path.join(root, 'articles/self.md')),
    entry: 'articles/self.md',
    says: /^is a symbolic link to "self\.md", which leads back to itself \(a loop\)/,
  },
  'a dangling link': {
    make: (root) => symlinkSync('nowhere.md', path.join(root, 'articles/2020/gone.md')),
    entry: 'articles/2020/gone.md',
    says: /^is a symbolic link to "nowhere\.md", which does not exist \(a dangling link\)/,
  },
  'a link to a file outside the root': {
    make: (root) => {
      const outside = path.join(mkdtempSync(path.join(tmpdir(), 'marsad-outside-')), 'secret.md');
      writeFileSync(outside, '---\ntitle: سر\ndate: 2020-10-26\nsummary: ملخص.\n---\n\nنص.\n');
      symlinkSync(outside, path.join(root, 'articles/2020/secret.md'));
    },
    entry: 'articles/2020/secret.md',
    says: /, outside the content folder: links in the content folder are not followed; put the file itself here \(a copy\), or delete the link( \[symbolic-link\])?$/,
  },
  'a link to a file inside the root': {
    make: (root) => symlinkSync('10/qatar-mou-breach.md', path.join(root, 'articles/2020/copy.md')),
    entry: 'articles/2020/copy.md',
    says: /^is a symbolic link to "10\/qatar-mou-breach\.md": links in the content folder are not followed/,
  },
  'a link to a folder outside the root': {
    make: (root) => symlinkSync(mkdtempSync(path.join(tmpdir(), 'marsad-elsewhere-')), path.join(root, 'actors', 'nested')),
    entry: 'actors/nested',
    says: /^is a symbolic link to "[^"]+", outside the content folder/,
  },
};

describe('walkFolder', () => {
  for (const [name, { make, entry, says }] of Object.entries(CASES)) {
    it(`${name}: is skipped with a message, never followed`, () => {
      const root = rootWith(make);
      const collection = entry.split('/')[0] as string;
      const listing = walkFolder(path.join(root, collection), { recursive: collection === 'articles', root });
      expect(listing.skipped).toEqual([{ file: path.join(root, entry), said: expect.objectContaining({ code: 'symbolic-link' }), message: expect.stringMatching(says) }]);
      expect(listing.files.every((file) => !file.includes('loop/') && !file.includes('here/'))).toBe(true);
    });
  }

  it('lists regular files in code-unit order, descending only when asked', () => {
    const root = makeContentRoot({ 'articles/b.md': 'x', 'articles/2020/10/a.md': 'x', 'articles/A.md': 'x' });
    expect(walkFolder(path.join(root, 'articles'), { recursive: true }).files).toEqual(['2020/10/a.md', 'A.md', 'b.md']);
    expect(walkFolder(path.join(root, 'articles'), { recursive: false }).files).toEqual(['A.md', 'b.md']);
  });

  it('reports a folder that is itself a link, and a missing folder, without throwing', () => {
    const root = makeContentRoot({ 'real/a.md': 'x' });
    symlinkSync(path.join(root, 'real'), path.join(root, 'linked'));
    expect(walkFolder(path.join(root, 'linked'), { recursive: true }).skipped).toEqual([{ file: path.join(root, 'linked'), said: expect.objectContaining({ code: 'symbolic-link' }), message: expect.stringMatching(/^is a symbolic link to /) }]);
    expect(walkFolder(path.join(root, 'missing'), { recursive: true }).skipped).toEqual([{ file: path.join(root, 'missing'), said: expect.objectContaining({ code: 'unreadable-folder' }), message: expect.stringMatching(/^the folder cannot be read \(ENOENT\)/) }]);
  });

  it('reports a named pipe as neither file nor folder', () => {
    const root = makeContentRoot(VALID_FILES);
    execFileSync('mkfifo', [path.join(root, 'articles/pipe.md')]);
    expect(walkFolder(path.join(root, 'articles'), { recursive: true }).skipped).toEqual([{ file: path.join(root, 'articles/pipe.md'), said: expect.objectContaining({ code: 'special-file' }), message: expect.stringMatching(/^is neither a file nor a folder/) }]);
  });
});

/** A problem as a contributor reads it: place, severity, code, and message with hint and code as one text. */
function told(problem: Problem) {
  const { file, line, column, severity, code } = problem;
  return { file, line, column, severity, code, text: problemText(problem) };
}

describe('every reader of the content root', () => {
  for (const [name, { make, entry, says }] of Object.entries(CASES)) {
    it(`${name}: the loader, the site index and the check report it as path: message`, () => {
      const root = rootWith(make);
      const expected = { file: path.join(root, entry), line: 1, column: 1, severity: 'error', code: 'symbolic-link', text: expect.stringMatching(says) };
      expect(loadCorpus(root).problems.map(told)).toEqual([expected]);
      expect(loadSiteIndex(root, { maxAgeMs: 0 }).corpus.problems.map(told)).toEqual([expected]);
      const check = checkContentRoot(root);
      expect(check.problems.map(formatProblem)).toEqual([expect.stringMatching(new RegExp(`^${escape(path.join(root, entry))}:1:1: error: is a symbolic link`))]);
      // The valid files are all still read.
      expect([check.corpus.articles.length, check.corpus.actors.length, check.corpus.agreements.length]).toEqual([1, 3, 1]);
    });
  }

  it('a linked actor file is reported once, not again at each article that lists it', () => {
    const root = makeContentRoot({ ...VALID_FILES, 'actors/qatar.md': '' });
    const outside = path.join(mkdtempSync(path.join(tmpdir(), 'marsad-outside-')), 'qatar.md');
    writeFileSync(outside, VALID_FILES['actors/qatar.md'] as string);
    execFileSync('ln', ['-sf', outside, path.join(root, 'actors/qatar.md')]);
    const problems = checkContentRoot(root).problems;
    expect(problems).toEqual([expect.objectContaining({ file: path.join(root, 'actors/qatar.md'), message: expect.stringMatching(/outside the content folder/) })]);
  });

  it('a collection folder that is a link is reported and not read; the root itself may be a link', () => {
    const root = makeContentRoot(VALID_FILES);
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'marsad-elsewhere-'));
    execFileSync('mv', [path.join(root, 'agreements'), elsewhere]);
    symlinkSync(path.join(elsewhere, 'agreements'), path.join(root, 'agreements'));
    const linkedRoot = path.join(mkdtempSync(path.join(tmpdir(), 'marsad-root-link-')), 'content');
    symlinkSync(root, linkedRoot);
    const check = checkContentRoot(linkedRoot);
    expect(check.problems.filter((problem) => problem.file === path.join(linkedRoot, 'agreements'))).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/^is a symbolic link to "[^"]+", outside the content folder/) }),
    ]);
    expect([check.corpus.articles.length, check.corpus.actors.length, check.corpus.agreements.length]).toEqual([1, 3, 0]);
  });

  it('adding or removing a link changes the site index, so the next check sees it', () => {
    const root = makeContentRoot(VALID_FILES);
    expect(loadSiteIndex(root, { maxAgeMs: 0 }).corpus.problems).toEqual([]);
    symlinkSync('..', path.join(root, 'articles/loop'));
    expect(loadSiteIndex(root, { maxAgeMs: 0 }).corpus.problems).toHaveLength(1);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
