// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { resolveContentRoot } from './src/lib/content/corpus.ts';
import { remarkEntityLinks } from './src/lib/linking/remark.ts';
import { satteriEntityLinks } from './src/lib/linking/satteri.ts';
import { loadSiteIndex } from './src/lib/mentions/load.ts';
import { readSiteSettings } from './src/lib/site.ts';

const settings = readSiteSettings();
const contentRoot = resolveContentRoot();
/** @type {import('./src/lib/linking/plan.ts').EntityLinkOptions} */
const linkOptions = { site: () => loadSiteIndex(contentRoot), contentRoot, basePath: settings.basePath, mode: settings.autolink };

export default defineConfig({
  site: settings.siteUrl,
  base: settings.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Both processors run the same linker; `npm run bench:markdown` measures them.
    processor:
      settings.markdownProcessor === 'unified'
        ? unified({ remarkPlugins: [[remarkEntityLinks, linkOptions]] })
        : satteri({ mdastPlugins: [satteriEntityLinks(linkOptions)] }),
  },
  integrations: [
    contentCheck(),
    pagefindIndex(),
  ],
});
