/**
 * The ways a normalised word can be a name behind attached prefixes, as the
 * matcher allows them (docs/matching.md, rule 3): (و|ف)?(ب|ك|ل)? before a
 * plain name, (و|ف)?(ب|ك)? before a name with ال, and (و|ف)?لل for ال.
 * Checks that compare words with names (near-misses, alias suggestions)
 * strip prefixes here so that they agree with the matcher.
 */

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const KAF = 0x0643;
const LAM = 0x0644;
const ALEF = 0x0627;

/** One reading of a word: the name starts at `offset`, after a prefix. */
export interface Stem {
  /** Where the name starts in the word: 0 without a prefix. */
  offset: number;
  /**
   * `any`: a plain name or an ال name; `plain`: only a plain name (the prefix
   * ends in ل, which ال names take as لل); `article`: the word is written
   * with لل, the name is ال + the word from `offset + 1` on.
   */
  accepts: 'any' | 'plain' | 'article';
}

// The readings are few and fixed: shared, so a hot loop allocates nothing.
const BARE: Stem = Object.freeze({ offset: 0, accepts: 'any' });
const ONE: Record<Stem['accepts'], Stem> = {
  any: Object.freeze({ offset: 1, accepts: 'any' }),
  plain: Object.freeze({ offset: 1, accepts: 'plain' }),
  article: Object.freeze({ offset: 1, accepts: 'article' }),
};
const TWO: Record<Stem['accepts'], Stem> = {
  any: Object.freeze({ offset: 2, accepts: 'any' }),
  plain: Object.freeze({ offset: 2, accepts: 'plain' }),
  article: Object.freeze({ offset: 2, accepts: 'article' }),
};

const isConjunction = (unit: number | undefined): boolean => unit === WAW || unit === FA;

/**
 * The readings of the word `codes[start, end)`, fewest prefix letters first.
 * Written into `out` (cleared first) so a hot loop allocates nothing.
 */
export function stemsOf(codes: ArrayLike<number>, start: number, end: number, out: Stem[]): Stem[] {
  out.length = 0;
  out.push(BARE);
  const length = end - start;
  if (length < 2) return out;
  const first = codes[start];
  const second = codes[start + 1];
  if (first === LAM && second === LAM && length > 2) out.push(ONE.article);
  if (isConjunction(first) || first === BA || first === KAF) out.push(ONE.any);
  else if (first === LAM) out.push(ONE.plain);
  if (isConjunction(first) && length > 2) {
    const third = codes[start + 2];
    if (second === LAM && third === LAM && length > 3) out.push(TWO.article);
    if (second === BA || second === KAF) out.push(TWO.any);
    else if (second === LAM) out.push(TWO.plain);
  }
  return out;
}

/**
 * Writes the letters of the name a reading stands for into `out` (ال
 * restored for لل) and returns how many there are.
 */
export function stemLetters(codes: ArrayLike<number>, start: number, end: number, stem: Stem, out: Uint16Array): number {
  let written = 0;
  if (stem.accepts === 'article') out[written++] = ALEF;
  for (let index = start + stem.offset; index < end && written < out.length; index++) out[written++] = codes[index]!;
  return written;
}

/** The name a reading stands for, as normalised text (ال restored for لل). */
function stemText(word: string, stem: Stem): string {
  return stem.accepts === 'article' ? `${String.fromCharCode(ALEF)}${word.slice(stem.offset)}` : word.slice(stem.offset);
}

/** May a name of this kind (starting with ال or not) stand behind this reading? */
export function stemAccepts(stem: Stem, articleName: boolean): boolean {
  return stem.accepts === 'any' || (stem.accepts === 'article') === articleName;
}

/** Every name a normalised word may be, with its prefix stripped. */
export function namesInWord(word: string): Array<{ name: string; stem: Stem }> {
  const codes = Array.from({ length: word.length }, (_, index) => word.charCodeAt(index));
  return stemsOf(codes, 0, word.length, []).map((stem) => ({ name: stemText(word, stem), stem }));
}
