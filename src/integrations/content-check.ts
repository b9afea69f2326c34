/**
 * Runs `npm run check` before Astro reads any content, so a broken file stops
 * the build with the same `path:line:col` messages, never a stack trace.
 */
import type { AstroIntegration } from 'astro';
import { checkContentRoot } from '../lib/check/index.ts';
import { reportLines } from '../lib/check/report.ts';
import { resolveContentRoot } from '../lib/content/corpus.ts';
import { traceStage } from '../lib/bench/trace.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'marsad:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        traceStage('check');
        const result = checkContentRoot(resolveContentRoot());
        traceStage('configuration');
        if (result.problems.length === 0) return;
        const lines = reportLines(result, { github: process.env['GITHUB_ACTIONS'] === 'true' });
        for (const line of lines) (result.errorCount > 0 ? logger.error : logger.warn).call(logger, line);
        if (result.errorCount > 0 && command === 'build') {
          // A thrown error would print Astro's stack trace; contributors need only the lines above.
          process.exit(1);
        }
      },
    },
  };
}
