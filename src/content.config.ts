/** Astro's collections, from the same schemas as `npm run check`. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { resolveContentRoot } from './lib/content/corpus.ts';
import { actorSchema, agreementSchema, articleSchema } from './lib/content/schema.ts';

const root = resolveContentRoot();

/** Ids are file paths without `.md`, exactly as contributors and the CLIs name them. */
const markdownIn = (folder: string, pattern: string) =>
  glob({ pattern, base: path.join(root, folder), generateId: ({ entry }) => entry.replace(/\.md$/, '') });

export const collections = {
  articles: defineCollection({ loader: markdownIn('articles', '**/*.md'), schema: articleSchema }),
  actors: defineCollection({ loader: markdownIn('actors', '*.md'), schema: actorSchema }),
  agreements: defineCollection({ loader: markdownIn('agreements', '*.md'), schema: agreementSchema }),
};
