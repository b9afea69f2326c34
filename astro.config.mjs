// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { cspHeaders } from './src/integrations/csp-headers.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { resolveContentRoot } from './src/lib/content/corpus.ts';
import { remarkEntityLinks, remarkExternalLinks } from './src/lib/linking/remark.ts';
import { satteriEntityLinks, satteriExternalLinks } from './src/lib/linking/satteri.ts';
import { loadSiteIndex } from './src/lib/mentions/load.ts';
import { cspHash, THEME_SCRIPT } from './src/lib/security/inline-scripts.ts';
import { readSiteSettings } from './src/lib/site.ts';

const settings = readSiteSettings();
const contentRoot = resolveContentRoot();
/** @type {import('./src/lib/linking/plan.ts').EntityLinkOptions} */
const linkOptions = { site: () => loadSiteIndex(contentRoot), contentRoot, basePath: settings.basePath, mode: settings.autolink };

export default defineConfig({
  site: settings.siteUrl,
  base: settings.basePath,
  trailingSlash: 'always',
  security: {
    // A <meta> policy on every page: Astro adds the hashes of the scripts and styles it bundles.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' https:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind runs its search index as WebAssembly.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [cspHash(THEME_SCRIPT)],
      },
    },
  },
  build: { format: 'directory' },
  markdown: {
    // Both processors run the same linker; `npm run bench:markdown` measures them.
    processor:
      settings.markdownProcessor === 'unified'
        ? unified({ remarkPlugins: [[remarkEntityLinks, linkOptions], [remarkExternalLinks, settings.siteUrl]] })
        : satteri({ mdastPlugins: [satteriEntityLinks(linkOptions), satteriExternalLinks(settings.siteUrl)] }),
  },
  // Fonts and icons stay files: the Content Security Policy admits no data: URLs.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    contentCheck(),
    pagefindIndex(),
    cspHeaders(),
  ],
});
