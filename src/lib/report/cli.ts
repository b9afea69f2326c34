/**
 * `npm run report -- --base <git ref>`: what a change does to the site, as
 * Markdown (src/lib/report/markdown.ts). Returns its output and exit code so
 * that tests run it in-process. Exit 0 with a report, 2 on bad usage (no
 * git repository, a base that does not resolve).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { suggestAliases } from '../aliases/suggest.ts';
import { checkLoadedSite } from '../check/index.ts';
import { resolveContentRoot } from '../content/corpus.ts';
import { loadSiteIndex, type SiteIndex } from '../site-index.ts';
import { diffSnapshots } from './diff.ts';
import { baseCommit, contentAt, gitRenames, repositoryRoot } from './git.ts';
import { reportMarkdown, type ReportSuggestion, type ReportWarning } from './markdown.ts';
import { affectedPages } from './pages.ts';
import { takeSnapshot, type FileKey } from './snapshot.ts';

export interface ReportRun {
  exitCode: 0 | 2;
  stdout: string;
  stderr: string[];
}

const usage = (message: string): ReportRun => ({ exitCode: 2, stdout: '', stderr: [`report: ${message}`] });

/** Runs the report for command-line `args`, reading CONTENT_DIR from `env`. */
export function runReport(args: readonly string[], env: Record<string, string | undefined> = process.env, cwd = process.cwd()): ReportRun {
  let base: string;
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { base: { type: 'string', default: 'origin/main' } },
      strict: true,
      allowPositionals: false,
    });
    base = values.base;
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const contentRoot = resolveContentRoot(env, cwd);
  const repo = repositoryRoot(path.dirname(contentRoot)) ?? repositoryRoot(cwd);
  if (repo === undefined) return usage(`${contentRoot} is in no git repository: the report compares with a commit`);
  const commit = baseCommit(repo, base);
  if (commit === undefined)
    return usage(`${base}: no such commit or branch (fetch it first: git fetch origin ${base.replace(/^origin\//, '')})`);

  const relative = path.relative(repo, contentRoot).split(path.sep).join('/');
  const { root: baseRoot, tmp } = contentAt(repo, commit, relative);
  try {
    const before = loadSiteIndex(baseRoot, { maxAgeMs: 0 });
    const after = loadSiteIndex(contentRoot, { maxAgeMs: 0 });
    const baseSnapshot = takeSnapshot(before.corpus, before.mentions);
    const headSnapshot = takeSnapshot(after.corpus, after.mentions);
    const diff = diffSnapshots(baseSnapshot, headSnapshot, gitRenames(repo, commit, relative));
    const pages = affectedPages(baseSnapshot, headSnapshot, diff);
    const changedKeys = new Set<FileKey>([...diff.files.added, ...diff.files.changed].map((file) => file.key));
    for (const rename of diff.files.renamed) changedKeys.add(rename.to);
    const markdown = reportMarkdown({
      base,
      diff,
      pages,
      names: entityNames(before, after),
      ...scopedFindings(after, changedKeys, contentRoot),
    });
    return { exitCode: 0, stdout: markdown, stderr: [] };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function entityNames(...sites: SiteIndex[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const site of sites)
    for (const entity of [...site.corpus.actors, ...site.corpus.agreements])
      names.set(`${entity.collection}/${entity.id}`, entity.data.name);
  return names;
}

/** The check's problems and the alias suggestions that concern the changed files, paths relative to the content root. */
function scopedFindings(
  site: SiteIndex,
  changed: ReadonlySet<FileKey>,
  contentRoot: string,
): { warnings: ReportWarning[]; suggestions: ReportSuggestion[] } {
  const entries = [...site.corpus.articles, ...site.corpus.actors, ...site.corpus.agreements];
  const changedFiles = new Set(
    entries.filter((entry) => changed.has(`${entry.collection}/${entry.id}`)).map((entry) => path.resolve(entry.file)),
  );
  const relative = (file: string): string => path.relative(contentRoot, path.resolve(file)).split(path.sep).join('/');
  // Problem and example paths are display paths, relative to this process's directory.
  const isChanged = (displayPath: string): boolean => changedFiles.has(path.resolve(displayPath));

  const warnings = checkLoadedSite(site)
    .problems.filter((problem) => isChanged(problem.file))
    .map((problem) => ({
      file: relative(problem.file),
      line: problem.line,
      code: problem.code,
      message: `${problem.severity}: ${problem.message}`,
    }));
  const suggestions = suggestAliases(site)
    .filter(
      (suggestion) =>
        changed.has(suggestion.key as FileKey) || suggestion.examples.some((example) => isChanged(example.replace(/:\d+$/, ''))),
    )
    .map((suggestion) => ({
      text: suggestion.text,
      entity: suggestion.key,
      count: suggestion.count,
      verdict: suggestion.verdict,
      examples: suggestion.examples.map((example) => relative(example.replace(/:\d+$/, '')) + (/:\d+$/.exec(example)?.[0] ?? '')),
    }));
  return { warnings, suggestions };
}
