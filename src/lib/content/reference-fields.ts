/** Which frontmatter lists hold entity ids, and of which folder: the checker and the JSON Schema both read this. */
import type { CollectionName, EntityCollection } from './schema.ts';

export const REFERENCE_FIELDS: Record<CollectionName, Readonly<Record<string, EntityCollection>>> = {
  articles: { actors: 'actors', agreements: 'agreements' },
  actors: { affiliations: 'actors' },
  agreements: { parties: 'actors', witnesses: 'actors', related: 'agreements' },
};
