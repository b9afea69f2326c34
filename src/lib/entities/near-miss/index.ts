/**
 * Finds words one slip away from a registered name (بشاغا for باشاغا), fast
 * enough to run over a whole archive on every `npm run check`.
 *
 * SymSpell-style: every target name of five letters or more is indexed under
 * its own key and the keys of its one-deletion variants (keys.ts). A text
 * word is within one edit (insertion, deletion, substitution, or a swap of
 * neighbours) of a target only if the word, or one of its own one-deletion
 * variants, shares a key with it; so a word costs one hash pass and a few
 * table reads whatever the number of names, and only the rare hits are
 * compared letter by letter. Repeated words are answered from a memo.
 *
 * Targets are single-word names and, for multiword names, each of their
 * words (window.ts). A word is read as the matcher reads it, behind the
 * prefixes و ف ب ك ل / لل (src/lib/arabic/proclitics.ts).
 */
import { isGrammaticalEnding } from '../../arabic/endings.ts';
import { codesOf, oneEditOf } from '../../arabic/one-edit.ts';
import { stemAccepts, stemLetters, stemsOf, type Stem } from '../../arabic/proclitics.ts';
import { isArticleForm, isSeparatorCode, normalizeForm, type SurfaceForm } from '../forms.ts';
import { buildKeyTable, MAX_WORD, slotOf, variantKeys, wordKey, type KeyTable } from './keys.ts';
import { ARABIC, isArabicWord, isInWord, LETTER_CLASSES, letterClass, NOT_WORD } from './letters.ts';
import { FIRST_BASE, SECOND_BASE, WordMemo } from './memo.ts';
import { nameWord, windowAround, type NameWord } from './window.ts';

/** Names shorter than this (after normalisation) are too close to ordinary words to flag. */
const MIN_TARGET_LETTERS = 5;

/** A registered name that text may misspell. */
export interface NearMissName {
  /** The name as the contributor wrote it. */
  form: string;
  key: string;
  /** Set when the misspelt word is one word of this multiword name. */
  inName?: NameWord;
}

/** A word of five letters or more that is a name or a word of one: names sharing a word share its entry. */
interface NearMissTarget {
  /** The normalised word compared with the text. */
  word: string;
  codes: readonly number[];
  /** Starts with ال: read after و ف ب ك or as لل, never after ل. */
  article: boolean;
  names: NearMissName[];
}

/** A word (or a window of words) in normalised text that looks like a name but is none. */
export interface NearMissHit {
  /** The misspelt word, in normalised indices, prefixes included. */
  wordStart: number;
  wordEnd: number;
  /** The text that would become an alias (prefixes excluded; the whole window for a multiword name). */
  nameStart: number;
  nameEnd: number;
  /** The text is written with لل: its alias is ا + the text from `nameStart`. */
  restoreAlef: boolean;
  /** The would-be alias, normalised: a check reports each once per article. */
  name: string;
  /** The names it looks like (several only when equally close). */
  names: NearMissName[];
}

export interface NearMissIndex {
  targets: readonly NearMissTarget[];
  /** Longest target word, in code units. */
  maxLetters: number;
  /** Target ids by the key of each target and of each of its one-deletion variants. */
  variants: KeyTable;
  /** Keys of every registered single-word name and not-form: a word that reads as one is no near-miss. */
  registered: KeyTable;
  /** What each distinct word is near: most words of a text were seen before. */
  memo: WordMemo<Nearness>;
}

/** The words of a normalised name, or undefined when something other than separators stands between them (5+5). */
function wordsOfName(normalized: string): string[] | undefined {
  const words: string[] = [];
  let current = '';
  for (let index = 0; index < normalized.length; index++) {
    const unit = normalized.charCodeAt(index);
    if (isSeparatorCode(unit)) {
      if (current) words.push(current);
      current = '';
    } else if (isInWord(unit)) current += normalized[index];
    else return undefined;
  }
  if (current) words.push(current);
  return words;
}

/**
 * Index the forms of a registry (`matcherForms` of every entity): names
 * become targets; names and not-forms both count as registered.
 */
