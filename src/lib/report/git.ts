/**
 * The git side of the report: the base's content, unpacked into a temporary
 * folder (`git archive <commit> content | tar -x`), and git's own rename
 * detection between the base and the working tree.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FileKey } from './snapshot.ts';
import { COLLECTIONS, type CollectionName } from '../content/schema.ts';

const git = (cwd: string, args: readonly string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });

/** The repository's top folder, or undefined outside git. */
export function repositoryRoot(dir: string): string | undefined {
  try {
    return git(dir, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return undefined;
  }
}

/**
 * The commit to compare with: where HEAD left `ref` (so a branch's report
 * shows its own changes, not those merged into the base since), or `ref`
 * itself when they share no history. Undefined when `ref` does not resolve.
 */
export function baseCommit(repo: string, ref: string): string | undefined {
  try {
    const commit = git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
    try {
      return git(repo, ['merge-base', 'HEAD', commit]).trim();
    } catch {
      return commit;
    }
  } catch {
    return undefined;
  }
}

/** The content folder (`relative` to the repository) as it was at `commit`, in a new temporary folder; empty when it did not exist yet. */
export function contentAt(repo: string, commit: string, relative: string): { root: string; tmp: string } {
  const tmp = mkdtempSync(path.join(tmpdir(), 'marsad-report-base-'));
  const root = path.join(tmp, relative);
  let archive: Buffer | undefined;
  try {
    archive = execFileSync('git', ['archive', '--format=tar', commit, '--', relative], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 30,
    });
  } catch {
    archive = undefined;
  }
  if (archive === undefined) mkdirSync(root, { recursive: true });
  else execFileSync('tar', ['-x', '-C', tmp], { input: archive });
  return { root, tmp };
}

/** The content files git sees as renamed between `commit` and the working tree, as keys. */
export function gitRenames(repo: string, commit: string, relative: string): Array<{ from: FileKey; to: FileKey }> {
  let output: string;
  try {
    output = git(repo, ['diff', '--no-color', '--name-status', '-M', '--diff-filter=R', commit, '--', relative || '.']);
  } catch {
    return [];
  }
  const renames: Array<{ from: FileKey; to: FileKey }> = [];
  for (const line of output.split('\n')) {
    const [, from, to] = line.split('\t');
    const fromKey = from === undefined ? undefined : keyOf(from, relative);
    const toKey = to === undefined ? undefined : keyOf(to, relative);
    if (fromKey !== undefined && toKey !== undefined) renames.push({ from: fromKey, to: toKey });
  }
  return renames;
}

/** `content/articles/2020/10/x.md` → `articles/2020/10/x`, or undefined for a file that is no content file. */
function keyOf(file: string, relative: string): FileKey | undefined {
  const inside = relative === '' ? file : file.startsWith(`${relative}/`) ? file.slice(relative.length + 1) : undefined;
  if (inside === undefined || !inside.endsWith('.md')) return undefined;
  const [collection, ...rest] = inside.slice(0, -'.md'.length).split('/');
  if (collection === undefined || !(collection in COLLECTIONS) || rest.length === 0) return undefined;
  return `${collection as CollectionName}/${rest.join('/')}`;
}
