/**
 * Builds the Pagefind index over the finished site. Only elements marked
 * `data-pagefind-body` (the main content of articles and entity pages) are
 * indexed; every page is indexed as Arabic, the site's language, so one
 * index serves the English article too.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { traceStage } from '../lib/build/trace.ts';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'marsad:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['MARSAD_SEARCH_INDEX'] === 'off') {
          logger.warn('MARSAD_SEARCH_INDEX=off: no search index was written, and /search/ will find nothing');
          return;
        }
        traceStage('pagefind');
        const site = fileURLToPath(dir);
        // Pagefind runs as a child process: close it however indexing ends, or an error leaves it running.
        const { indexed, written, errors } = await (async () => {
          try {
            const { index, errors } = await createIndex({ forceLanguage: 'ar' });
            if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
            const indexed = await index.addDirectory({ path: site });
            const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
            return { indexed, written, errors };
          } finally {
            await close();
          }
        })();
        const problems = [...errors, ...indexed.errors, ...written.errors];
        if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
        logger.info(`indexed ${indexed.page_count} pages for search`);
        traceStage('finish');
      },
    },
  };
}
