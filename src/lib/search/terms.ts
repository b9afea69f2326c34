/**
 * Search keys: one form per word that both the index and the query reduce to,
 * so a word is found whatever prefix, diacritics or spelling it carries.
 *
 * Pagefind's Arabic stemmer misses وال/فال, a lone ل or ك, ؤ/ئ spellings and
 * ة/ه; the keys close those gaps. They are computed by the same function at
 * build time (a hidden block on each page) and in the browser (the query), so
 * a key may over-strip a word (ليبيا → يبيا) without harm: both sides agree.
 *
 * A name written with a symbol between letters or digits (5+5, AT&T, و/أو) is
 * one word here, whatever spaces surround the symbol, and its key spells the
 * symbol out (5plus5): Pagefind indexes the page text «5+5» as 55 (as it does
 * 5/5 and 5&5) but keeps «+» in a query and then falls back to the indexed
 * prefix 5, so neither side can be left to Pagefind. The key is letters and
 * digits only, which Pagefind keeps as one word on both sides: it splits on
 * white space only, not between letters and digits.
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

/**
 * The key of one word: normalised (matching rule 1), hamza seats folded,
 * proclitics removed. A word joined by a symbol (`5+5`, `5 + 5`) gets one key
 * of letters and digits with the symbol spelled out (`5plus5`).
 */
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
  const folded = normalize(word);
  if (!JOINED_WORD.test(folded)) return partKey(folded);
  // Each part is reduced as a word of its own (والجيش/الحكومة = الجيش/الحكومة); the symbol is spelled out between them.
  return folded.replace(/ /gu, '').replace(JOINED_PART, (_, joiner: string, part: string) => (JOINERS[joiner] ?? '') + partKey(part));
}

function partKey(folded: string): string {
  const seated = folded.replace(HAMZA_SEATS, 'ء');
  for (const [pattern, keep] of PROCLITICS) {
    const prefix = pattern.exec(seated)?.[0];
    if (prefix && seated.length - prefix.length >= keep) return seated.slice(prefix.length);
  }
  return seated;
}

/**
 * Symbols that join letters or digits into one name, and how a key spells each.
 * `-` is not one: it joins words that are also written apart or alone
 * (al-Sarraj, al Sarraj, Sarraj; COVID-19, COVID 19) and stands for a dash
 * between clauses, so a joined key would make a hyphenated query find fewer
 * pages than its parts do; Pagefind also indexes a hyphenated word both whole
 * and as its parts.
 */
const JOINERS: Readonly<Record<string, string>> = { '+': 'plus', '&': 'and', '/': 'slash' };

/** A run of letters and digits, or several joined by a symbol with at most one space (white space is one space after normalisation) either side. */
const WORD_RUN = /[\p{L}\p{N}]+(?: ?[+&/] ?[\p{L}\p{N}]+)*/gu;
const JOINED_WORD = /^[\p{L}\p{N}]+(?: ?[+&/] ?[\p{L}\p{N}]+)+$/u;
/** In a joined word without spaces: the first part, then each symbol with the part after it. */
const JOINED_PART = /([+&/]?)([\p{L}\p{N}]+)/gu;
const JOINER = /[+&/]/gu;

/** Pagefind's own word for a joined word in the visible text: it drops the symbols inside a word (5+5 → 55). */
function compactForm(word: string): string {
  return word.replace(JOINER, '');
}

/**
 * Words of a text: runs of letters and digits once normalised (diacritics and
 * tatweel are gone by then). A run joined by `+`, `&` or `/` is one word,
 * written without the spaces around the symbol: «لجنة ٥ + ٥» → `لجنه`, `5+5`.
 */
export function words(text: string): string[] {
  return (normalize(text).match(WORD_RUN) ?? []).map((word) => (word.includes(' ') ? word.replace(/ /gu, '') : word));
}

/**
 * The distinct keys of a text, in order of first appearance. A joined word
 * gives its joined key, its compact form and the keys of its parts, so a page
 * that writes 5+5 (or 5 + 5) is found by «5+5» and, as before, by each part.
 */
export function searchKeys(...texts: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const text of texts) {
    for (const word of words(text)) {
      keys.add(searchKey(word));
      if (!JOINED_WORD.test(word)) continue;
      // A page that writes «5 + 5» has no 55 in its visible text; the query asks for it (see searchQuery).
      keys.add(compactForm(word));
      for (const part of word.split(JOINER)) keys.add(searchKey(part));
    }
  }
  return [...keys];
}

/**
 * What the browser sends to Pagefind for a reader's query: the key of each
 * word. A joined word asks for its joined key and its compact form: Pagefind
 * requires every query word, so the joined key keeps to the pages that write
 * the name («5 + 5» is not every page with a 5), and the compact form is how
 * Pagefind indexed the name in the visible text, so pages that use it often
 * or in a heading rank above pages that only mention it.
 */
export function searchQuery(query: string): string {
  return words(query)
    .flatMap((word) => (JOINED_WORD.test(word) ? [searchKey(word), compactForm(word)] : [searchKey(word)]))
    .join(' ');
}
