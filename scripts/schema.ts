/**
 * `npm run schema`: writes the editor schemas of the three kinds of
 * frontmatter into schemas/, listing the ids of the content root.
 * `npm run schema -- --check`: exits 1 when the committed files differ from
 * what would be written (for CI).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus, resolveContentRoot } from '../src/lib/content/corpus.ts';
import { knownIds, renderSchemaFiles, staleSchemaFiles } from '../src/lib/content/json-schema.ts';

const dir = path.resolve(import.meta.dirname, '..', 'schemas');
const shown = (name: string) => path.relative(process.cwd(), path.join(dir, name)) || name;

try {
  const rendered = renderSchemaFiles(knownIds(loadCorpus(resolveContentRoot())));
  if (process.argv.includes('--check')) {
    const stale = staleSchemaFiles(dir, rendered);
    for (const { name, reason } of stale) {
      console.error(
        `${shown(name)} ${reason === 'missing' ? 'is missing' : 'is out of date with the content'}: run npm run schema and commit the result`,
      );
    }
    if (stale.length === 0) console.log(`✓ ${rendered.length} schemas up to date`);
    process.exitCode = stale.length > 0 ? 1 : 0;
  } else {
    mkdirSync(dir, { recursive: true });
    for (const { name, text } of rendered) writeFileSync(path.join(dir, name), text);
    console.log(`wrote ${rendered.map(({ name }) => shown(name)).join(', ')}`);
  }
} catch (error) {
  console.error(`npm run schema: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
