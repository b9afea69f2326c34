/**
 * Which files `--fix` may edit: those changed since the branch left its base,
 * so that fixing one's own article never rewrites articles others published.
 *
 * Changed means: different from the merge base of HEAD and the base branch
 * (`git merge-base HEAD <base>`; the base is `--base <ref>`, else `origin/main`,
 * else `main`), whether committed on the branch, staged, modified in the
 * working tree, or untracked (not ignored). A renamed file counts under its
 * new name.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';

export type FixScope =
  /** Every file: asked for with `--all`, or the content is in no git repository. */
  | { kind: 'all'; why: 'asked' | 'outside-git' }
  | { kind: 'changed'; base: string; files: ReadonlySet<string> }
  /** A base that does not resolve: `--fix` stops rather than guess. */
  | { kind: 'no-base'; base: string };

const DEFAULT_BASES = ['origin/main', 'main'];

function git(cwd: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** The same file whatever the spelling of its path (symbolic links, `..`): how a scope is compared. */
function canonicalPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** The files `--fix` may edit under `contentRoot`, as canonical absolute paths. */
export function fixScope(contentRoot: string, options: { all: boolean; base: string | undefined }): FixScope {
  if (options.all) return { kind: 'all', why: 'asked' };
  const top = git(canonicalPath(contentRoot), ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) return { kind: 'all', why: 'outside-git' };
  const candidates = options.base === undefined ? DEFAULT_BASES : [options.base];
  const base = candidates.find((ref) => git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) !== undefined);
  const mergeBase = base === undefined ? undefined : git(top, ['merge-base', 'HEAD', base])?.trim();
  if (base === undefined || !mergeBase) return { kind: 'no-base', base: candidates[0]! };
  const listed = [
    git(top, ['diff', '--name-only', '--no-renames', '-z', mergeBase, '--']),
    git(top, ['ls-files', '--others', '--exclude-standard', '--full-name', '-z']),
  ];
  const files = new Set<string>();
  for (const output of listed) {
    for (const name of (output ?? '').split('\0')) if (name !== '') files.add(canonicalPath(path.join(top, name)));
  }
  return { kind: 'changed', base, files };
}

/** Whether `--fix` may edit `file` in this scope. */
export function inScope(scope: FixScope, file: string): boolean {
  if (scope.kind === 'all') return true;
  return scope.kind === 'changed' && scope.files.has(canonicalPath(file));
}
