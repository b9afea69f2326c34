/**
 * Finds entity mentions in text under the matching contract (docs/matching.md):
 * both sides normalised, word edges, Arabic proclitics (و ف ب ك ل and لل),
 * separators tolerated between the words of a name, leftmost-longest
 * resolution, then the rules that make a match no mention (not-forms,
 * tanween, a capital used as a place).
 *
 * `createMatcher` is the production matcher: one Aho–Corasick pass over the
 * normalised text whatever the number of surface forms. The RegExp baseline
 * (baseline.ts) finds candidates its own way and shares everything after.
 */
import { isWordCode, NormalizeBuffers, normalizeToCodes, type NormalizedCodes } from '../arabic/normalize.ts';
import { buildAhoCorasick } from './aho-corasick.ts';
import {
  appliesOn,
  compileForms,
  exactLetters,
  expandPatterns,
  isSeparatorCode,
  Prefixing,
  SEPARATOR_CHARS,
  type CompiledForm,
  type FormConflict,
  type PatternUse,
  type SurfaceForm,
} from './forms.ts';
import { usedAsCommonWord } from './common-word.ts';
import { usedAsPlace } from './place.ts';
import { actsAsSubject, followedByFormer, namesOutlet } from './roles.ts';

export { doubleLamSpelling, isArticleForm, type FormConflict, type FormStrength, type SurfaceForm } from './forms.ts';

/** One mention found in a text. */
export interface Match {
  key: string;
  /** the surface form (as given in SurfaceForm.form) that matched */
  form: string;
  /**
   * UTF-16 offsets in the ORIGINAL text of the matched surface form, without
   * its proclitic prefix; `text.slice(start, end)` is the form as written in
   * the text. `end` also covers diacritics/tatweel written on the form's last
   * letter (so a link never splits a letter from its marks). For a form
   * starting with ال met as لل (للأمم المتحدة), `start` points at the second
   * ل of لل: the slice is "ل" + the form without its ال.
   */
  start: number;
  end: number;
  /** UTF-16 offset in the original text where the whole token starts, including proclitics (== start when there is no prefix) */
  tokenStart: number;
  /** Found by a weak or place form: a mention only in a document about the entity (see evidence.ts). */
  weak: boolean;
}

/** What the matcher may know about the document a text belongs to. */
export interface MatchContext {
  /** The document's date, `YYYY-MM-DD`: forms with a window apply only to dated text inside it. */
  date?: string | undefined;
}

/** Finds mentions of a fixed set of surface forms. */
export interface Matcher {
  /** All mentions in `text`, in order, non-overlapping, leftmost-longest. */
  findAll(text: string, context?: MatchContext): Match[];
}

/** A hit that passed the edge rules, in normalised coordinates; `end` is exclusive. */
export interface Candidate {
  tokenStart: number;
  start: number;
  end: number;
  formIndex: number;
  /** length of the normalised surface form (not of the hit: a لل hit is one shorter) */
  formLength: number;
}

/** The normalised text as code units with its map back to the source. */
export type NormalizedView = Pick<NormalizedCodes, 'codes' | 'length' | 'sourceStart' | 'sourceEnd'>;

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const KAF = 0x0643;
const LAM = 0x0644;

/**
 * Build once for a set of surface forms (thousands); matching is then one
 * pass over the text whatever the number of forms. Two different keys
 * sharing a normalised form in overlapping windows: keep the first and
 * report the clash via `conflicts`. Forms are trimmed after normalisation;
 * forms that normalise to nothing are ignored.
 */
export function createMatcher(forms: readonly SurfaceForm[]): Matcher & { conflicts: FormConflict[] } {
  const { compiled, conflicts } = compileForms(forms);
  const { patterns, uses } = expandPatterns(compiled);
  const automaton = buildAhoCorasick(patterns, { transparent: SEPARATOR_CHARS, pauses: uses.map(mergeGaps) });
  const patternLength = automaton.patternLength;
  // findAll is synchronous and never re-entered, so one set of buffers per matcher is safe.
  const buffers = new NormalizeBuffers();

  function findAll(text: string, context: MatchContext = {}): Match[] {
    const normalized = normalizeToCodes(text, buffers);
    const { codes, length } = normalized;
    const candidates: Candidate[] = [];

    const acceptEnd = (end: number): boolean => end + 1 >= length || !isWordAt(codes, end + 1, length);
    const visit = (end: number, pattern: number): void => {
      for (const use of uses[pattern]!) {
        const start = squeezedStart(codes, end, patternLength[pattern]!, use.gaps);
        if (start < 0) continue;
        const candidate = candidateAt(codes, start, end + 1, use);
        if (candidate && admissible(compiled[use.formIndex]!, candidate, normalized, text, context)) candidates.push(candidate);
      }
    };
    automaton.scan(codes, length, acceptEnd, visit);
    return finishMatches(candidates, normalized, text, compiled);
  }

  return { findAll, conflicts };
}

