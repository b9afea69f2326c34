// @ts-check
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { readSiteSettings } from './src/lib/site.ts';

const settings = readSiteSettings();

export default defineConfig({
  site: settings.siteUrl,
  base: settings.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck()],
});
