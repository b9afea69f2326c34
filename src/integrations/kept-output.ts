/**
 * Keeps the built site between builds instead of letting Astro empty it
 * (src/lib/build/kept-output.ts says why, and when it is emptied after all),
 * and deletes what an earlier build left that this one did not produce: a
 * page whose article was deleted or became a draft must not stay online.
 *
 * Two integrations: `opening` comes first, so the steps after it see only
 * this build's files; `sealing` comes last, so that a build any step stops
 * leaves a folder the next build will not trust.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { saveKeptMemos } from '../lib/build/kept-work.ts';
import { keptOutputRecord, openOutput, removeStaleOutput, sealOutput } from '../lib/build/kept-output.ts';
import { DATA_FOLDER } from '../lib/data/exports.ts';
import { SEARCH_FOLDER } from '../lib/search/shards.ts';

/** File times come from a coarser clock than Date.now(): a file written just after the start may be stamped a little before it. */
const CLOCK_SLACK_MS = 1000;

export function keptOutput(): { opening: AstroIntegration; sealing: AstroIntegration } {
  let outDir = '';
  let record = '';
  let started = 0;
  let removedPages: string[] = [];
  const opening: AstroIntegration = {
    name: 'marsad:kept-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        record = keptOutputRecord(fileURLToPath(config.cacheDir));
      },
      'astro:build:start': ({ logger }) => {
        started = Date.now() - CLOCK_SLACK_MS;
        if (openOutput(outDir, record) === 'kept') logger.info(`keeping ${outDir}: the previous build with this cache wrote it`);
      },
      'astro:build:done': ({ dir, assets }) => {
        const produced = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        removedPages = removeStaleOutput(fileURLToPath(dir), produced, started, [SEARCH_FOLDER, DATA_FOLDER]).filter((file) =>
          file.endsWith('.html'),
        );
      },
    },
  };
  const sealing: AstroIntegration = {
    name: 'marsad:kept-output-seal',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Pages a later step wrote again (the web editor's) were not taken out.
        const gone = removedPages.filter((file) => !existsSync(path.join(site, file)));
        if (gone.length > 0)
          logger.info(
            `took out ${gone.length} page(s) this build no longer makes: ${gone.slice(0, 5).join(', ')}${gone.length > 5 ? ' …' : ''}`,
          );
        // The work the pages kept (graph layouts) is written once they are all rendered.
        saveKeptMemos();
        sealOutput(path.resolve(site), record);
      },
    },
  };
  return { opening, sealing };
}
