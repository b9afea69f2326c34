/** `npm run check`: validate the content root without building. Exit 1 on any error. */
import { checkContentRoot } from '../src/lib/check/index.ts';
import { reportLines } from '../src/lib/check/report.ts';
import { resolveContentRoot } from '../src/lib/content/corpus.ts';

const result = checkContentRoot(resolveContentRoot());
for (const line of reportLines(result, { github: process.env['GITHUB_ACTIONS'] === 'true' })) console.log(line);
process.exitCode = result.errorCount > 0 ? 1 : 0;
