/** Astro's collections, from the same schemas as `npm run check`. */
import { defineCollection } from 'astro:content';
import path from 'node:path';
import { resolveContentRoot } from './lib/content/corpus.ts';
import { actorSchema, agreementSchema, articleSchema } from './lib/content/schema.ts';
import { loadSiteIndex } from './lib/mentions/load.ts';
import { readSiteSettings } from './lib/site.ts';
import { linkedMarkdown } from './loaders/linked-markdown.ts';

const root = resolveContentRoot();
const settings = readSiteSettings();
const linkSources = [path.join(root, 'actors'), path.join(root, 'agreements')];
/** Links change with any entity's names, the base path and the autolink mode. */
const linkingState = () => [loadSiteIndex(root, { maxAgeMs: 0 }).generation, settings.basePath, settings.autolink].join('\n');

/** Ids are file paths without `.md`, exactly as contributors and the CLIs name them. */
const markdownIn = (folder: string, pattern: string) => linkedMarkdown({ base: path.join(root, folder), pattern, linkSources, linkingState });

export const collections = {
  articles: defineCollection({ loader: markdownIn('articles', '**/*.md'), schema: articleSchema }),
  actors: defineCollection({ loader: markdownIn('actors', '*.md'), schema: actorSchema }),
  agreements: defineCollection({ loader: markdownIn('agreements', '*.md'), schema: agreementSchema }),
};