export function buildNearMissIndex(forms: readonly SurfaceForm[]): NearMissIndex {
  const byWord = new Map<string, NearMissTarget>();
  const registered = new Map<number, number[]>();
  for (const source of forms) {
    const words = wordsOfName(normalizeForm(source.form));
    if (!words || words.length === 0) continue;
    const [only] = words;
    if (words.length === 1 && only!.length <= MAX_WORD) registered.set(wordKey(codesOf(only!), 0, only!.length), []);
    if (source.strength === 'not') continue;
    words.forEach((word, position) => {
      if (word.length < MIN_TARGET_LETTERS || word.length >= MAX_WORD || !isArabicWord(word)) return;
      let target = byWord.get(word);
      if (!target) byWord.set(word, (target = { word, codes: codesOf(word), article: isArticleForm(word), names: [] }));
      target.names.push(
        words.length === 1
          ? { form: source.form, key: source.key }
          : { form: source.form, key: source.key, inName: nameWord(words, position) },
      );
    });
  }

  const targets = [...byWord.values()];
  const lists = new Map<number, number[]>();
  const keys = new Int32Array(MAX_WORD + 1);
  const prefixes = new Int32Array(MAX_WORD);
  targets.forEach((target, id) => {
    variantKeys(target.codes, 0, target.codes.length, keys, prefixes);
    for (const key of new Set(keys.subarray(0, target.codes.length + 1))) {
      let list = lists.get(key);
      if (!list) lists.set(key, (list = []));
      list.push(id);
    }
  });
  const maxLetters = targets.reduce((longest, target) => Math.max(longest, target.word.length), 0);
  return { targets, maxLetters, variants: buildKeyTable(lists), registered: buildKeyTable(registered), memo: new WordMemo<Nearness>() };
}

/** Scratch space for scans; a scan is synchronous, so one per caller is enough. */
export class NearMissScratch {
  keys = new Int32Array(MAX_WORD + 1);
  prefixes = new Int32Array(MAX_WORD);
  letters = new Uint16Array(MAX_WORD + 4);
  stems: Stem[] = [];
  found: number[] = [];
}

/**
 * Every word of a normalised text (`codes[0, length)`) that is one slip away
 * from a target, reads as no registered name, and differs from the target
 * by more than a grammatical ending. Whether a match of the matcher covers
 * it is for the caller to decide: the index knows no context.
 */
export function findNearMisses(index: NearMissIndex, codes: Uint16Array, length: number, scratch = new NearMissScratch()): NearMissHit[] {
  const hits: NearMissHit[] = [];
  if (index.targets.length === 0) return hits;
  // A word may carry two prefix letters; a لل reading is one letter shorter than its name.
  const shortest = MIN_TARGET_LETTERS - 1;
  const longest = index.maxLetters + 3;
  const classes = LETTER_CLASSES;
  const memo = index.memo;
  let position = 0;
  while (position < length) {
    let unit = codes[position]!;
    let kind = classes[unit]! || letterClass(unit);
    if (kind === NOT_WORD) {
      position++;
      continue;
    }
    // Read the word once: its class and the two hashes that identify it in the memo.
    const start = position;
    let arabic = true;
    let first = 0;
    let second = 0;
    do {
      if (kind !== ARABIC) arabic = false;
      first = (Math.imul(first, FIRST_BASE) + unit) | 0;
      second = (Math.imul(second, SECOND_BASE) + unit) | 0;
      if (++position === length) break;
      unit = codes[position]!;
      kind = classes[unit]! || letterClass(unit);
    } while (kind !== NOT_WORD);
    const wordLength = position - start;
    if (!arabic || wordLength < shortest || wordLength > longest) continue;
    let nearness = memo.recall(first, second);
    if (nearness === undefined) memo.remember((nearness = nearnessOf(index, codes, start, position, scratch)));
    if (nearness === null) continue;
    const hit = hitOf(nearness, codes, length, start, position);
    if (hit) hits.push(hit);
  }
  return hits;
}

/** What a word is near, whatever stands around it: found once per distinct word, then remembered. */
interface Nearness {
  /** The single-word names the word misspells, read as `stem` (the reading with fewest prefix letters that has any). */
  single?: { stem: Stem; name: string; names: NearMissName[] };
  /** Words of multiword names it misspells: a hit only where the other words of the name stand around it. */
  inNames: Array<{ stem: Stem; name: string; ref: NearMissName; word: NameWord }>;
}

/**
 * What the word `codes[start, end)` is near, or null when nothing: a word
 * that reads as a registered name is no near-miss of anything (بليبيا is ب +
 * ليبيا, not ليبيا with a ب added), and a grammatical ending is no slip.
 */
