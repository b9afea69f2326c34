/**
 * Builds the Pagefind index from the content model, beside the render.
 *
 * When the build starts, the site index is loaded (the pages read the same
 * one from the shared memo) and its search records (src/lib/search/records.ts)
 * are fed to Pagefind's service. That service is a process of its own, so it
 * indexes on another core while Astro bundles and renders; its files are
 * written when the build ends. Every record is indexed as Arabic, the site's
 * language, so one index serves the English article too.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { readSiteSettings } from '../lib/config/site-settings.ts';
import { resolveContentRoot } from '../lib/content/corpus.ts';
import { traceStage } from '../lib/build/trace.ts';
import { siteSearchRecords, type SearchRecord } from '../lib/search/records.ts';
import { loadSiteIndex } from '../lib/site-index.ts';

/** Records in flight at once: enough to keep Pagefind busy, few enough that the render is not starved between batches. */
const BATCH = 64;

interface Fed {
  index: PagefindIndex;
  records: number;
}

export function pagefindIndex(): AstroIntegration {
  let feeding: Promise<Fed> | undefined;
  const off = () => process.env['MARSAD_SEARCH_INDEX'] === 'off';
  return {
    name: 'marsad:pagefind',
    hooks: {
      'astro:build:start': () => {
        if (off()) return;
        feeding = feed();
        // Awaited (and its error thrown) when the build ends; until then a failure must not count as unhandled.
        feeding.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (off()) {
          logger.warn('MARSAD_SEARCH_INDEX=off: no search index was written, and /search/ will find nothing');
          return;
        }
        traceStage('pagefind');
        // Pagefind runs as a child process: close it however indexing ends, or an error leaves it running.
        try {
          await writeIndex(await (feeding ?? feed()), path.join(fileURLToPath(dir), 'pagefind'), logger);
        } finally {
          feeding = undefined;
          await close();
        }
        traceStage('finish');
      },
    },
  };
}

/** Starts Pagefind and sends it every record, a batch at a time; returns once Pagefind has indexed them all. */
async function feed(): Promise<Fed> {
  // Let the build go on first: this runs between its steps.
  await new Promise((resolve) => setImmediate(resolve));
  const { index, errors } = await createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const site = loadSiteIndex(resolveContentRoot());
  let records = 0;
  let batch: Array<Promise<{ errors: string[] }>> = [];
  const flush = async () => {
    const problems = (await Promise.all(batch)).flatMap((response) => response.errors);
    batch = [];
    if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
  };
  for (const record of siteSearchRecords(site, readSiteSettings())) {
    batch.push(index.addCustomRecord(toPagefind(record)));
    records++;
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return { index, records };
}

function toPagefind(record: SearchRecord) {
  return { ...record, language: 'ar' };
}

async function writeIndex({ index, records }: Fed, outputPath: string, logger: AstroIntegrationLogger): Promise<void> {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  logger.info(`indexed ${records} pages for search`);
}
