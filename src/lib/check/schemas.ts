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
 * Cost: rendering the three schemas takes a few milliseconds (measured on the
 * demo content, about 15 ms for the render and 20 ms to read a second
 * content root), against hundreds for the check itself.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { displayPathOf, loadCorpus, type Corpus } from '../content/corpus.ts';
import { knownIds, renderSchemaFiles, staleSchemaFiles } from '../content/json-schema.ts';
import { FILE_START, problemFrom, type Problem } from '../content/problem.ts';
import { say } from '../messages/format.ts';

/** The repository this code belongs to (src/lib/check/ is three levels down). */
const REPOSITORY_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const isFolder = (folder: string): boolean => statSync(folder, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** The `schemas/` folder to compare and the content root its ids come from; undefined when there is none. */
export function schemaPair(contentRoot: string, repositoryRoot: string = REPOSITORY_ROOT): { dir: string; contentRoot: string } | undefined {
  const beside = path.join(path.dirname(path.resolve(contentRoot)), 'schemas');
  if (isFolder(beside)) return { dir: beside, contentRoot };
  const own = path.join(repositoryRoot, 'schemas');
  return isFolder(own) ? { dir: own, contentRoot: path.join(repositoryRoot, 'content') } : undefined;
}

/**
 * An error on each schema file that differs from what `npm run schema` would
 * write. `corpus` is the content root already read, reused when the pair is
 * its own.
 */
export function checkSchemas(corpus: Corpus, repositoryRoot: string = REPOSITORY_ROOT): Problem[] {
  const pair = schemaPair(corpus.root, repositoryRoot);
  if (!pair) return [];
  const source = path.resolve(pair.contentRoot) === path.resolve(corpus.root) ? corpus : loadCorpus(pair.contentRoot);
  const stale = staleSchemaFiles(pair.dir, renderSchemaFiles(knownIds(source)));
  return stale.map(({ name, reason }) => problemFrom(displayPathOf(path.join(pair.dir, name)), FILE_START, say('stale-schema', { reason })));
}
