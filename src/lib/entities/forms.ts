/**
 * Surface forms as the matcher compiles them: normalised, de-duplicated, and
 * turned into the patterns an automaton (or a RegExp) looks for.
 *
 * Patterns are *squeezed*: the separators that may stand between the words
 * of a multiword name (white space, quotes, brackets) are taken out, and the
 * text is scanned as if they were not there. Each pattern keeps a gap mask
 * saying where separators may stand in the text, so «الأممالمتحدة»,
 * «حكومة “الوفاق”» and «5 + 5» match while a single word split by a space
 * («ق طر») does not (docs/matching.md, rule 6).
 */
import { isWordChar, normalize } from '../arabic/normalize.ts';

/**
 * How far a form is trusted:
 * - `strong`: a mention wherever it stands;
 * - `weak`: a mention only in a document that is about the entity;
 * - `place`: weak, and no mention where the text uses it as a location;
 * - `not`: looks like a name but is something else: matched, never reported.
 */
export type FormStrength = 'strong' | 'weak' | 'place' | 'not';

/** One way of writing an entity's name. */
export interface SurfaceForm {
  /** the form as the contributor wrote it */
  form: string;
  /** opaque key of the entity it names, e.g. "actors/khalifa-haftar" */
  key: string;
  /** `strong` when absent */
  strength?: FormStrength;
  /** match letter for letter: no folding of ى/ي, ة/ه or hamza */
  exact?: boolean;
  /** first and last day (YYYY-MM-DD) of the documents in which the form applies; a windowed form never applies to undated text */
  from?: string;
  until?: string;
  /** a name of a broadcaster or newspaper: it still counts right after «قناة», «صحيفة» … */
  outlet?: boolean;
}

/** Two or more entities whose surface forms normalise to the same string in overlapping windows; the first key listed wins. */
export interface FormConflict {
  normalized: string;
  keys: string[];
}

/** A surface form after normalisation. */
export interface CompiledForm {
  form: string;
  key: string;
  strength: FormStrength;
  exact: boolean;
  from: string | undefined;
  until: string | undefined;
  /** normalised, trimmed, separators inside it kept */
  normalized: string;
  /** more than one word: tanween does not apply to it */
  multiword: boolean;
  /** for exact forms: the letters to compare with the text, unfolded */
  letters: string | undefined;
  /** a name of an outlet (see SurfaceForm.outlet) */
  outlet: boolean;
}

/** How the text before a pattern hit must look (rule 3). */
export const Prefixing = {
  /** (و|ف)?(ب|ك|ل)? */
  Plain: 0,
  /** form starts with ال: (و|ف)?(ب|ك)? */
  Article: 1,
  /** form starts with ال, written لل: the hit is "ل"+rest and must follow (و|ف)?ل */
  DoubleLam: 2,
} as const;
export type Prefixing = (typeof Prefixing)[keyof typeof Prefixing];

/** A form the automaton (or a RegExp) looks for, and which prefix rule applies to it. */
export interface PatternUse {
  formIndex: number;
  prefixing: Prefixing;
  /** `gaps[k]` is 1 when separators may stand in the text before squeezed character k */
  gaps: Uint8Array;
}

const ARTICLE = 'ال';

/**
 * Characters that may stand between the words of a multiword name. After
 * normalisation every white-space run is one U+0020; the rest are quotes and
 * brackets that agency copy and TV sites put around part of a name.
 */
export const SEPARATOR_CHARS = ' «»“”„‟"\'‘’‚‛‹›()[]';
const SEPARATOR_TABLE = new Uint8Array(0x10000);
for (const char of SEPARATOR_CHARS) SEPARATOR_TABLE[char.charCodeAt(0)] = 1;

/** Is this normalised code unit a separator? */
export function isSeparatorCode(unit: number): boolean {
  return SEPARATOR_TABLE[unit] === 1;
}

/**
 * Normalise, trim, drop empties and exact duplicates, and record clashes:
 * two entities with the same normalised form whose windows overlap. Forms
 * that name an entity come before not-forms, so that at one place in the
 * text a name always outranks a not-form of the same spelling.
 */
export function compileForms(forms: readonly SurfaceForm[]): { compiled: CompiledForm[]; conflicts: FormConflict[] } {
  const ordered = [...forms.filter((form) => form.strength !== 'not'), ...forms.filter((form) => form.strength === 'not')];
  const compiled: CompiledForm[] = [];
  const seen = new Set<string>();
  const claims = new Map<string, CompiledForm[]>();
  for (const source of ordered) {
    const normalized = normalizeForm(source.form);
    if (normalized.length === 0) continue;
    const strength = source.strength ?? 'strong';
    const exact = source.exact === true;
    const identity = [normalized, source.key, strength, exact, source.from ?? '', source.until ?? '', source.outlet === true].join(
      '\u0000',
    );
    if (seen.has(identity)) continue;
    seen.add(identity);
    const entry: CompiledForm = {
      form: source.form,
      key: source.key,
      strength,
      exact,
      from: source.from,
      until: source.until,
      normalized,
      multiword: /[^\p{L}\p{N}]/u.test(normalized),
      letters: exact ? exactLetters(source.form) : undefined,
      outlet: source.outlet === true,
    };
    compiled.push(entry);
    if (strength !== 'not') {
      let list = claims.get(normalized);
      if (!list) claims.set(normalized, (list = []));
      list.push(entry);
    }
  }
  return { compiled, conflicts: findConflicts(claims) };
}

