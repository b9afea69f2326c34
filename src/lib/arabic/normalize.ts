/**
 * Comparison normalisation for Arabic (and Latin) text, with an exact map
 * from every normalised UTF-16 index back to the source string.
 *
 * The rules (see docs/matching.md, rule 1):
 * - diacritics U+064B–U+065F, U+0670 and tatweel U+0640 are dropped;
 * - أ إ آ ٱ → ا, ى → ي, ة → ه;
 * - Arabic-Indic ٠–٩ and Persian ۰–۹ digits → ASCII digits;
 * - every run of white space → one U+0020;
 * - Latin letters → lower case;
 * - compatibility characters are folded with NFKC (ﻻ → لا, ﺃ → ا, Ａ → a);
 * - a lone (unpaired) surrogate → U+FFFD, so the output is always well-formed.
 *
 * The hot loop is one table lookup per UTF-16 code unit. The table is filled
 * eagerly for ASCII and the rule characters, and lazily (once per code unit,
 * via `String.prototype.normalize('NFKC')`) for everything else, so NFKC only
 * ever runs on characters that are actually met, and only once each.
 */

/** Normalised text plus, for every normalised UTF-16 index, where it came from. */
export interface NormalizedText {
  /** the normalised text */
  text: string;
  /** for each UTF-16 index i of `text`, the UTF-16 index in the source where the source character producing it starts */
  sourceStart: Int32Array;
  /**
   * for each index i of `text`, the UTF-16 index in the source just after the
   * source character (diacritics/tatweel dropped right after it are NOT
   * included; for a collapsed white-space run, the end of the whole run)
   */
  sourceEnd: Int32Array;
}

/**
 * Same as {@link NormalizedText} but with the normalised text as raw UTF-16
 * code units, so a scanner can skip building a string. Only the first
 * `length` entries of each array are meaningful.
 */
export interface NormalizedCodes {
  codes: Uint16Array;
  length: number;
  sourceStart: Int32Array;
  sourceEnd: Int32Array;
}

// Table entries >= 0 are the single replacement code unit (often the unit itself).
const DROP = -1;
const SPACE = -2;
/** The replacement is several code units, kept in `expansions`. */
const EXPAND = -3;
const HIGH_SURROGATE = -4;
const UNRESOLVED = -5;

const SPACE_CODE = 0x20;
const REPLACEMENT_CHAR = 0xfffd;
/** Recursion guard for NFKC results that themselves need folding; real data needs depth 2 at most. */
const MAX_FOLD_DEPTH = 4;

const foldTable = new Int32Array(0x10000).fill(UNRESOLVED);
const expansions = new Map<number, string>();
/** Astral code points: folded string, or null when the code point stays as is. */
const astralFolds = new Map<number, string | null>();

const WHITE_SPACE = /^[\s\u0085]$/u;
const LATIN_RUN = /\p{Script=Latin}+/gu;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

seedFoldTable();

function seedFoldTable(): void {
  for (let c = 0; c < 0x80; c++) foldTable[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) foldTable[c] = c + 0x20;
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]) foldTable[c] = SPACE;

  for (let c = 0x064b; c <= 0x065f; c++) foldTable[c] = DROP;
  foldTable[0x0670] = DROP;
  foldTable[0x0640] = DROP;
  for (const c of [0x0622, 0x0623, 0x0625, 0x0671]) foldTable[c] = 0x0627;
  foldTable[0x0649] = 0x064a;
  foldTable[0x0629] = 0x0647;
  for (let d = 0; d < 10; d++) {
    foldTable[0x0660 + d] = 0x30 + d;
    foldTable[0x06f0 + d] = 0x30 + d;
  }

  for (let c = 0xd800; c <= 0xdbff; c++) foldTable[c] = HIGH_SURROGATE;
  // A low surrogate reached on its own has no high half before it.
  for (let c = 0xdc00; c <= 0xdfff; c++) foldTable[c] = REPLACEMENT_CHAR;
}

/** NFKC, then lower-case Latin only (the contract folds case for Latin, not for e.g. Greek). */
function compatibilityFold(char: string): string {
  return char.normalize('NFKC').replace(LATIN_RUN, (run) => run.toLowerCase());
}

/**
 * Fold a character the seeded table does not know. NFKC output may contain
 * characters our own rules change (ﺃ → أ → ا, U+FE70 → space + fathatan),
 * so the result is run through the normaliser again.
 */
function foldUnknown(char: string, depth: number): string {
  if (WHITE_SPACE.test(char)) return ' ';
  const folded = compatibilityFold(char);
  if (folded === char || depth >= MAX_FOLD_DEPTH) return folded;
  return normalizeDepth(folded, depth + 1);
}

function resolveBmp(code: number, depth: number): number {
  const folded = foldUnknown(String.fromCharCode(code), depth);
  let entry: number;
  if (folded.length === 0) entry = DROP;
  else if (folded === ' ') entry = SPACE;
  else if (folded.length === 1) entry = folded.charCodeAt(0);
  else {
    expansions.set(code, folded);
    entry = EXPAND;
  }
  foldTable[code] = entry;
  return entry;
}

function resolveAstral(codePoint: number, depth: number): string | null {
  const cached = astralFolds.get(codePoint);
  if (cached !== undefined) return cached;
  const char = String.fromCodePoint(codePoint);
  const folded = foldUnknown(char, depth);
  const result = folded === char ? null : folded;
  astralFolds.set(codePoint, result);
  return result;
}

/**
 * Growable output buffers for the normaliser. Pass one to
 * {@link normalizeToCodes} to reuse its memory across calls: allocating
 * fresh typed arrays for every article costs more than normalising it.
 */