function nearnessOf(index: NearMissIndex, codes: Uint16Array, start: number, end: number, scratch: NearMissScratch): Nearness | null {
  const stems = stemsOf(codes, start, end, scratch.stems);
  const { letters, keys, prefixes } = scratch;
  for (const stem of stems) {
    const count = stemLetters(codes, start, end, stem, letters);
    if (slotOf(index.registered, wordKey(letters, 0, count)) >= 0) return null;
  }
  // Likewise a word that reads as a word of a multiword name is no near-miss of that word (لميثاق is ل + ميثاق).
  const exact = exactTargets(index, codes, start, end, stems, scratch);
  const nearness: Nearness = { inNames: [] };
  for (const stem of [...stems]) {
    if (nearness.single) break;
    const count = stemLetters(codes, start, end, stem, letters);
    if (count < MIN_TARGET_LETTERS - 1 || count > index.maxLetters + 1) continue;
    variantKeys(letters, 0, count, keys, prefixes);
    for (const id of candidatesFor(index, count, scratch)) {
      const target = index.targets[id]!;
      if (exact.includes(id) || !stemAccepts(stem, target.article)) continue;
      const edit = oneEditOf(letters, count, target.codes);
      if (!edit || isGrammaticalEnding(edit, letters, target.codes)) continue;
      // After a prefix, a slip on the name's first letter is more likely another word that starts with و ف ب ك ل (وكالات is no و + مالات).
      if (stem.offset > 0 && edit.index === 0) continue;
      const name = textOf(letters, count);
      for (const ref of target.names) {
        if (!ref.inName) (nearness.single ??= { stem, name, names: [] }).names.push(ref);
        else nearness.inNames.push({ stem, name, ref, word: ref.inName });
      }
    }
  }
  return nearness.single || nearness.inNames.length > 0 ? nearness : null;
}

/** The hit a word near names makes where it stands: its single-word names first, else the first window that is there. */
function hitOf(nearness: Nearness, codes: Uint16Array, length: number, start: number, end: number): NearMissHit | undefined {
  const { single } = nearness;
  if (single) {
    const { stem, name, names } = single;
    return {
      wordStart: start,
      wordEnd: end,
      nameStart: start + stem.offset,
      nameEnd: end,
      restoreAlef: stem.accepts === 'article',
      name,
      names,
    };
  }
  for (const { stem, name, ref, word } of nearness.inNames) {
    const window = windowAround(codes, length, start, end, stem, name, word);
    if (window)
      return {
        wordStart: start,
        wordEnd: end,
        nameStart: window.start,
        nameEnd: window.end,
        restoreAlef: window.restoreAlef,
        name: window.phrase,
        names: [ref],
      };
  }
  return undefined;
}

/** Targets some reading of the word is equal to. Usually none, so the list is shared and empty. */
function exactTargets(
  index: NearMissIndex,
  codes: Uint16Array,
  start: number,
  end: number,
  stems: readonly Stem[],
  scratch: NearMissScratch,
): readonly number[] {
  let exact: number[] | undefined;
  const { letters } = scratch;
  for (const stem of stems) {
    const count = stemLetters(codes, start, end, stem, letters);
    const slot = slotOf(index.variants, wordKey(letters, 0, count));
    if (slot < 0) continue;
    const first = index.variants.first[slot]!;
    for (let posting = first; posting < first + index.variants.count[slot]!; posting++) {
      const id = index.variants.postings[posting]!;
      const target = index.targets[id]!;
      if (stemAccepts(stem, target.article) && sameLetters(letters, count, target.codes)) (exact ??= []).push(id);
    }
  }
  return exact ?? NONE;
}

const NONE: readonly number[] = [];

function sameLetters(letters: Uint16Array, count: number, codes: readonly number[]): boolean {
  if (count !== codes.length) return false;
  for (let index = 0; index < count; index++) if (letters[index] !== codes[index]) return false;
  return true;
}

function textOf(letters: Uint16Array, count: number): string {
  return String.fromCharCode(...letters.subarray(0, count));
}

/** Target ids sharing one of the `count + 1` keys in `scratch.keys` (possibly by a hash collision: verify). */
function candidatesFor(index: NearMissIndex, count: number, scratch: NearMissScratch): number[] {
  const found = scratch.found;
  found.length = 0;
  const table = index.variants;
  for (let k = 0; k <= count; k++) {
    const slot = slotOf(table, scratch.keys[k]!);
    if (slot < 0) continue;
    const first = table.first[slot]!;
    const last = first + table.count[slot]!;
    for (let posting = first; posting < last; posting++) {
      const id = table.postings[posting]!;
      if (!found.includes(id)) found.push(id);
    }
  }
  return found;
}
