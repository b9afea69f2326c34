/**
 * `npm run aliases -- suggest [--min N] [--json]`: names the text uses for
 * registered entities that their frontmatter lacks (src/lib/aliases/suggest.ts).
 */
import { DEFAULT_MIN, suggestAliases } from '../src/lib/aliases/suggest.ts';
import { suggestionJson, suggestionLines } from '../src/lib/aliases/report.ts';
import { resolveContentRoot } from '../src/lib/content/corpus.ts';
import { runCommand } from '../src/lib/content/failure.ts';
import { formatProblem } from '../src/lib/content/problem.ts';
import { loadSiteIndex } from '../src/lib/site-index.ts';

const USAGE = 'usage: npm run aliases -- suggest [--min N] [--json]';

const HELP = `${USAGE}

suggest   list names the articles use for registered entities that the
          registry lacks: a head noun before a name (قوات حفتر), a person's
          bare surname, a name without its ال; with how often, where, and
          whether to add it as a strong or a weak alias
--min N   leave out names seen fewer than N times (default ${DEFAULT_MIN})
--json    print the suggestions as a JSON array`;

interface SuggestRequest {
  min: number;
  json: boolean;
}

/** The request, or the message and exit code to stop with. */
function parseArgs(argv: readonly string[]): SuggestRequest | { message: string; code: number } {
  if (argv.includes('--help') || argv.includes('-h')) return { message: HELP, code: 0 };
  const [command, ...rest] = argv;
  if (command === undefined) return { message: USAGE, code: 2 };
  if (command !== 'suggest') return { message: `unknown command "${command}": the one command is suggest\n${USAGE}`, code: 2 };
  const request: SuggestRequest = { min: DEFAULT_MIN, json: false };
  for (let index = 0; index < rest.length; index++) {
    const arg = rest[index]!;
    if (arg === '--json') request.json = true;
    else if (arg === '--min' || arg.startsWith('--min=')) {
      const value = arg === '--min' ? rest[++index] : arg.slice('--min='.length);
      const min = Number(value);
      if (value === undefined || !Number.isInteger(min) || min < 1)
        return { message: `--min needs a whole number of at least 1, such as --min 3\n${USAGE}`, code: 2 };
      request.min = min;
    } else return { message: `unknown option ${arg}\n${USAGE}`, code: 2 };
  }
  return request;
}

await runCommand('npm run aliases', () => {
  const request = parseArgs(process.argv.slice(2));
  if ('message' in request) {
    (request.code === 0 ? console.log : console.error)(request.message);
    process.exitCode = request.code;
    return;
  }
  const site = loadSiteIndex(resolveContentRoot());
  const errors = site.corpus.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    for (const problem of errors) console.error(formatProblem(problem));
    console.error(`${errors.length} content error(s): run npm run check, fix them, then ask again`);
    process.exitCode = 1;
    return;
  }
  const suggestions = suggestAliases(site, { min: request.min });
  if (request.json) process.stdout.write(suggestionJson(suggestions));
  else for (const line of suggestionLines(suggestions, request.min)) console.log(line);
});
