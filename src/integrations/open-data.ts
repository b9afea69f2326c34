/**
 * The open data, `/data/` (src/lib/data/exports.ts): written into the built
 * site when the pages are done, and served by `astro dev` from the same list.
 *
 * They are files, not Astro endpoints: every export carries the digest of the
 * whole content (src/lib/data/release.ts), so each edit changed them all, and
 * Astro rendered them again inside its page pipeline, collecting each whole
 * (`mentions.json` is 50 MB at 10,000 articles) before writing it. This step
 * runs before the search index is awaited (src/integrations/pagefind.ts), so
 * the files are written while Pagefind finishes its shards on the other core.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { traceStage } from '../lib/build/trace.ts';
import { readSiteSettings, withBase } from '../lib/config/site-settings.ts';
import { resolveContentRoot } from '../lib/content/corpus.ts';
import { DATA_FOLDER, siteDataFiles } from '../lib/data/exports.ts';
import { batches, writeDataFiles } from '../lib/data/write-files.ts';
import { loadSiteIndex } from '../lib/site-index.ts';

export function openData(): AstroIntegration {
  return {
    name: 'marsad:open-data',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
          if (!serveDataFile(request, response)) next();
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        traceStage('open data');
        const settings = readSiteSettings();
        const files = siteDataFiles(loadSiteIndex(resolveContentRoot()), settings);
        const written = writeDataFiles(path.join(fileURLToPath(dir), DATA_FOLDER), files);
        const megabytes = written.reduce((total, file) => total + file.bytes, 0) / 1024 ** 2;
        logger.info(`wrote ${written.length} open-data files in /${DATA_FOLDER}/ (${megabytes.toFixed(1)} MB)`);
      },
    },
  };
}

/** Answers a request for a file of `/data/` in `astro dev`; false for any other request, which goes on to Astro. */
function serveDataFile(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const settings = readSiteSettings();
  const folder = withBase(settings.basePath, `${DATA_FOLDER}/`);
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (!pathname.startsWith(folder)) return false;
  const name = decodeURIComponent(pathname.slice(folder.length));
  const file = siteDataFiles(loadSiteIndex(resolveContentRoot()), settings).find((candidate) => candidate.name === name);
  if (file === undefined) return false;
  response.statusCode = 200;
  response.setHeader('Content-Type', file.type);
  response.setHeader('Cache-Control', 'no-store');
  if (request.method === 'GET') for (const batch of batches(file.parts())) response.write(batch);
  response.end();
  return true;
}