/** Where any use of a pattern lets separators stand (each hit is then checked against its own use). */
function mergeGaps(patternUses: readonly PatternUse[]): Uint8Array {
  const merged = new Uint8Array(patternUses[0]!.gaps.length);
  for (const { gaps } of patternUses) for (let k = 0; k < gaps.length; k++) merged[k]! |= gaps[k]!;
  return merged;
}

/**
 * Where a hit of a squeezed pattern of `length` units ending at `end` starts
 * in the normalised text, or -1 when separators stand where the form does
 * not allow them (inside a word).
 */
function squeezedStart(codes: Uint16Array, end: number, length: number, gaps: Uint8Array): number {
  let index = end;
  for (let k = length - 1; k > 0; k--) {
    index--;
    if (isSeparatorCode(codes[index]!)) {
      if (gaps[k] === 0) return -1;
      do index--;
      while (isSeparatorCode(codes[index]!));
    }
  }
  return index;
}

/** The candidate for a hit at normalised `[start, end)`, or undefined when the text before it breaks rule 3. */
export function candidateAt(codes: Uint16Array, start: number, end: number, use: PatternUse): Candidate | undefined {
  const tokenStart = prefixStart(codes, start, use.prefixing);
  return tokenStart < 0 ? undefined : { tokenStart, start, end, formIndex: use.formIndex, formLength: 0 };
}

/** Rules that depend on the form's options: the date window and exact spelling. Fills in `formLength`. */
export function admissible(
  form: CompiledForm,
  candidate: Candidate,
  normalized: NormalizedView,
  text: string,
  context: MatchContext,
): boolean {
  candidate.formLength = form.normalized.length;
  if (form.from !== undefined || form.until !== undefined) {
    // «… السابق», «… المنتهية ولايته»: the window that has ended, not the one the date falls in.
    const former = followedByFormer(normalized.codes, normalized.length, candidate.end);
    const applies = former
      ? form.until !== undefined && context.date !== undefined && form.until < context.date
      : appliesOn(form, context.date);
    if (!applies) return false;
  }
  if (form.letters === undefined) return true;
  const written = exactLettersOfSource(text, normalized, candidate);
  return written === form.letters || written === lamSpelling(form.letters);
}

/** An exact form met as لل is compared without its article's alef. */
function lamSpelling(letters: string): string | undefined {
  return /^[اأإآٱ]ل/u.test(letters) ? letters.slice(1) : undefined;
}

/** The source text of a candidate, stripped like an exact form is. */
function exactLettersOfSource(text: string, { sourceStart, sourceEnd }: NormalizedView, candidate: Candidate): string {
  return exactLettersCached(text.slice(sourceStart[candidate.start]!, sourceEnd[candidate.end - 1]!));
}

const exactCache = new Map<string, string>();
function exactLettersCached(slice: string): string {
  let letters = exactCache.get(slice);
  if (letters === undefined) {
    letters = exactLetters(slice);
    if (exactCache.size > 10_000) exactCache.clear();
    exactCache.set(slice, letters);
  }
  return letters;
}

/**
 * Rule 4, then the rules that make a match no mention: not-forms hide what
 * they cover, a single word with tanween is an adjective (ليبياً), a place
 * form used as a location is no actor. Offsets go back to the source.
 */
export function finishMatches(
  candidates: Candidate[],
  normalized: NormalizedView,
  text: string,
  compiled: readonly CompiledForm[],
): Match[] {
  const matches: Match[] = [];
  for (const candidate of resolveLeftmostLongest(candidates)) {
    const form = compiled[candidate.formIndex]!;
    if (form.strength === 'not') continue;
    const { codes, length } = normalized;
    const { tokenStart, start, end } = candidate;
    if (!form.outlet && namesOutlet(codes, tokenStart)) continue;
    if (form.strength === 'place' && usedAsPlace(codes, length, tokenStart, start, end)) continue;
    if (form.strength !== 'strong' && !form.multiword && usedAsCommonWord(codes, length, tokenStart, start, end, form.strength === 'place'))
      continue;
    const match = toMatch(candidate, normalized, text, form);
    if (match.weak && actsAsSubject(codes, tokenStart)) match.weak = false;
    if (!form.multiword && hasTanween(text, match.start, match.end)) continue;
    matches.push(match);
  }
  return matches;
}