function findConflicts(claims: ReadonlyMap<string, readonly CompiledForm[]>): FormConflict[] {
  const conflicts: FormConflict[] = [];
  for (const [normalized, entries] of claims) {
    const keys: string[] = [];
    entries.forEach((entry, index) => {
      const clashes = entries.some((other, otherIndex) => otherIndex !== index && other.key !== entry.key && windowsOverlap(entry, other));
      if (clashes && !keys.includes(entry.key)) keys.push(entry.key);
    });
    if (keys.length > 1) conflicts.push({ normalized, keys });
  }
  return conflicts;
}

/** Do two date windows share a day? An open end reaches forever. */
export function windowsOverlap(
  a: { from?: string | undefined; until?: string | undefined },
  b: { from?: string | undefined; until?: string | undefined },
): boolean {
  const startsBeforeEnd = (first: typeof a, second: typeof b) =>
    first.from === undefined || second.until === undefined || first.from <= second.until;
  return startsBeforeEnd(a, b) && startsBeforeEnd(b, a);
}

/**
 * A surface form as the matcher compares it: normalised, without white space,
 * quotes or brackets at its edges («الوفاق» is the name الوفاق).
 */
export function normalizeForm(form: string): string {
  const normalized = normalize(form);
  let start = 0;
  let end = normalized.length;
  while (start < end && isSeparatorCode(normalized.charCodeAt(start))) start++;
  while (end > start && isSeparatorCode(normalized.charCodeAt(end - 1))) end--;
  return normalized.slice(start, end);
}

/** Does a form with this window apply to a document of this date? */
export function appliesOn(form: Pick<CompiledForm, 'from' | 'until'>, date: string | undefined): boolean {
  if (form.from === undefined && form.until === undefined) return true;
  if (date === undefined) return false;
  return (form.from === undefined || form.from <= date) && (form.until === undefined || date <= form.until);
}

/**
 * One pattern per form, plus the لل spelling for forms starting with ال.
 * Different forms can yield the same pattern string (a لل spelling equal to
 * another form, or two spacings of one name), so each pattern keeps a list
 * of uses, each with its own gap mask.
 */
export function expandPatterns(compiled: readonly CompiledForm[]): { patterns: string[]; uses: PatternUse[][] } {
  const patterns: string[] = [];
  const uses: PatternUse[][] = [];
  const idOf = new Map<string, number>();
  const add = (spelling: string, formIndex: number, prefixing: Prefixing): void => {
    const pattern = squeeze(spelling);
    let id = idOf.get(pattern);
    if (id === undefined) {
      id = patterns.length;
      idOf.set(pattern, id);
      patterns.push(pattern);
      uses.push([]);
    }
    uses[id]!.push({ formIndex, prefixing, gaps: gapMask(spelling) });
  };

  compiled.forEach(({ normalized }, formIndex) => {
    if (isArticleForm(normalized)) {
      add(normalized, formIndex, Prefixing.Article);
      add(doubleLamSpelling(normalized), formIndex, Prefixing.DoubleLam);
    } else {
      add(normalized, formIndex, Prefixing.Plain);
    }
  });
  return { patterns, uses };
}

/** The normalised form without its separators: what the automaton looks for. */
export function squeeze(normalized: string): string {
  let squeezed = '';
  for (let index = 0; index < normalized.length; index++) {
    if (!isSeparatorCode(normalized.charCodeAt(index))) squeezed += normalized[index];
  }
  return squeezed;
}

/**
 * Where separators may stand in the text, per squeezed character: where the
 * form itself has one (between its words: a missing space, extra spaces,
 * quotes or brackets are all accepted), and on either side of a symbol
 * (`5+5` is also written `5 + 5`). Never inside a word.
 */
function gapMask(normalized: string): Uint8Array {
  const squeezed = squeeze(normalized);
  const gaps = new Uint8Array(squeezed.length);
  let k = 0;
  let separated = false;
  for (let index = 0; index < normalized.length; index++) {
    const char = normalized[index]!;
    if (isSeparatorCode(char.charCodeAt(0))) {
      separated = true;
      continue;
    }
    if (k > 0 && (separated || !isWordChar(char) || !isWordChar(squeezed[k - 1]!))) gaps[k] = 1;
    separated = false;
    k++;
  }
  return gaps;
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

const MARKS = /[\u064B-\u065F\u0670\u0640]/gu;
const SEPARATORS_AND_SPACE = /[\s«»“”„‟"'‘’‚‛‹›()[\]]/gu;

/**
 * A form's letters for an exact comparison: marks, tatweel, separators and
 * compatibility forms do not count; ى/ي, ة/ه and the hamza seats do.
 */
export function exactLetters(text: string): string {
  return text
    .normalize('NFKC')
    .replace(MARKS, '')
    .replace(SEPARATORS_AND_SPACE, '')
    .replace(/[\u0660-\u0669]/gu, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/gu, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .toLowerCase();
}
