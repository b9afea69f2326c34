/** Astro's collections, from the same schemas as `npm run check`. */
import { defineCollection } from 'astro:content';
import path from 'node:path';
import { resolveContentRoot } from './lib/content/corpus.ts';
import { actorSchema, agreementSchema, articleSchema } from './lib/content/schema.ts';
import { loadSiteIndex } from './lib/mentions/load.ts';
import { readSiteSettings } from './lib/site.ts';
import { digestSources, linkedMarkdown } from './loaders/linked-markdown.ts';

const root = resolveContentRoot();
const settings = readSiteSettings();
const linkSources = [path.join(root, 'actors'), path.join(root, 'agreements')];
/**
 * The code that turns Markdown into linked, sanitised HTML: Astro keeps rendered
 * documents between builds (CI restores its cache), so a change here must count
 * as a change of every document.
 */
const RENDERING_CODE = ['src/lib/linking', 'src/lib/security/sanitize.ts', 'src/lib/arabic/normalize.ts', 'src/lib/entities', 'src/loaders'];
const codeDigest = digestSources(RENDERING_CODE.map((entry) => path.resolve(entry)));
/** Links change with any entity's names, the base path, the autolink mode and the rendering code. */
const linkingState = () => [loadSiteIndex(root, { maxAgeMs: 0 }).generation, settings.basePath, settings.autolink, codeDigest].join('\n');

/** Ids are file paths without `.md`, exactly as contributors and the CLIs name them. */
const markdownIn = (folder: string, pattern: string) =>
  linkedMarkdown({ base: path.join(root, folder), pattern, linkSources, linkingState, siteUrl: settings.siteUrl });

export const collections = {
  articles: defineCollection({ loader: markdownIn('articles', '**/*.md'), schema: articleSchema }),
  actors: defineCollection({ loader: markdownIn('actors', '*.md'), schema: actorSchema }),
  agreements: defineCollection({ loader: markdownIn('agreements', '*.md'), schema: agreementSchema }),
};
