/**
 * `npm run settings:doc`: rewrites the table of docs/settings.md from the
 * settings schema (src/lib/config/settings.ts). A unit test fails while the
 * committed table differs, so a new setting cannot go undocumented.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withSettingsTable } from '../src/lib/config/settings-doc.ts';

const file = path.resolve(import.meta.dirname, '..', 'docs', 'settings.md');
const updated = withSettingsTable(readFileSync(file, 'utf8'));
if (updated === undefined) {
  console.error(`${path.relative(process.cwd(), file)}: the settings table markers are missing`);
  process.exitCode = 1;
} else {
  writeFileSync(file, updated);
  console.log(`wrote the settings table of ${path.relative(process.cwd(), file)}`);
}
