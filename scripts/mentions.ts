/**
 * `npm run --silent mentions`: every body mention in the content root as a
 * JSON array on standard output, for other tools. Problems go to standard error.
 */
import { resolveContentRoot } from '../src/lib/content/corpus.ts';
import { runCommand } from '../src/lib/content/failure.ts';
import { formatProblem } from '../src/lib/content/problem.ts';
import { mentionRecords } from '../src/lib/mentions/records.ts';
import { loadSiteIndex } from '../src/lib/site-index.ts';

await runCommand('npm run mentions', () => {
  const site = loadSiteIndex(resolveContentRoot());
  const errors = site.corpus.problems.filter((problem) => problem.severity === 'error');
  for (const problem of errors) console.error(formatProblem(problem));
  if (errors.length > 0) {
    console.error(`${errors.length} content error(s): run npm run check, fix them, then ask again`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`${JSON.stringify(mentionRecords(site.mentions), null, 2)}\n`);
  }
});
