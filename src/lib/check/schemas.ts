/**
 * The editor schemas in `schemas/` list every actor and agreement id, so a
 * new entity leaves them stale. CI compares them (`npm run schema -- --check`);
 * the check says so first, as an error naming the command that rewrites them.
 *
 * Which `schemas/` goes with which content: the folder sits at the repository
 * root beside the content folder (`content/` and `schemas/`), so a content
 * root with a `schemas/` folder beside it is compared with that folder. A
 * content root with none beside it (CONTENT_DIR pointing at a folder of its
 * own, as tests do) does not own this repository's schemas; those are still
 * compared, with the repository's own content folder, the pair
 * `npm run schema` writes and CI checks. A repository without `schemas/`
 * (a fork that dropped them) has nothing to compare.
 *
 * Cost (measured on the demo content): rendering the three schemas takes
 * about 3 ms; reading the repository's content a second time, when it is not
 * the root being checked, about 50 ms, so that result is kept until a file
 * of that content or of `schemas/` changes (its size or time of change).
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { displayPathOf, listCollection, loadCorpus, type Corpus } from '../content/corpus.ts';
import { knownIds, renderSchemaFiles, staleSchemaFiles } from '../content/json-schema.ts';
import { FILE_START, problemFrom, type Problem } from '../content/problem.ts';
import { COLLECTIONS, type CollectionName } from '../content/schema.ts';
import { say } from '../messages/format.ts';

/** The repository this code belongs to (src/lib/check/ is three levels down). */
const REPOSITORY_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const isFolder = (folder: string): boolean => statSync(folder, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** The `schemas/` folder to compare and the content root its ids come from; undefined when there is none. */
export function schemaPair(contentRoot: string, repositoryRoot: string = REPOSITORY_ROOT): { dir: string; contentRoot: string } | undefined {
  const beside = path.join(path.dirname(path.resolve(contentRoot)), 'schemas');
  if (isFolder(beside)) return { dir: beside, contentRoot };
  const own = path.join(repositoryRoot, 'schemas');
  const content = path.join(repositoryRoot, 'content');
  return isFolder(own) && isFolder(content) ? { dir: own, contentRoot: content } : undefined;
}

/**
 * An error on each schema file that differs from what `npm run schema` would
 * write. `corpus` is the content root already read, reused when the pair is
 * its own.
 */
export function checkSchemas(corpus: Corpus, repositoryRoot: string = REPOSITORY_ROOT): Problem[] {
  const pair = schemaPair(corpus.root, repositoryRoot);
  if (!pair) return [];
  if (path.resolve(pair.contentRoot) === path.resolve(corpus.root)) return compare(pair.dir, corpus);
  const signature = filesSignature(pair.dir, pair.contentRoot);
  const memo = memos.get(pair.dir);
  if (memo?.signature === signature) return memo.problems;
  const problems = compare(pair.dir, loadCorpus(pair.contentRoot));
  memos.set(pair.dir, { signature, problems });
  return problems;
}

function compare(dir: string, corpus: Corpus): Problem[] {
  const stale = staleSchemaFiles(dir, renderSchemaFiles(knownIds(corpus)));
  return stale.map(({ name, reason }) => problemFrom(displayPathOf(path.join(dir, name)), FILE_START, say('stale-schema', { reason })));
}

/** The comparison of a `schemas/` folder with content other than the checked root, by that folder. */
const memos = new Map<string, { signature: string; problems: Problem[] }>();

/** Names, sizes and times of change of the content files and schema files: what the comparison depends on. */
function filesSignature(dir: string, contentRoot: string): string {
  const stamp = (file: string) => {
    const stat = statSync(file, { throwIfNoEntry: false });
    return `${file}\0${stat?.size ?? -1}\0${stat?.mtimeMs ?? -1}`;
  };
  const files = readdirSync(dir).map((name) => path.join(dir, name));
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    files.push(...listCollection(contentRoot, collection).files.map((relative) => path.join(contentRoot, collection, relative)));
  }
  return files.map(stamp).join('\n');
}

/**
 * For `--fix`: rewrites the stale schema files of `corpus`'s own `schemas/`
 * folder, as `npm run schema` would, and returns their display paths. A
 * folder that goes with other content (see schemaPair) is left alone: that
 * content was not the one checked.
 */
export function refreshOwnSchemas(corpus: Corpus, repositoryRoot: string = REPOSITORY_ROOT): string[] {
  const pair = schemaPair(corpus.root, repositoryRoot);
  if (!pair || path.resolve(pair.contentRoot) !== path.resolve(corpus.root)) return [];
  const rendered = renderSchemaFiles(knownIds(corpus));
  const stale = new Set(staleSchemaFiles(pair.dir, rendered).map(({ name }) => name));
  mkdirSync(pair.dir, { recursive: true });
  const written = rendered.filter(({ name }) => stale.has(name));
  for (const { name, text } of written) writeFileSync(path.join(pair.dir, name), text);
  return written.map(({ name }) => displayPathOf(path.join(pair.dir, name)));
}

/** Whether `--fix` rewrites the schemas that go with `corpus` (they are its own). */
export function ownsSchemas(corpus: Corpus, repositoryRoot: string = REPOSITORY_ROOT): boolean {
  const pair = schemaPair(corpus.root, repositoryRoot);
  return pair !== undefined && path.resolve(pair.contentRoot) === path.resolve(corpus.root);
}
