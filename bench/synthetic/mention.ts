/**
 * Writes an entity's name into text the way Arabic news text does, in every
 * shape the matching contract (docs/matching.md) still recognises: attached
 * prefixes (و ف ب ك ل, لل before ال), vowel marks, tatweel, alef with or
 * without hamza, Arabic-Indic digits and, in paragraphs, a line break
 * inside a name of several words.
 */
import { normalize } from '../../src/lib/arabic/normalize.ts';
import type { Rng } from './rng.ts';

/** How often each variation is applied, per mention. */
export interface MentionStyle {
  diacritics: number;
  tatweel: number;
  hamza: number;
  digits: number;
  /** Break the line between two words of the name (only where a soft line break is harmless). */
  lineBreak: number;
}

/** Mentions in paragraphs: every variation, line breaks included. */
export const PARAGRAPH_STYLE: MentionStyle = { diacritics: 0.12, tatweel: 0.04, hamza: 0.12, digits: 0.5, lineBreak: 0.05 };
/** Mentions in titles, headings, list items, quotes and table cells, where a line break would end the block. */
export const INLINE_STYLE: MentionStyle = { ...PARAGRAPH_STYLE, lineBreak: 0 };

// Opening a word: a short vowel. Inside it: a short vowel, sukun or shadda. At its end: a short vowel.
// Never tanween: a name takes none (definite or diptote), and a single word with tanween is an adjective (docs/matching.md).
const VOWELS = ['\u064E', '\u064F', '\u0650'];
const INNER_MARKS = [...VOWELS, '\u0652', '\u0651'];
const FINAL_MARKS = VOWELS;
/** Text is vocalised here and there, to disambiguate, never fully: half the words get one mark. */
const MARKED_WORD_SHARE = 0.5;
const ARABIC_LETTER = /[\u0621-\u064A]/u;
/** Letters that never join the next one: tatweel after them would float free. */
const NON_JOINING = new Set([...'اأإآدذرزوؤةىء']);
/** Letters that carry no short vowel in ordinary spelling. */
const UNMARKED = new Set([...'اأإآىءة']);
const HAMZA_ALEFS = new Set([...'أإآ']);
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

function varyHamza(rng: Rng, word: string): string {
  const first = word.charAt(0);
  if (HAMZA_ALEFS.has(first)) return `ا${word.slice(1)}`;
  if (first === 'ا' && !word.startsWith('ال') && word.length > 1) return `${rng.pick(['أ', 'إ'])}${word.slice(1)}`;
  return word;
}

function addTatweel(rng: Rng, word: string): string {
  const places: number[] = [];
  for (let index = 0; index < word.length - 1; index++) {
    const letter = word.charAt(index);
    if (ARABIC_LETTER.test(letter) && !NON_JOINING.has(letter) && ARABIC_LETTER.test(word.charAt(index + 1))) places.push(index);
  }
  if (places.length === 0) return word;
  const at = rng.pick(places) + 1;
  return `${word.slice(0, at)}${'ـ'.repeat(rng.int(1, 3))}${word.slice(at)}`;
}

function addMarks(rng: Rng, word: string): string {
  // The ل of the article takes no mark of its own in ordinary spelling.
  const first = word.startsWith('ال') ? 2 : 0;
  const letters = [...word];
  const candidates = letters.flatMap((letter, index) =>
    index >= first && ARABIC_LETTER.test(letter) && !UNMARKED.has(letter) ? [index] : [],
  );
  if (candidates.length === 0 || !rng.chance(MARKED_WORD_SHARE)) return word;
  const at = rng.pick(candidates);
  const final = at === letters.length - 1 || !ARABIC_LETTER.test(letters[at + 1] ?? '');
  const mark = rng.pick(final ? FINAL_MARKS : at === first ? VOWELS : INNER_MARKS);
  return [...letters.slice(0, at + 1), mark, ...letters.slice(at + 1)].join('');
}

const toArabicIndic = (word: string): string => word.replace(/[0-9]/g, (digit) => ARABIC_INDIC.charAt(Number(digit)));

/** The name with this mention's variations (no prefix yet). */
export function decorate(rng: Rng, form: string, style: MentionStyle): string {
  if (!ARABIC_LETTER.test(form)) return form;
  const marks = rng.chance(style.diacritics);
  const tatweel = rng.chance(style.tatweel);
  const hamza = rng.chance(style.hamza);
  const digits = rng.chance(style.digits);
  const words = form.split(' ').map((word) => {
    let written = hamza ? varyHamza(rng, word) : word;
    if (digits) written = toArabicIndic(written);
    if (tatweel && rng.chance(0.5)) written = addTatweel(rng, written);
    if (marks) written = addMarks(rng, written);
    return written;
  });
  if (words.length > 1 && rng.chance(style.lineBreak)) {
    const gap = rng.int(1, words.length - 1);
    return `${words.slice(0, gap).join(' ')}\n${words.slice(gap).join(' ')}`;
  }
  return words.join(' ');
}

/**
 * Attach proclitics to a written name. Before a name starting with ال, ل
 * is written لل (the name loses its alef); before الل the contract has no
 * such spelling (a known gap), so the ل is left out.
 */
export function attachPrefix(prefix: string, form: string, written: string): string {
  if (prefix === '' || !ARABIC_LETTER.test(form.charAt(0))) return written;
  if (!prefix.endsWith('ل') || !normalize(form).startsWith('ال')) return prefix + written;
  if (normalize(form).startsWith('الل')) return prefix.slice(0, -1) + written;
  return prefix + written.slice(1);
}

/** A mention ready for the text: prefix plus decorated name. */
export function writeMention(rng: Rng, form: string, prefix: string, style: MentionStyle): string {
  return attachPrefix(prefix, form, decorate(rng, form, style));
}
