/**
 * Is one word a single slip away from another, and which slip? Both words
 * are normalised (src/lib/arabic/normalize.ts) before they get here.
 *
 * Written here rather than taken from `fastest-levenshtein`: a near-miss
 * needs to know *where* the edit is and what it is (an added final ي is
 * grammar, an added middle ي is a typo), and swapped neighbours (حفرت for
 * حفتر) are one typing slip, which Levenshtein distance counts as two.
 * This is the optimal-string-alignment distance 1, with the edit's place.
 * It reads code units, so a scanner can call it without building strings.
 */

/** How `word` differs from `target` by one edit. */
export type Edit =
  /** `word` has an extra letter at `index` (its own index): `word = target[..index] + word[index] + target[index..]` */
  | { kind: 'insert'; index: number }
  /** `word` lacks `target[index]` */
  | { kind: 'delete'; index: number }
  /** `word[index]` stands for `target[index]` */
  | { kind: 'substitute'; index: number }
  /** `word[index]` and `word[index + 1]` are `target`'s in the other order */
  | { kind: 'transpose'; index: number };

/** UTF-16 code units of a word: a typed array, an array, or `codesOf(text)`. */
export type Letters = ArrayLike<number>;

/** The code units of a string, as `Letters`. */
export function codesOf(text: string): number[] {
  return Array.from({ length: text.length }, (_, index) => text.charCodeAt(index));
}

function sameRun(a: Letters, aFrom: number, b: Letters, bFrom: number, count: number): boolean {
  for (let k = 0; k < count; k++) if (a[aFrom + k] !== b[bFrom + k]) return false;
  return true;
}

/**
 * The single edit that turns `target` into `word` (the first `wordLength`
 * units of `word`), or undefined when the two are equal or further apart.
 * When several places give the same word (ليبيا → ليبياا), the edit is
 * placed as far right as possible, so a change at the end is seen as one.
 */
export function oneEditOf(word: Letters, wordLength: number, target: Letters, targetLength: number = target.length): Edit | undefined {
  const lengthDifference = wordLength - targetLength;
  if (lengthDifference > 1 || lengthDifference < -1) return undefined;
  const shorter = Math.min(wordLength, targetLength);
  let prefix = 0;
  while (prefix < shorter && word[prefix] === target[prefix]) prefix++;

  if (lengthDifference === 1)
    return sameRun(word, prefix + 1, target, prefix, targetLength - prefix) ? { kind: 'insert', index: prefix } : undefined;
  if (lengthDifference === -1)
    return sameRun(word, prefix, target, prefix + 1, wordLength - prefix) ? { kind: 'delete', index: prefix } : undefined;
  if (prefix === wordLength) return undefined;
  const rest = wordLength - prefix;
  if (sameRun(word, prefix + 1, target, prefix + 1, rest - 1)) return { kind: 'substitute', index: prefix };
  const swapped =
    rest >= 2 &&
    word[prefix] === target[prefix + 1] &&
    word[prefix + 1] === target[prefix] &&
    sameRun(word, prefix + 2, target, prefix + 2, rest - 2);
  return swapped ? { kind: 'transpose', index: prefix } : undefined;
}

/** `oneEditOf` for two strings. */
export function oneEdit(word: string, target: string): Edit | undefined {
  return oneEditOf(codesOf(word), word.length, codesOf(target), target.length);
}
