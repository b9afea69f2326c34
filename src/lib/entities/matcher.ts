/**
 * Finds entity mentions in text under the matching contract (docs/matching.md):
 * both sides normalised, word edges, Arabic proclitics (و ف ب ك ل and لل),
 * leftmost-longest resolution.
 *
 * `createMatcher` is the production matcher: one Aho–Corasick pass over the
 * normalised text whatever the number of surface forms. `createRegExpBaseline`
 * states the same rules as one RegExp per form; it is slow and exists to
 * benchmark against and to cross-check the automaton in tests.
 */
import {
  isWordCode,
  normalize,
  NormalizeBuffers,
  normalizeToCodes,
  normalizeWithMap,
  type NormalizedCodes,
} from '../arabic/normalize.ts';
import { buildAhoCorasick } from './aho-corasick.ts';

/** One way of writing an entity's name. */
export interface SurfaceForm {
  /** the form as the contributor wrote it */
  form: string;
  /** opaque key of the entity it names, e.g. "actors/khalifa-haftar" */
  key: string;
}

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
}

/** Finds mentions of a fixed set of surface forms. */
export interface Matcher {
  /** All mentions in `text`, in order, non-overlapping, leftmost-longest. */
  findAll(text: string): Match[];
}

/** Two or more entities whose surface forms normalise to the same string; the first key listed wins. */
export interface FormConflict {
  normalized: string;
  keys: string[];
}

/** How the text before a pattern hit must look (rule 3). */
const Prefixing = {
  /** (و|ف)?(ب|ك|ل)? */
  Plain: 0,
  /** form starts with ال: (و|ف)?(ب|ك)? */
  Article: 1,
  /** form starts with ال, written لل: the hit is "ل"+rest and must follow (و|ف)?ل */
  DoubleLam: 2,
} as const;
type Prefixing = (typeof Prefixing)[keyof typeof Prefixing];

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const KAF = 0x0643;
const LAM = 0x0644;
const ARTICLE = 'ال';

/** A surface form after normalisation and de-duplication. */
interface CompiledForm {
  form: string;
  key: string;
  normalized: string;
}

/** A form the automaton (or a RegExp) looks for, and which prefix rule applies to it. */
interface PatternUse {
  formIndex: number;
  prefixing: Prefixing;
}

/** A hit that passed the edge rules, in normalised coordinates; `end` is exclusive. */
interface Candidate {
  tokenStart: number;
  start: number;
  end: number;
  formIndex: number;
  /** length of the normalised surface form (not of the hit: a لل hit is one shorter) */
  formLength: number;
}

/**
 * Build once for a set of surface forms (thousands); matching is then one
 * pass over the text whatever the number of forms. Two different keys
 * sharing a normalised form: keep the first and report the clash via
 * `conflicts`. Forms are trimmed after normalisation; forms that normalise
 * to nothing are ignored.
 */
export function createMatcher(forms: readonly SurfaceForm[]): Matcher & { conflicts: FormConflict[] } {
  const { compiled, conflicts } = compileForms(forms);
  const { patterns, uses } = expandPatterns(compiled);
  const automaton = buildAhoCorasick(patterns);
  const patternLength = automaton.patternLength;
  // findAll is synchronous and never re-entered, so one set of buffers per matcher is safe.
  const buffers = new NormalizeBuffers();

  function findAll(text: string): Match[] {
    const normalized = normalizeToCodes(text, buffers);
    const { codes, length } = normalized;
    const candidates: Candidate[] = [];

    const acceptEnd = (end: number): boolean => end + 1 >= length || !isWordAt(codes, end + 1, length);
    const visit = (end: number, pattern: number): void => {
      const start = end + 1 - patternLength[pattern]!;
      for (const use of uses[pattern]!) {
        const tokenStart = prefixStart(codes, start, use.prefixing);
        if (tokenStart >= 0) {
          const formLength = compiled[use.formIndex]!.normalized.length;
          candidates.push({ tokenStart, start, end: end + 1, formIndex: use.formIndex, formLength });
        }
      }
    };
    automaton.scan(codes, length, acceptEnd, visit);

    const { sourceStart, sourceEnd } = normalized;
    return toMatches(resolveLeftmostLongest(candidates), { sourceStart, sourceEnd, length }, text, compiled);
  }

  return { findAll, conflicts };
}

/**
 * The same contract as {@link createMatcher}, one RegExp per surface form
 * (edges as lookbehind/lookahead) run one after another over the normalised
 * text. Cost grows with the number of forms; for benchmarks and cross-checks.
 */
