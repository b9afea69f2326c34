/**
 * The id to suggest for a content file whose name is not one: the name
 * romanised by the same rules as `npm run new` (src/lib/arabic/transliterate.ts),
 * or, when none of it can be written in Latin letters, a placeholder of the
 * file's own kind, so that an actor is never told to call itself an article.
 */
import { suggestId } from '../arabic/transliterate.ts';
import type { CollectionName } from './schema.ts';

const PLACEHOLDERS: Readonly<Record<CollectionName, string>> = {
  articles: 'new-article',
  actors: 'new-actor',
  agreements: 'new-agreement',
};

export function suggestFileId(name: string, collection: CollectionName): string {
  return suggestId(name) || PLACEHOLDERS[collection];
}
