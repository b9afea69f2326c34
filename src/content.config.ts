/** Astro's collections, from the same schemas and the same corpus reader as `npm run check`. */
import { defineCollection } from 'astro:content';
import { resolveContentRoot } from './lib/content/corpus.ts';
import { actorSchema, agreementSchema, articleSchema } from './lib/content/schema.ts';
import { corpusCollection } from './loaders/corpus.ts';

const root = resolveContentRoot();

export const collections = {
  articles: defineCollection({ loader: corpusCollection({ root, collection: 'articles' }), schema: articleSchema }),
  actors: defineCollection({ loader: corpusCollection({ root, collection: 'actors' }), schema: actorSchema }),
  agreements: defineCollection({ loader: corpusCollection({ root, collection: 'agreements' }), schema: agreementSchema }),
};