export class NormalizeBuffers {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity = 0) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /** Empty the buffers and make room for `capacity` units. */
  reset(capacity: number): void {
    this.length = 0;
    if (capacity <= this.codes.length) return;
    const size = Math.max(capacity, this.codes.length * 2);
    this.codes = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  /** Grow to at least `capacity` units, keeping what was written. */
  ensure(capacity: number): void {
    if (capacity <= this.codes.length) return;
    const size = Math.max(capacity, this.codes.length * 2);
    const codes = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    codes.set(this.codes.subarray(0, this.length));
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }

  /** Emit an already-normalised string that stands for source[start, end). */
  pushFolded(folded: string, start: number, end: number, remainingSource: number): void {
    // Fast-path emits never outgrow the source length, so only expansions check capacity.
    this.ensure(this.length + folded.length + remainingSource);
    for (let k = 0; k < folded.length; k++) {
      const unit = folded.charCodeAt(k);
      const last = this.length - 1;
      if (unit === SPACE_CODE && last >= 0 && this.codes[last] === SPACE_CODE) {
        this.ends[last] = end;
        continue;
      }
      this.codes[this.length] = unit;
      this.starts[this.length] = start;
      this.ends[this.length] = end;
      this.length++;
    }
  }
}

function normalizeCodesDepth(source: string, depth: number, out: NormalizeBuffers): NormalizedCodes {
  const sourceLength = source.length;
  out.reset(sourceLength);
  // Locals instead of `out.*` in the hot path; refreshed after any growth.
  let codes = out.codes;
  let starts = out.starts;
  let ends = out.ends;
  let length = 0;

  for (let i = 0; i < sourceLength; i++) {
    const code = source.charCodeAt(i);
    let entry = foldTable[code]!;
    if (entry === UNRESOLVED) entry = resolveBmp(code, depth);

    if (entry >= 0) {
      codes[length] = entry;
      starts[length] = i;
      ends[length] = i + 1;
      length++;
    } else if (entry === SPACE) {
      if (length > 0 && codes[length - 1] === SPACE_CODE) {
        ends[length - 1] = i + 1;
      } else {
        codes[length] = SPACE_CODE;
        starts[length] = i;
        ends[length] = i + 1;
        length++;
      }
    } else if (entry !== DROP) {
      let folded: string;
      let end = i + 1;
      if (entry === EXPAND) {
        folded = expansions.get(code)!;
      } else {
        const low = i + 1 < sourceLength ? source.charCodeAt(i + 1) : 0;
        if (low >= 0xdc00 && low <= 0xdfff) {
          const codePoint = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          end = i + 2;
          folded = resolveAstral(codePoint, depth) ?? source.slice(i, end);
        } else {
          folded = String.fromCharCode(REPLACEMENT_CHAR);
        }
      }
      out.length = length;
      out.pushFolded(folded, i, end, sourceLength - end);
      length = out.length;
      codes = out.codes;
      starts = out.starts;
      ends = out.ends;
      i = end - 1;
    }
  }
  return { codes, length, sourceStart: starts, sourceEnd: ends };
}

// ignoreBOM: keep a leading U+FEFF rather than silently stripping it (today it folds to a space anyway).
const utf16Decoder = new TextDecoder('utf-16le', { ignoreBOM: true });

function codesToString(codes: Uint16Array, length: number): string {
  // Safe: the core loop never emits a lone surrogate, which the decoder would replace.
  return utf16Decoder.decode(codes.subarray(0, length));
}

function normalizeDepth(text: string, depth: number): string {
  const result = normalizeCodesDepth(text, depth, new NormalizeBuffers(text.length));
  return codesToString(result.codes, result.length);
}

/**
 * Normalise a string for comparison (rule 1 of docs/matching.md). Idempotent.
 * Leading/trailing white space is collapsed, not trimmed.
 */
export function normalize(text: string): string {
  return normalizeDepth(text, 0);
}

/**
 * Normalise into raw UTF-16 code units with the source map, without building
 * the normalised string. Used by scanners that read code units anyway. With
 * `buffers`, the result lives in (and is overwritten by the next use of) them.
 */
export function normalizeToCodes(text: string, buffers = new NormalizeBuffers(text.length)): NormalizedCodes {
  return normalizeCodesDepth(text, 0, buffers);
}

/** Normalise and keep an exact map from every output index back to the source. */
export function normalizeWithMap(text: string): NormalizedText {
  const { codes, length, sourceStart, sourceEnd } = normalizeCodesDepth(text, 0, new NormalizeBuffers(text.length));
  return {
    text: codesToString(codes, length),
    sourceStart: sourceStart.subarray(0, length),
    sourceEnd: sourceEnd.subarray(0, length),
  };
}

// 0 = not yet classified, 1 = word character, 2 = not.
const wordTable = new Uint8Array(0x10000);

/**
 * Is this UTF-16 code unit / code point a letter (`\p{L}`) or digit (`\p{N}`)
 * of any script? Surrogate halves are not; pass the full code point instead.
 */
export function isWordCode(codePoint: number): boolean {
  if (codePoint > 0xffff) return WORD_CHAR.test(String.fromCodePoint(codePoint));
  let kind = wordTable[codePoint]!;
  if (kind === 0) {
    kind = WORD_CHAR.test(String.fromCharCode(codePoint)) ? 1 : 2;
    wordTable[codePoint] = kind;
  }
  return kind === 1;
}

/**
 * Is this code point an Arabic letter, Latin letter or digit ("word character"
 * for edges)? Letters and digits of every script count, so a match cannot end
 * inside any word. Only the first code point of `ch` is examined.
 */
export function isWordChar(ch: string): boolean {
  const codePoint = ch.codePointAt(0);
  return codePoint !== undefined && isWordCode(codePoint);
}
