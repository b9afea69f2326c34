/**
 * Descriptive phrases built on a registered name: a head noun right before a
 * mention («قوات حفتر», «حكومة الدبيبة»). News writes groups and governments
 * this way after the person who leads them; such a phrase is a name of the
 * group, the government, or (for a delegation) of the mentioned entity itself.
 */
import { normalize, normalizeWithMap } from '../arabic/normalize.ts';
import { namesInWord } from '../arabic/proclitics.ts';
import type { ActorKind } from '../content/schema.ts';
import type { ActorEntry } from '../content/corpus.ts';
import { entityKey, type Registry } from '../entities/registry.ts';

/**
 * Head nouns, with the kinds of actor a phrase "<noun> <name>" names: قوات
 * حفتر is the armed group Haftar leads, وفد حفتر speaks for the group, party
 * or government he belongs to.
 */
export const HEAD_NOUNS: Readonly<Record<string, readonly ActorKind[]>> = {
  قوات: ['armed-group'],
  جيش: ['armed-group'],
  ميليشيات: ['armed-group'],
  مليشيات: ['armed-group'],
  ميليشيا: ['armed-group'],
  كتائب: ['armed-group'],
  حكومة: ['government'],
  سلطات: ['government'],
  إدارة: ['government'],
  نظام: ['government'],
  مجلس: ['government', 'intergovernmental'],
  أنصار: ['political-party', 'armed-group'],
  حزب: ['political-party'],
  تيار: ['political-party'],
  وفد: ['government', 'state', 'intergovernmental', 'political-party', 'armed-group'],
};

const HEADS = new Map(Object.entries(HEAD_NOUNS).map(([noun, kinds]) => [normalize(noun), kinds]));

/** A head noun written right before `index` in `text` (white space between), without its prefix. */
export interface HeadNoun {
  /** Where the noun starts (after any prefix) in `text`. */
  start: number;
  kinds: readonly ActorKind[];
}

const MARKS = /[\u064B-\u065F\u0670\u0640]/u;

/** The head noun standing before `index`, if the word there is one (behind و ف ب ك ل). */
export function headNounBefore(text: string, index: number): HeadNoun | undefined {
  let end = index;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  if (end === index) return undefined;
  let start = end;
  while (start > 0 && (/\p{L}/u.test(text[start - 1]!) || MARKS.test(text[start - 1]!))) start--;
  if (start === end || (start > 0 && /[\p{N}]/u.test(text[start - 1]!))) return undefined;
  const { text: word, sourceStart } = normalizeWithMap(text.slice(start, end));
  for (const { name, stem } of namesInWord(word)) {
    const kinds = HEADS.get(name);
    if (kinds && stem.accepts !== 'article') return { start: start + (sourceStart[stem.offset] ?? 0), kinds };
  }
  return undefined;
}

/**
 * Whose name "<head> <mentioned>" is: the mentioned actor when the head names
 * its own kind (قوات الجيش الوطني is the army itself), else its one
 * affiliation of such a kind. When it has none (or several), the phrase is
 * left with the mentioned actor and `resolved` is false: it may name an actor
 * not yet registered.
 */
export function phraseOwner(kinds: readonly ActorKind[], mentioned: ActorEntry, registry: Registry): { key: string; resolved: boolean } {
  const own = entityKey(mentioned);
  if (kinds.includes(mentioned.data.kind)) return { key: own, resolved: true };
  const affiliated = mentioned.data.affiliations
    .map((id) => registry.byKey.get(`actors/${id}`))
    .filter((entry): entry is ActorEntry => entry?.collection === 'actors' && kinds.includes(entry.data.kind));
  return affiliated.length === 1 ? { key: entityKey(affiliated[0]!), resolved: true } : { key: own, resolved: false };
}
