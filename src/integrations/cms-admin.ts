/**
 * Writes the web editor into admin/ after the build (src/lib/cms): the page,
 * its configuration generated from the content schema and the current
 * entities, Decap CMS copied from node_modules, and an `/admin/*` block in
 * _headers with the editor's own Content Security Policy.
 */
import type { AstroIntegration } from 'astro';
import { appendFileSync, copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminConfig, adminTextFiles, decapDistFiles } from '../lib/cms/admin-files.ts';
import { adminHeadersBlock } from '../lib/cms/admin-page.ts';
import { readCmsSettings } from '../lib/cms/settings.ts';
import { resolveContentRoot } from '../lib/content/corpus.ts';
import { loadSiteIndex } from '../lib/site-index.ts';
import { readSiteSettings } from '../lib/config/site-settings.ts';

export function cmsAdmin(): AstroIntegration {
  return {
    name: 'marsad:cms-admin',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const adminDir = path.join(root, 'admin');
        mkdirSync(adminDir, { recursive: true });
        const site = readSiteSettings();
        const settings = readCmsSettings();
        // The site index the build read (memoised), not a second reading of every file.
        const config = adminConfig(loadSiteIndex(resolveContentRoot()).corpus, settings, site);
        for (const [name, text] of Object.entries(adminTextFiles(config, settings, site.basePath)))
          writeFileSync(path.join(adminDir, name), text);
        const decap = decapDistFiles();
        let bytes = 0;
        for (const file of decap.files) {
          copyFileSync(path.join(decap.dir, file), path.join(adminDir, file));
          bytes += statSync(path.join(adminDir, file)).size;
        }
        appendFileSync(
          path.join(root, '_headers'),
          `\n# The web editor: its own policy (src/lib/cms/admin-page.ts).\n${adminHeadersBlock(settings, site.basePath)}`,
        );
        logger.info(`web editor written to admin/ (Decap CMS: ${decap.files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB)`);
      },
    },
  };
}
