/**
 * What a normalised code unit is to the near-miss scan, in one table read:
 * outside any word, an Arabic letter, or another part of a word (a Latin
 * letter, a digit, half of a surrogate pair). Words are the same runs of
 * letters and digits the matcher's edge rule sees (docs/matching.md, rule 2).
 */
import { isWordCode } from '../../arabic/normalize.ts';

export const NOT_WORD = 1;
export const ARABIC = 2;
const OTHER_WORD = 3;

/** Classes by code unit; 0 = not yet classified (call `letterClass`), filled on first sight like normalize.ts's tables. */
export const LETTER_CLASSES = new Uint8Array(0x10000);
const classes = LETTER_CLASSES;

/** Arabic letters as normalisation leaves them (hamza seats folded, no marks or tatweel). */
function isArabicLetter(unit: number): boolean {
  return (unit >= 0x0620 && unit <= 0x064a) || (unit >= 0x066e && unit <= 0x06d3) || unit === 0x06d5 || (unit >= 0x06fa && unit <= 0x06ff);
}

function classify(unit: number): number {
  if (isArabicLetter(unit)) return ARABIC;
  // A surrogate half belongs to a word when its code point is a letter; counting it in keeps such a word whole.
  if ((unit >= 0xd800 && unit <= 0xdfff) || isWordCode(unit)) return OTHER_WORD;
  return NOT_WORD;
}

/** NOT_WORD, ARABIC or OTHER_WORD. */
export function letterClass(unit: number): number {
  let kind = classes[unit]!;
  if (kind === 0) classes[unit] = kind = classify(unit);
  return kind;
}

/** Is the normalised word made of Arabic letters only? Names in other scripts are not checked (the suffix rules are Arabic). */
export function isArabicWord(word: string): boolean {
  for (let index = 0; index < word.length; index++) if (letterClass(word.charCodeAt(index)) !== ARABIC) return false;
  return word.length > 0;
}

/** Is this unit part of a word? */
export function isInWord(unit: number): boolean {
  return letterClass(unit) !== NOT_WORD;
}
