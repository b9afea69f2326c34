/**
 * Reading the words around a match in the normalised text: the words before
 * a name (nearest first) and the word right after it. Only white space,
 * quotes and brackets may stand between them; any other punctuation ends
 * the clause, and with it the reach of what came before.
 */
import { isWordCode, normalize } from '../arabic/normalize.ts';
import { isSeparatorCode } from './forms.ts';

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const KAF = 0x0643;
const LAM = 0x0644;

/** Up to `count` words before `index`, nearest first. */
export function wordsBefore(codes: Uint16Array, index: number, count: number): string[] {
  const words: string[] = [];
  let cursor = index - 1;
  while (words.length < count) {
    while (cursor >= 0 && isSeparatorCode(codes[cursor]!)) cursor--;
    const end = cursor + 1;
    while (cursor >= 0 && isWordCode(codes[cursor]!)) cursor--;
    if (cursor + 1 === end) break;
    words.push(String.fromCharCode(...codes.subarray(cursor + 1, end)));
  }
  return words;
}

/** The word right after `index` (separated by white space, quotes or brackets only), or undefined. */
export function wordAfter(codes: Uint16Array, length: number, index: number): string | undefined {
  let cursor = index;
  if (cursor >= length || !isSeparatorCode(codes[cursor]!)) return undefined;
  while (cursor < length && isSeparatorCode(codes[cursor]!)) cursor++;
  const start = cursor;
  while (cursor < length && isWordCode(codes[cursor]!)) cursor++;
  return cursor > start ? String.fromCharCode(...codes.subarray(start, cursor)) : undefined;
}

/** The first non-separator unit at or after `index`, or -1 at the end of the text. */
export function nextUnit(codes: Uint16Array, length: number, index: number): number {
  let cursor = index;
  while (cursor < length && codes[cursor] === 0x20) cursor++;
  return cursor < length ? codes[cursor]! : -1;
}

/** Is everything before `index` white space (the name opens its text)? */
export function opensText(codes: Uint16Array, index: number): boolean {
  for (let cursor = 0; cursor < index; cursor++) if (codes[cursor] !== 0x20) return false;
  return true;
}

/** A list of words or phrases, normalised, each as its words last first, for matching backwards from a name. */
export interface PhraseList {
  phrases: ReadonlyArray<readonly string[]>;
  longest: number;
}

export function phraseList(phrases: readonly string[]): PhraseList {
  const list = phrases.map((phrase) => normalize(phrase).split(' ').reverse());
  return { phrases: list, longest: Math.max(...list.map((words) => words.length)) };
}

/** Does one of the phrases end right where `before` (nearest word first) starts? The phrase may carry و or ف. */
export function endsWithPhrase(before: readonly string[], list: PhraseList): boolean {
  return list.phrases.some((phrase) => phrase.every((word, index) => sameWord(before[index], word, index === phrase.length - 1)));
}

/** Is one of the single words of `list` among the first `within` words of `before`? */
export function hasWordWithin(before: readonly string[], words: ReadonlySet<string>, within: number): boolean {
  return before.slice(0, within).some((word) => words.has(word) || (isConjunction(word.charCodeAt(0)) && words.has(word.slice(1))));
}

/** The first word of a phrase may carry proclitics (وفي، فإلى، لراديو، وبمشاورات), as names do. */
function sameWord(written: string | undefined, word: string, first: boolean): boolean {
  if (written === undefined) return false;
  if (written === word) return true;
  if (!first) return false;
  let rest = written;
  if (isConjunction(rest.charCodeAt(0))) rest = rest.slice(1);
  if (rest === word) return true;
  return isPreposition(rest.charCodeAt(0)) && rest.slice(1) === word;
}

function isPreposition(unit: number): boolean {
  return unit === BA || unit === KAF || unit === LAM;
}

function isConjunction(unit: number): boolean {
  return unit === WAW || unit === FA;
}
