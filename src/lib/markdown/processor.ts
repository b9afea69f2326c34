/**
 * The Markdown processor of the site: Sätteri (default) or unified, both with
 * the entity linker and the external-link rule. astro.config.mjs installs it
 * for Markdown pages, and `renderEntryHtml` uses it for content.
 */
import { unified, type MarkdownProcessor } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import type { EntityLinkOptions } from '../linking/plan.ts';
import { remarkEntityLinks, remarkExternalLinks } from '../linking/remark.ts';
import { satteriEntityLinks, satteriExternalLinks } from '../linking/satteri.ts';
import { loadSiteIndex } from '../site-index.ts';
import type { SiteSettings } from '../config/site-settings.ts';

function entityLinkOptions(settings: SiteSettings, contentRoot: string): EntityLinkOptions {
  return { site: () => loadSiteIndex(contentRoot), contentRoot, basePath: settings.basePath, mode: settings.autolink };
}

export function markdownProcessor(settings: SiteSettings, contentRoot: string): MarkdownProcessor {
  const links = entityLinkOptions(settings, contentRoot);
  // Both processors run the same linker; `npm run bench:markdown` measures them.
  return settings.markdownProcessor === 'unified'
    ? unified({
        remarkPlugins: [
          [remarkEntityLinks, links],
          [remarkExternalLinks, settings.siteUrl],
        ],
      })
    : satteri({ mdastPlugins: [satteriEntityLinks(links), satteriExternalLinks(settings.siteUrl)] });
}
