/**
 * Runs `npm run check` before Astro reads any content, so a broken file stops
 * the build with the same `path:line:col` messages, never a stack trace.
 * In `astro dev` it also keeps the file watcher off symbolic links, as every
 * other reader of the content root is (src/lib/content/walk.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContentRoot, type CheckResult } from '../lib/check/index.ts';
import { reportLines } from '../lib/check/report.ts';
import { resolveContentRoot } from '../lib/content/corpus.ts';
import { failureLines } from '../lib/content/failure.ts';
import { traceStage } from '../lib/build/trace.ts';
import { readSettings } from '../lib/config/settings.ts';

/**
 * Vite's watcher follows links by default, and one that points at a folder
 * containing it would have it watch forever; the loader does not read them anyway.
 */
const WATCH_OPTIONS = { followSymlinks: false } as const;

export function contentCheck(): AstroIntegration {
  return {
    name: 'marsad:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        if (command === 'dev') updateConfig({ vite: { server: { watch: WATCH_OPTIONS } } });
        traceStage('check');
        const result = runCheck(command, logger);
        traceStage('configuration');
        if (result === undefined || result.problems.length === 0) return;
        const lines = reportLines(result, { github: readSettings().githubAnnotations });
        for (const line of lines) (result.errorCount > 0 ? logger.error : logger.warn).call(logger, line);
        if (result.errorCount > 0 && command === 'build') {
          // A thrown error would print Astro's stack trace; contributors need only the lines above.
          process.exit(1);
        }
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
