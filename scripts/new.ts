/**
 * `npm run new -- article|actor|agreement "<title or name>" [--id <id>] [--date YYYY-MM-DD]`:
 * writes a new file into the content root with its frontmatter laid out.
 * `--help` prints the usage; a mistake on the command line prints it too.
 */
import { createEntry } from '../src/lib/scaffold/create.ts';
import { parseNewArgs, usage } from '../src/lib/scaffold/args.ts';
import { localDay } from '../src/lib/scaffold/local-day.ts';
import { successLines } from '../src/lib/scaffold/report.ts';
import { resolveContentRoot } from '../src/lib/content/corpus.ts';
import { runCommand } from '../src/lib/content/failure.ts';

await runCommand('npm run new', () => {
  const request = parseNewArgs(process.argv.slice(2));
  if ('help' in request) {
    console.log(usage());
  } else if ('error' in request) {
    console.error(request.error);
    process.exitCode = request.status;
  } else {
    const result = createEntry({ ...request, root: resolveContentRoot(), today: localDay(new Date()) });
    if (result.ok) {
      for (const line of successLines(request.kind, result)) console.log(line);
    } else {
      console.error(result.message);
      process.exitCode = 1;
    }
  }
});
