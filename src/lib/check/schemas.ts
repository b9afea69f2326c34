/**
 * The editor schemas in `schemas/` list every actor and agreement id, so a
 * new entity leaves them stale. CI compares them (`npm run schema -- --check`);
 * the check says so first, as an error naming the command that rewrites them,
 * and `--fix` rewrites them.
 *
 * Which `schemas/` goes with which content: the folder sits at the repository
 * root beside the content folder (`content/` and `schemas/`), so a content
 * root with a `schemas/` folder beside it is compared with that folder. A
 * content root with none beside it (CONTENT_DIR pointing at a folder of its
 * own, a generated benchmark corpus, a test's temporary root) has no schemas
 * of its own, and building it must not fail because another content folder's
 * schemas are stale: nothing is compared.
 *
 * Cost (measured on the demo content): rendering the three schemas takes
 * about 3 ms.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { displayPathOf, type Corpus } from '../content/corpus.ts';
import { knownIds, renderSchemaFiles, staleSchemaFiles } from '../content/json-schema.ts';
import { FILE_START, problemFrom, type Problem } from '../content/problem.ts';
import { say } from '../messages/format.ts';

const isFolder = (folder: string): boolean => statSync(folder, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** The `schemas/` folder beside `contentRoot`; undefined when there is none. */
export function schemaFolderOf(contentRoot: string): string | undefined {
  const beside = path.join(path.dirname(path.resolve(contentRoot)), 'schemas');
  return isFolder(beside) ? beside : undefined;
}

/** An error on each schema file beside the content root that differs from what `npm run schema` would write. */
export function checkSchemas(corpus: Corpus): Problem[] {
  const dir = schemaFolderOf(corpus.root);
  if (dir === undefined) return [];
  const stale = staleSchemaFiles(dir, renderSchemaFiles(knownIds(corpus)));
  return stale.map(({ name, reason }) => problemFrom(displayPathOf(path.join(dir, name)), FILE_START, say('stale-schema', { reason })));
}

/** For `--fix`: rewrites the stale schema files beside `corpus`'s root, as `npm run schema` would; returns their display paths. */
export function refreshOwnSchemas(corpus: Corpus): string[] {
  const dir = schemaFolderOf(corpus.root);
  if (dir === undefined) return [];
  const rendered = renderSchemaFiles(knownIds(corpus));
  const stale = new Set(staleSchemaFiles(dir, rendered).map(({ name }) => name));
  mkdirSync(dir, { recursive: true });
  const written = rendered.filter(({ name }) => stale.has(name));
  for (const { name, text } of written) writeFileSync(path.join(dir, name), text);
  return written.map(({ name }) => displayPathOf(path.join(dir, name)));
}
