/**
 * Runs `npm run check` before Astro reads any content, so a broken file stops
 * the build with the same `path:line:col` messages, never a stack trace.
 * In `astro dev` it also keeps the file watcher off symbolic links, as every
 * other reader of the content root is (src/lib/content/walk.ts), and off the
 * folders the project writes (src/lib/build/dev-watch.ts), and checks
 * again on every save, showing the problems in the terminal and on the open
 * pages (dev-problems.ts); none of that reaches a build.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContentRoot, type CheckResult } from '../lib/check/index.ts';
import { reportLines } from '../lib/check/report.ts';
import { resolveContentRoot } from '../lib/content/corpus.ts';
import { failureLines } from '../lib/content/failure.ts';
import { traceStage } from '../lib/build/trace.ts';
import { readSettings } from '../lib/config/settings.ts';
import { attachDevProblems } from './dev-problems.ts';
import { unwatched } from '../lib/build/dev-watch.ts';

/** The script that shows the problems on every page of `astro dev`. */
const CLIENT_MODULE = fileURLToPath(new URL('../client/dev-problems.ts', import.meta.url));

export function contentCheck(): AstroIntegration {
  /** The check at startup, which the dev server's re-checks compare with. */
  let startup: CheckResult | undefined;
  return {
    name: 'marsad:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig, injectScript }) => {
        if (command === 'dev') {
          const watch = {
            // Vite's watcher follows links by default, and one that points at a folder containing it would have it watch forever; the loader does not read them anyway.
            followSymlinks: false,
            ignored: unwatched(fileURLToPath(config.root), resolveContentRoot()),
          };
          updateConfig({ vite: { server: { watch } } });
          // A page script only for `astro dev`: a build's pages stay as they are.
          injectScript('page', `import ${JSON.stringify(CLIENT_MODULE)};`);
        }
        traceStage('check');
        const result = runCheck(command, logger);
        startup = result;
        traceStage('configuration');
        if (result === undefined || result.problems.length === 0) return;
        const lines = reportLines(result, { github: readSettings().githubAnnotations });
        for (const line of lines) (result.errorCount > 0 ? logger.error : logger.warn).call(logger, line);
        if (result.errorCount > 0 && command === 'build') {
          // A thrown error would print Astro's stack trace; contributors need only the lines above.
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        attachDevProblems(server, { root: resolveContentRoot(), logger, initial: startup, clientModule: CLIENT_MODULE });
      },
    },
  };
}

/** The check, or undefined after reporting an exception from it (in a build, the process then ends with 1). */
function runCheck(command: string, logger: AstroIntegrationLogger): CheckResult | undefined {
  try {
    return checkContentRoot(resolveContentRoot());
  } catch (error) {
    for (const line of failureLines(error, `astro ${command}`)) logger.error(line);
    if (command === 'build') process.exit(1);
    return undefined;
  }
}
