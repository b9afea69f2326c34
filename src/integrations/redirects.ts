/**
 * Writes a page at each old address that content lists in `redirect_from`,
 * and the same redirects into dist/_redirects for hosts that read it
 * (src/lib/redirects). Done after the build rather than through Astro's
 * `redirects` option: that option is fixed when the config loads, before the
 * corpus is read, and its pages carry no language, direction or visible text.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSettings } from '../lib/config/settings.ts';
import { resolveContentRoot } from '../lib/content/corpus.ts';
import { redirectPageHtml } from '../lib/redirects/page.ts';
import { collectRedirects, pagePath, redirectFileOf } from '../lib/redirects/redirects.ts';
import { withRedirects } from '../lib/redirects/redirects-file.ts';
import { loadSiteIndex } from '../lib/site-index.ts';

export function redirectPages(): AstroIntegration {
  return {
    name: 'marsad:redirects',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { siteUrl, basePath } = readSettings();
        const redirects = collectRedirects(loadSiteIndex(resolveContentRoot()).corpus);
        let written = 0;
        for (const redirect of redirects) {
          const file = path.join(root, redirectFileOf(redirect));
          // The check refuses an old id a live file uses; should one slip through, the live page wins.
          if (existsSync(file)) {
            logger.warn(`${redirect.collection}/${redirect.fromId} is a page of its own: no redirect written there`);
            continue;
          }
          const to = pagePath(basePath, redirect.collection, redirect.toId);
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, redirectPageHtml({ to, canonical: siteUrl === undefined ? to : new URL(to, siteUrl).href }));
          written++;
        }
        const redirectsFile = path.join(root, '_redirects');
        const existing = existsSync(redirectsFile) ? readFileSync(redirectsFile, 'utf8') : '';
        const updated = withRedirects(existing, redirects, basePath);
        if (updated !== '' || existing !== '') writeFileSync(redirectsFile, updated);
        if (redirects.length > 0) logger.info(`${written} redirect pages written, and ${redirects.length} rules in _redirects`);
      },
    },
  };
}