export function createRegExpBaseline(forms: readonly SurfaceForm[]): Matcher {
  const { compiled } = compileForms(forms);
  const { patterns, uses } = expandPatterns(compiled);
  const regExps = patterns.flatMap((pattern, id) =>
    uses[id]!.map((use) => ({ use, regExp: patternRegExp(pattern, use.prefixing) })),
  );

  function findAll(text: string): Match[] {
    const { text: normalizedText, sourceStart, sourceEnd } = normalizeWithMap(text);
    const candidates: Candidate[] = [];
    for (const { use, regExp } of regExps) {
      regExp.lastIndex = 0;
      for (let found = regExp.exec(normalizedText); found !== null; found = regExp.exec(normalizedText)) {
        const prefix = found[1]!;
        const body = found[2]!;
        const start = found.index + prefix.length;
        const formLength = compiled[use.formIndex]!.normalized.length;
        candidates.push({ tokenStart: found.index, start, end: start + body.length, formIndex: use.formIndex, formLength });
        // Step one character, not past the hit: overlapping occurrences are
        // candidates too. A whole code point, or a /u RegExp would step back into the pair.
        regExp.lastIndex = found.index + (normalizedText.codePointAt(found.index)! > 0xffff ? 2 : 1);
      }
    }
    const sourceMap = { sourceStart, sourceEnd, length: normalizedText.length };
    return toMatches(resolveLeftmostLongest(candidates), sourceMap, text, compiled);
  }

  return { findAll };
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

function patternRegExp(pattern: string, prefixing: Prefixing): RegExp {
  const body = pattern.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  const prefix = {
    [Prefixing.Plain]: '[وف]?[بكل]?',
    [Prefixing.Article]: '[وف]?[بك]?',
    [Prefixing.DoubleLam]: '[وف]?ل',
  }[prefixing];
  return new RegExp(`${NOT_WORD_BEFORE}(${prefix})(${body})${NOT_WORD_AFTER}`, 'gu');
}

/** Normalise, trim, drop empties, keep the first form per normalised string and record key clashes. */
function compileForms(forms: readonly SurfaceForm[]): { compiled: CompiledForm[]; conflicts: FormConflict[] } {
  const compiled: CompiledForm[] = [];
  const byNormalized = new Map<string, { first: CompiledForm; keys: string[] }>();
  for (const { form, key } of forms) {
    const normalized = normalize(form).trim();
    if (normalized.length === 0) continue;
    const seen = byNormalized.get(normalized);
    if (seen === undefined) {
      const entry = { form, key, normalized };
      compiled.push(entry);
      byNormalized.set(normalized, { first: entry, keys: [key] });
    } else if (!seen.keys.includes(key)) {
      seen.keys.push(key);
    }
  }
  const conflicts = [...byNormalized.entries()]
    .filter(([, { keys }]) => keys.length > 1)
    .map(([normalized, { keys }]) => ({ normalized, keys }));
  return { compiled, conflicts };
}

/**
 * One automaton pattern per form, plus the لل spelling for forms starting
 * with ال. Different forms can yield the same pattern string (a لل spelling
 * equal to another form), so each pattern keeps a list of uses.
 */
function expandPatterns(compiled: readonly CompiledForm[]): { patterns: string[]; uses: PatternUse[][] } {
  const patterns: string[] = [];
  const uses: PatternUse[][] = [];
  const idOf = new Map<string, number>();
  const add = (pattern: string, use: PatternUse): void => {
    let id = idOf.get(pattern);
    if (id === undefined) {
      id = patterns.length;
      idOf.set(pattern, id);
      patterns.push(pattern);
      uses.push([]);
    }
    uses[id]!.push(use);
  };

  compiled.forEach(({ normalized }, formIndex) => {
    if (isArticleForm(normalized)) {
      add(normalized, { formIndex, prefixing: Prefixing.Article });
      add(doubleLamSpelling(normalized), { formIndex, prefixing: Prefixing.DoubleLam });
    } else {
      add(normalized, { formIndex, prefixing: Prefixing.Plain });
    }
  });
  return { patterns, uses };
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
  candidates.sort(
    (a, b) =>
      a.tokenStart - b.tokenStart ||
      b.formLength - a.formLength ||
      b.end - a.end ||
      a.formIndex - b.formIndex,
  );
  const chosen: Candidate[] = [];
  let scannedTo = 0;
  for (const candidate of candidates) {
    if (candidate.tokenStart < scannedTo) continue;
    chosen.push(candidate);
    scannedTo = candidate.end;
  }
  return chosen;
}

/** The part of the normaliser's output that maps back to the source. */
type SourceMap = Pick<NormalizedCodes, 'sourceStart' | 'sourceEnd' | 'length'>;

/** Map normalised candidates back to source offsets. */
function toMatches(
  chosen: readonly Candidate[],
  sourceMap: SourceMap,
  text: string,
  compiled: readonly CompiledForm[],
): Match[] {
  const { sourceStart, sourceEnd, length } = sourceMap;
  return chosen.map(({ tokenStart, start, end, formIndex }) => {
    const last = end - 1;
    // Between one output unit and the next, the source holds only dropped marks
    // (diacritics, tatweel) belonging to the last letter: extend over them. When
    // the next unit comes from the same source character (ﻻ → لا), the max keeps
    // the whole character.
    const sourceEndIndex =
      end < length ? Math.max(sourceEnd[last]!, sourceStart[end]!) : Math.max(sourceEnd[last]!, text.length);
    const { form, key } = compiled[formIndex]!;
    return { key, form, start: sourceStart[start]!, end: sourceEndIndex, tokenStart: sourceStart[tokenStart]! };
  });
}

/**
 * Does the matcher treat this normalised form as starting with the article
 * ال (rule 3)? ال alone is no name, so something must follow it.
 */
export function isArticleForm(normalizedForm: string): boolean {
  return normalizedForm.length > ARTICLE.length && normalizedForm.startsWith(ARTICLE);
}

/**
 * The normalised text a matcher hit covers when an ال form is written with
 * لل (للأمم → ل + لامم): "ل" + the form without ال. `Match.start` points at
 * this ل, the token's other ل being part of the prefix.
 */
export function doubleLamSpelling(normalizedForm: string): string {
  return `ل${normalizedForm.slice(ARTICLE.length)}`;
}