/** Diacritics and tatweel: dropped by normalisation, always part of the letter before them. */
function isMark(unit: number): boolean {
  return (unit >= 0x064b && unit <= 0x065f) || unit === 0x0670 || unit === 0x0640;
}

/** Tanween anywhere on the word (ليبيًا carries it before the final alef, ليبياً after). */
function hasTanween(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0x064b && unit <= 0x064d) return true;
  }
  return false;
}

/** Is there a letter or digit at normalised index `index` (surrogate pairs read whole)? */
function isWordAt(codes: Uint16Array, index: number, length: number): boolean {
  const unit = codes[index]!;
  if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < length) {
    const low = codes[index + 1]!;
    if (low >= 0xdc00 && low <= 0xdfff) return isWordCode(((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
  }
  return isWordCode(unit);
}

/** Does a word boundary (start of text or a non-letter, non-digit) come right before `index`? */
function boundaryBefore(codes: Uint16Array, index: number): boolean {
  if (index === 0) return true;
  const unit = codes[index - 1]!;
  if (unit >= 0xdc00 && unit <= 0xdfff && index >= 2) {
    const high = codes[index - 2]!;
    if (high >= 0xd800 && high <= 0xdbff) return !isWordCode(((high - 0xd800) << 10) + (unit - 0xdc00) + 0x10000);
  }
  return !isWordCode(unit);
}

const isConjunction = (unit: number): boolean => unit === WAW || unit === FA;
const isPreposition = (unit: number, prefixing: Prefixing): boolean =>
  unit === BA || unit === KAF || (unit === LAM && prefixing === Prefixing.Plain);

/**
 * Where the token holding a hit at `start` begins, or -1 if the text before
 * the hit breaks rule 3. The prefix is unique: whether the unit before a
 * candidate prefix is a letter decides which length applies.
 */
function prefixStart(codes: Uint16Array, start: number, prefixing: Prefixing): number {
  if (prefixing === Prefixing.DoubleLam) {
    // The hit is "ل"+rest; the article's ل must be the unit before it.
    if (start < 1 || codes[start - 1] !== LAM) return -1;
    if (boundaryBefore(codes, start - 1)) return start - 1;
    if (start >= 2 && isConjunction(codes[start - 2]!) && boundaryBefore(codes, start - 2)) return start - 2;
    return -1;
  }
  if (boundaryBefore(codes, start)) return start;
  const before = codes[start - 1]!;
  if (isConjunction(before) || isPreposition(before, prefixing)) {
    if (boundaryBefore(codes, start - 1)) return start - 1;
  }
  if (isPreposition(before, prefixing) && start >= 2 && isConjunction(codes[start - 2]!)) {
    if (boundaryBefore(codes, start - 2)) return start - 2;
  }
  return -1;
}

/**
 * Rule 4: take the candidate whose token starts first (ties: longer surface
 * form, then longer hit, then earlier form), then continue after its end.
 */
function resolveLeftmostLongest(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.tokenStart - b.tokenStart || b.formLength - a.formLength || b.end - a.end || a.formIndex - b.formIndex);
  const chosen: Candidate[] = [];
  let scannedTo = 0;
  for (const candidate of candidates) {
    if (candidate.tokenStart < scannedTo) continue;
    chosen.push(candidate);
    scannedTo = candidate.end;
  }
  return chosen;
}

/** Map a normalised candidate back to source offsets. */
function toMatch(
  { tokenStart, start, end }: Candidate,
  { sourceStart, sourceEnd, length }: NormalizedView,
  text: string,
  form: CompiledForm,
): Match {
  const last = end - 1;
  // Between one output unit and the next, the source holds only dropped marks
  // (diacritics, tatweel) belonging to the last letter: extend over them. When
  // the next unit comes from the same source character (ﻻ → لا), the max keeps
  // the whole character.
  let sourceEndIndex = end < length ? Math.max(sourceEnd[last]!, sourceStart[end]!) : Math.max(sourceEnd[last]!, text.length);
  // A character that folds into several (½ → 1⁄2) may carry marks after it too.
  while (sourceEndIndex < text.length && isMark(text.charCodeAt(sourceEndIndex))) sourceEndIndex++;
  return {
    key: form.key,
    form: form.form,
    start: sourceStart[start]!,
    end: sourceEndIndex,
    tokenStart: sourceStart[tokenStart]!,
    weak: form.strength === 'weak' || form.strength === 'place',
  };
}
