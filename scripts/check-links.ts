/**
 * `npm run check:links [-- --dir dist] [--list-external]`: every internal link
 * and fragment of the built site must resolve to a file and an element.
 * Honours BASE_PATH (and SITE_URL for absolute links to the site). Exit 1 on a
 * broken link, 2 when the arguments or the directory are wrong.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkSite } from '../src/lib/verify/links/check-site.ts';
import { siteLocationFromEnv } from '../src/lib/verify/links/location.ts';
import { linkReportLines } from '../src/lib/verify/links/report.ts';
import { readSettings } from '../src/lib/config/settings.ts';

function fail(message: string): never {
  console.error(`check-links: ${message}`);
  process.exit(2);
}

let options: { dir: string; 'list-external': boolean };
try {
  ({ values: options } = parseArgs({
    options: { dir: { type: 'string', default: 'dist' }, 'list-external': { type: 'boolean', default: false } },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const dir = path.resolve(options.dir);
if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
  fail(`${options.dir}: no such directory (build the site first: npm run build)`);
const site = siteLocationFromEnv();
if ('error' in site) fail(site.error);

const report = checkSite(dir, site);
for (const line of linkReportLines(report, { listExternal: options['list-external'], github: readSettings().githubAnnotations }))
  console.log(line);
process.exitCode = report.problems.length > 0 ? 1 : 0;
