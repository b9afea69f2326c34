/**
 * Search keys: one form per word that both the index and the query reduce to,
 * so a word is found whatever prefix, diacritics or spelling it carries.
 *
 * Pagefind's Arabic stemmer misses وال/فال, a lone ل or ك, ؤ/ئ spellings and
 * ة/ه; the keys close those gaps. They are computed by the same function at
 * build time (a hidden block on each page) and in the browser (the query), so
 * a key may over-strip a word (ليبيا → يبيا) without harm: both sides agree.
 */
import { normalize } from '../arabic/normalize.ts';

/** Proclitics, longest first; each keeps at least the number of letters given after it. */
const PROCLITICS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^[وف]?[بكل]?ال/u, 2],
  [/^[وف]?لل/u, 2],
  [/^[وف]?[بكل]/u, 3],
  [/^[وف]/u, 3],
];

/** Hamza seated on و or ي is written either way (مسؤول، مسئول) and sometimes bare. */
const HAMZA_SEATS = /[ؤئ]/gu;

/** The key of one word: normalised (matching rule 1), hamza seats folded, proclitics removed. */
export function searchKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    key = computeKey(word);
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(word, key);
  }
  return key;
}

/** A build keys every word of every page, and an archive repeats its vocabulary endlessly: each word form is reduced once. */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 200_000;

function computeKey(word: string): string {
  const folded = normalize(word).replace(HAMZA_SEATS, 'ء');
  for (const [pattern, keep] of PROCLITICS) {
    const prefix = pattern.exec(folded)?.[0];
    if (prefix && folded.length - prefix.length >= keep) return folded.slice(prefix.length);
  }
  return folded;
}

/** Words of a text: runs of letters and digits once normalised (diacritics and tatweel are gone by then). */
export function words(text: string): string[] {
  return normalize(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The distinct keys of a text, in order of first appearance. */
export function searchKeys(...texts: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const text of texts) for (const word of words(text)) keys.add(searchKey(word));
  return [...keys];
}

/** What the browser sends to Pagefind for a reader's query. */
export function searchQuery(query: string): string {
  return words(query).map(searchKey).join(' ');
}
