/**
 * Renders a content file's Markdown to HTML when its page is rendered, not
 * when Astro syncs content. Astro's loaders keep every rendered document in
 * the content store, which the build inlines into its bundle as one string:
 * at 10,000 articles that cost 15 s of bundling and gigabytes of memory
 * (`npm run bench`). Rendering here also means every page is linked with the
 * entity names of this build, in `astro dev` too, with nothing to invalidate.
 */
import { pathToFileURL } from 'node:url';
import { markdownConfigDefaults, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { mayHoldRawHtml, sanitizeHtml } from '../security/sanitize.ts';
import type { SiteSettings } from '../site.ts';
import { markdownProcessor } from './processor.ts';

export interface MarkdownSource {
  /** Absolute path of the file: the linker finds the document's mentions by it. */
  file: string;
  body: string;
  data: Record<string, unknown>;
}

let renderer: Promise<MarkdownRenderer> | undefined;

function siteRenderer(settings: SiteSettings, contentRoot: string): Promise<MarkdownRenderer> {
  const { syntaxHighlight, shikiConfig, gfm, smartypants } = markdownConfigDefaults;
  return (renderer ??= markdownProcessor(settings, contentRoot).createRenderer({ syntaxHighlight, shikiConfig, gfm, smartypants }));
}

/** The document's HTML, linked, with what its author wrote as raw HTML cleaned. */
export async function renderEntryHtml(source: MarkdownSource, settings: SiteSettings, contentRoot: string): Promise<string> {
  const { code } = await (await siteRenderer(settings, contentRoot)).render(source.body, { fileURL: pathToFileURL(source.file), frontmatter: source.data });
  return mayHoldRawHtml(source.body) ? sanitizeHtml(code, settings.siteUrl) : code;
}
