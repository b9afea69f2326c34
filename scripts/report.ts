/**
 * `npm run report [-- --base <git ref>]`: what this branch does to the site,
 * as Markdown: files added, changed, renamed and removed; mentions gained and
 * lost; the pages, months and feeds that change; the check's findings and
 * alias suggestions for the changed files. The work is in src/lib/report.
 */
import { runCommand } from '../src/lib/content/failure.ts';
import { runReport } from '../src/lib/report/cli.ts';

await runCommand('npm run report', () => {
  const { exitCode, stdout, stderr } = runReport(process.argv.slice(2));
  process.stdout.write(stdout);
  for (const line of stderr) console.error(line);
  process.exitCode = exitCode;
});
