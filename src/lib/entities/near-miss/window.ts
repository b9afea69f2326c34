/**
 * Near-misses of one word of a multiword name: «ستيفاني وليامس» for
 * «ستيفاني وليامز». The misspelt word counts only when the name's other
 * words stand around it exactly as registered, with nothing but separators
 * (spaces, quotes, brackets) between, and a prefix only on the first word,
 * as the matcher would read the name.
 */
import { stemAccepts, stemLetters, stemsOf, type Stem } from '../../arabic/proclitics.ts';
import { isArticleForm, isSeparatorCode } from '../forms.ts';
import { codesOf } from '../../arabic/one-edit.ts';
import { wordKey } from './keys.ts';
import { isInWord } from './letters.ts';

/** A word of a multiword name, as the index keeps it. */
export interface NameWord {
  /** The name's normalised words. */
  words: readonly string[];
  /** Which of them this is. */
  position: number;
  /** Keys (keys.ts) of the words right before and after it, when they take no prefix: most windows fail on these two numbers. */
  before?: number;
  after?: number;
}

/** The entry for word `position` of a name. */
export function nameWord(words: readonly string[], position: number): NameWord {
  const keyOf = (word: string | undefined) => (word === undefined ? undefined : wordKey(codesOf(word), 0, word.length));
  const before = position > 1 ? keyOf(words[position - 1]) : undefined;
  const after = keyOf(words[position + 1]);
  return { words, position, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) };
}

/** Where a window of words stands, in normalised indices, and the alias it would be. */
export interface NameWindow {
  /** Where the name starts: after the first word's prefix. */
  start: number;
  end: number;
  /** The first word is written with لل: the alias starts with ا + the text. */
  restoreAlef: boolean;
  /** The window's words, normalised, the misspelt one included. */
  phrase: string;
}

/**
 * The window around the word `codes[start, end)` read as `stem` that stands
 * for `target`'s name with that word misspelt, or undefined when the other
 * words are not there. `name` is the word as read.
 */
export function windowAround(
  codes: Uint16Array,
  length: number,
  start: number,
  end: number,
  stem: Stem,
  name: string,
  target: NameWord,
): NameWindow | undefined {
  const { words, position } = target;
  if (position > 0 && stem.offset > 0) return undefined;
  if (target.after !== undefined && !keyed(codes, wordAfter(codes, length, end), target.after)) return undefined;
  if (target.before !== undefined && !keyed(codes, wordBefore(codes, start), target.before)) return undefined;
  let nameStart = start + stem.offset;
  let restoreAlef = stem.accepts === 'article';
  let cursor = start;
  for (let k = position - 1; k >= 0; k--) {
    const word = wordBefore(codes, cursor);
    if (!word) return undefined;
    if (k > 0) {
      if (!sameText(codes, word.start, word.end, words[k]!)) return undefined;
      nameStart = word.start;
    } else {
      const first = readingAs(codes, word.start, word.end, words[0]!);
      if (!first) return undefined;
      nameStart = word.start + first.offset;
      restoreAlef = first.accepts === 'article';
    }
    cursor = word.start;
  }
  cursor = end;
  for (let k = position + 1; k < words.length; k++) {
    const word = wordAfter(codes, length, cursor);
    if (!word || !sameText(codes, word.start, word.end, words[k]!)) return undefined;
    cursor = word.end;
  }
  const phrase = words.map((word, k) => (k === position ? name : word)).join(' ');
  return { start: nameStart, end: cursor, restoreAlef, phrase };
}

function keyed(codes: Uint16Array, word: { start: number; end: number } | undefined, key: number): boolean {
  return word !== undefined && wordKey(codes, word.start, word.end - word.start) === key;
}

function sameText(codes: Uint16Array, start: number, end: number, text: string): boolean {
  if (end - start !== text.length) return false;
  for (let index = 0; index < text.length; index++) if (codes[start + index] !== text.charCodeAt(index)) return false;
  return true;
}

/** The reading of the word `codes[start, end)` that is `name` behind a prefix such a name accepts. */
function readingAs(codes: Uint16Array, start: number, end: number, name: string): Stem | undefined {
  const letters = new Uint16Array(end - start + 1);
  const article = isArticleForm(name);
  return stemsOf(codes, start, end, []).find((stem) => {
    const count = stemLetters(codes, start, end, stem, letters);
    return stemAccepts(stem, article) && sameText(letters, 0, count, name);
  });
}

/** The word ending right before `index`, with nothing but separators between. */
function wordBefore(codes: Uint16Array, index: number): { start: number; end: number } | undefined {
  let end = index;
  while (end > 0 && isSeparatorCode(codes[end - 1]!)) end--;
  if (end === index || end === 0 || !isInWord(codes[end - 1]!)) return undefined;
  let start = end;
  while (start > 0 && isInWord(codes[start - 1]!)) start--;
  return { start, end };
}

/** The word starting right after `index`, with nothing but separators between. */
function wordAfter(codes: Uint16Array, length: number, index: number): { start: number; end: number } | undefined {
  let start = index;
  while (start < length && isSeparatorCode(codes[start]!)) start++;
  if (start === index || start === length || !isInWord(codes[start]!)) return undefined;
  let end = start;
  while (end < length && isInWord(codes[end]!)) end++;
  return { start, end };
}
