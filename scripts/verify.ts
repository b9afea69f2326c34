/**
 * `npm run verify [-- --dir dist]`: nothing the content asked for is lost in
 * the built site (pages, sitemap, search index, backlinks, internal links).
 * The work is in src/lib/verify; exit 1 on a problem, 2 on bad usage.
 */
import { runCommand } from '../src/lib/content/failure.ts';
import { runVerify } from '../src/lib/verify/cli.ts';

await runCommand('npm run verify', () => {
  const { exitCode, stdout, stderr } = runVerify(process.argv.slice(2));
  for (const line of stdout) console.log(line);
  for (const line of stderr) console.error(line);
  process.exitCode = exitCode;
});
