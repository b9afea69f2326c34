// @ts-check
import { defineConfig } from 'astro/config';
import { buildTrace } from './src/integrations/build-trace.ts';
import { cmsAdmin } from './src/integrations/cms-admin.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { cspHeaders } from './src/integrations/csp-headers.ts';
import { keptOutput } from './src/integrations/kept-output.ts';
import { openData } from './src/integrations/open-data.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { redirectPages } from './src/integrations/redirects.ts';
import { resolveContentRoot } from './src/lib/content/corpus.ts';
import { markdownProcessor } from './src/lib/markdown/processor.ts';
import { cspHash, THEME_SCRIPT } from './src/lib/security/inline-scripts.ts';
import { readSiteSettings } from './src/lib/config/site-settings.ts';
import { readSettings, SettingsError } from './src/lib/config/settings.ts';

/** The environment, validated before Astro starts: a value Marsad does not accept stops here, named, without a stack trace. */
function validatedSettings() {
  try {
    return readSettings();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const { cacheDir } = validatedSettings();
const settings = readSiteSettings();
const contentRoot = resolveContentRoot();
const kept = keptOutput();

export default defineConfig({
  // The bench keeps one cache per corpus, so a full build starts cold and an incremental one warm.
  ...(cacheDir === undefined ? {} : { cacheDir }),
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
  experimental: {
    // Pages whose cache key (src/lib/incremental) is unchanged are copied from the previous build instead of rendered.
    incrementalBuild: true,
  },
  markdown: { processor: markdownProcessor(settings, contentRoot) },

  // Fonts and icons stay files: the Content Security Policy admits no data: URLs.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    // First: the built site is kept between builds, less what this build no longer produces.
    kept.opening,
    buildTrace(),
    contentCheck(),
    // Before the search index is awaited: /data/ is written while Pagefind finishes on the other core.
    openData(),
    pagefindIndex(),
    cspHeaders(),
    redirectPages(),
    // Last, so that no integration before it reads the editor's page as a page of the site.
    cmsAdmin(),
    // After every step that writes the site: only a finished build leaves a folder the next one trusts.
    kept.sealing,
  ],
});
