// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { resolveContentRoot } from './src/lib/content/corpus.ts';
import { loadSiteIndex } from './src/lib/mentions/load.ts';
import { remarkEntityLinks } from './src/lib/remark/entity-links.ts';
import { readSiteSettings } from './src/lib/site.ts';

const settings = readSiteSettings();
const contentRoot = resolveContentRoot();

export default defineConfig({
  site: settings.siteUrl,
  base: settings.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // The linker is a remark plugin, so Markdown goes through unified rather than Sätteri.
    processor: unified({
      remarkPlugins: [
        [
          remarkEntityLinks,
          { site: () => loadSiteIndex(contentRoot), contentRoot, basePath: settings.basePath, mode: settings.autolink },
        ],
      ],
    }),
  },
  integrations: [contentCheck()],
});
