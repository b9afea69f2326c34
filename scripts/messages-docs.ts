/**
 * `npm run messages:docs`: rewrites the tables of messages in CONTRIBUTING.md
 * (between `<!-- messages:start ar|en -->` and `<!-- messages:end -->`) from
 * the catalogue in src/lib/messages/. Run it after adding or rewording a message.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENTED_FILES, markedLanguages, withMessageTables } from '../src/lib/messages/docs.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
for (const relative of DOCUMENTED_FILES) {
  const file = path.join(root, relative);
  const before = readFileSync(file, 'utf8');
  if (markedLanguages(before).length === 0) {
    console.error(`${relative}: no <!-- messages:start ar|en --> marker: add one where the table belongs`);
    process.exitCode = 1;
    continue;
  }
  const after = withMessageTables(before);
  if (after === before) console.log(`${relative}: up to date`);
  else {
    writeFileSync(file, after);
    console.log(`${relative}: tables rewritten (${markedLanguages(after).join(', ')})`);
  }
}
