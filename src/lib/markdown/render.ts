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
import { FILE_START, problemAt } from '../content/problem.ts';
import { displayPathOf } from '../content/corpus.ts';
import { HtmlNestingError, mayHoldRawHtml, sanitizeHtml } from '../security/sanitize.ts';
import type { SiteSettings } from '../config/site-settings.ts';
import { MAX_HTML_NESTING } from './nesting.ts';
import { markdownProcessor } from './processor.ts';
import { assertRenderable, ContentProblemError } from './render-guard.ts';

export interface MarkdownSource {
  /** Absolute path of the file: the linker finds the document's mentions by it. */
  file: string;
  body: string;
  data: Record<string, unknown>;
}

/** One renderer per combination of the settings it is built from (a build has one; tests may have several). */
const renderers = new Map<string, Promise<MarkdownRenderer>>();

/** The renderer for these settings and content root, created on first use. */
export function siteRenderer(settings: SiteSettings, contentRoot: string): Promise<MarkdownRenderer> {
  const { basePath, markdownProcessor: processor, autolink, siteUrl } = settings;
  const key = JSON.stringify([basePath, processor, autolink, siteUrl ?? null, contentRoot]);
  let renderer = renderers.get(key);
  if (!renderer) {
    const { syntaxHighlight, shikiConfig, gfm, smartypants } = markdownConfigDefaults;
    renderer = markdownProcessor(settings, contentRoot).createRenderer({ syntaxHighlight, shikiConfig, gfm, smartypants });
    renderers.set(key, renderer);
  }
  return renderer;
}

/**
 * The document's HTML, linked, with what its author wrote as raw HTML cleaned.
 * A document nested deeper than the renderers can go is refused before they
 * run, with a ContentProblemError whose message is the check's
 * `path:line:col` line (the build has stopped on it already; `astro dev` has not).
 */
export async function renderEntryHtml(source: MarkdownSource, settings: SiteSettings, contentRoot: string): Promise<string> {
  assertRenderable(source, contentRoot);
  const { code } = await (
    await siteRenderer(settings, contentRoot)
  ).render(source.body, { fileURL: pathToFileURL(source.file), frontmatter: source.data });
  if (!mayHoldRawHtml(source.body)) return code;
  try {
    return sanitizeHtml(code, settings.siteUrl);
  } catch (error) {
    // Only HTML whose depth the Markdown-level count underrated gets here; its place in the source is not known.
    if (!(error instanceof HtmlNestingError)) throw error;
    const message = `nesting deeper than ${MAX_HTML_NESTING} HTML elements (${error.depth} here): elements inside one another this deep cannot be rendered; flatten the HTML`;
    throw new ContentProblemError(problemAt(displayPathOf(source.file), FILE_START, 'error', message));
  }
}
