/** What `npm run new` can create, and the content folder each lives in. */
import type { CollectionName } from '../content/schema.ts';

/** The word a contributor types, mapped to its folder of the content root. */
export const NEW_KINDS = {
  article: 'articles',
  actor: 'actors',
  agreement: 'agreements',
} as const satisfies Record<string, CollectionName>;

/** `article`, `actor` or `agreement`. */
export type NewKind = keyof typeof NEW_KINDS;

/** Narrows a command-line word to a {@link NewKind}. */
export function isNewKind(word: string): word is NewKind {
  return Object.hasOwn(NEW_KINDS, word);
}
