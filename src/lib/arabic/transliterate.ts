/**
 * A simple, deterministic Arabic → Latin romanisation, made for suggesting
 * file ids (`خليفة حفتر` → `khalifa-haftar`). It is not a scholarly system
 * and cannot be one: unvocalised Arabic does not write short vowels, so the
 * result is a starting point that a contributor should read and may correct.
 *
 * The rules, in order:
 * 1. Compatibility forms are folded (NFKC: `ﻻ` → `لا`); every combining mark
 *    (fatha, shadda, sukun, tanwin …) and the tatweel `ـ` are dropped, so
 *    vocalised and unvocalised spellings give the same result and doubled
 *    letters are written once (`السرّاج` → `al-saraj`).
 * 2. Words are runs of letters and digits; everything else separates them.
 *    A word that starts with `ال` (and has more after it) is written `al-` +
 *    the rest, without assimilating sun letters (`الشرق` → `al-sharq`).
 *    Attached prefixes such as `و` or `لل` are not split off.
 * 3. Letters: ب b, ت t, ث th, ج j, ح h, خ kh, د d, ذ dh, ر r, ز z, س s, ش sh,
 *    ص s, ض d, ط t, ظ z, غ gh, ف f, ق q, ك k, ل l, م m, ن n, ه h;
 *    ا أ آ ٱ ى ة → a, إ → i; ع and the hamzas ء ؤ ئ → ' (an apostrophe,
 *    which ids drop). Persian/Maghrebi extras: پ p, چ ch, ژ zh, ڤ v, گ g, ک k, ی as ي.
 * 4. و and ي are consonants (w, y) at the start of a word, after a vowel
 *    letter or before one; elsewhere they are long vowels (u, i):
 *    `حكومة` → `hakuma`, `ليبيا` → `libya`, `فايز` → `fayz`.
 * 5. Short vowels are guessed with the commonest one, `a`, from two facts of
 *    Arabic syllables: a word never starts with two consonants, and three
 *    consonants never follow each other. So `a` goes after a word's first
 *    consonant when a consonant follows it, and before any consonant that
 *    would be the third in a row: `حفتر` → `haftar`, `أحمد` → `ahmad`, but
 *    `قطر` → `qatr` and `مصطفى` → `mastafa`. When that third consonant is و or
 *    ي, the long vowel is written instead (`تركيا` → `tarkiya`). A word of one
 *    consonant gets an `a` (`و` → `wa`).
 * 6. Latin letters and digits are kept (accents dropped, lower-cased);
 *    Arabic-Indic and Persian digits become ASCII digits.
 * 7. For ids only (`suggestId`), frequent words of names have their usual
 *    Latin spelling instead (USUAL_SPELLINGS): `محمد` → `mohamed`.
 */

import { asciiDigits } from './digits.ts';

/** How an Arabic letter sounds for the vowel-guessing rules. */
type Sound = 'consonant' | 'vowel' | 'semivowel';

interface Letter {
  sound: Sound;
  /** Latin spelling; for semivowels, the consonant spelling (w or y). */
  latin: string;
  /** For semivowels, the long-vowel spelling (u or i). */
  vowel?: string;
}

const consonant = (latin: string): Letter => ({ sound: 'consonant', latin });
const vowel = (latin: string): Letter => ({ sound: 'vowel', latin });

const LETTERS: ReadonlyMap<string, Letter> = new Map([
  ['ب', consonant('b')],
  ['ت', consonant('t')],
  ['ث', consonant('th')],
  ['ج', consonant('j')],
  ['ح', consonant('h')],
  ['خ', consonant('kh')],
  ['د', consonant('d')],
  ['ذ', consonant('dh')],
  ['ر', consonant('r')],
  ['ز', consonant('z')],
  ['س', consonant('s')],
  ['ش', consonant('sh')],
  ['ص', consonant('s')],
  ['ض', consonant('d')],
  ['ط', consonant('t')],
  ['ظ', consonant('z')],
  ['ع', consonant("'")],
  ['غ', consonant('gh')],
  ['ف', consonant('f')],
  ['ق', consonant('q')],
  ['ك', consonant('k')],
  ['ل', consonant('l')],
  ['م', consonant('m')],
  ['ن', consonant('n')],
  ['ه', consonant('h')],
  ['ء', consonant("'")],
  ['ؤ', consonant("'")],
  ['ئ', consonant("'")],
  ['پ', consonant('p')],
  ['چ', consonant('ch')],
  ['ژ', consonant('zh')],
  ['ڤ', consonant('v')],
  ['گ', consonant('g')],
  ['ک', consonant('k')],
  ['ا', vowel('a')],
  ['أ', vowel('a')],
  ['آ', vowel('a')],
  ['ٱ', vowel('a')],
  ['إ', vowel('i')],
  ['ى', vowel('a')],
  ['ة', vowel('a')],
  ['و', { sound: 'semivowel', latin: 'w', vowel: 'u' }],
  ['ي', { sound: 'semivowel', latin: 'y', vowel: 'i' }],
  ['ی', { sound: 'semivowel', latin: 'y', vowel: 'i' }],
]);

/** A character of a word: an Arabic letter, or Latin text that passes through. */
type Token = { kind: 'arabic'; letter: Letter } | { kind: 'latin'; text: string };

/**
 * Romanises Arabic text by the rules above; words are separated by single
 * spaces, and `ع`/hamza are written as an apostrophe.
 */
/** Longer "words" are cut: no name needs more, and the vowel guess is recursive over runs of و and ي. */
const MAX_WORD_LETTERS = 64;

export function transliterate(text: string): string {
  return romanize(text, false);
}

/** The words of `text` romanised, each by its usual spelling when `usual` and it has one. */
function romanize(text: string, usual: boolean): string {
  const words = splitWords(text);
  return (usual ? joinAbd(words) : words)
    .map((word) => romanizeWord(word.slice(0, MAX_WORD_LETTERS), usual))
    .filter((word) => word.length > 0)
    .join(' ');
}

/**
 * How the frequent words of names in the archive are usually written in
 * Latin letters (by the press, by the people themselves, by existing ids), so
 * that a suggested id is one a person would type: `محمد المنفي` gives
 * `mohamed-al-menfi`, not the rules' `mahmad-al-manfi`. The rules cannot
 * know these: the short vowels are not written. Keys are spelt as
 * `usualKey` folds them (no ال, ى and ة as ي and ه, hamzas on alif as ا).
 */
const USUAL_SPELLINGS: ReadonlyMap<string, string> = new Map([
  // Given names.
  ['محمد', 'mohamed'],
  ['محمود', 'mahmoud'],
  ['احمد', 'ahmed'],
  ['مصطفي', 'mustafa'],
  ['عبد', 'abdel'],
  ['عبدالله', 'abdullah'],
  ['عبدالحميد', 'abdulhamid'],
  ['عبدالرحمن', 'abdulrahman'],
  ['علي', 'ali'],
  ['عمر', 'omar'],
  ['عثمان', 'othman'],
  ['خالد', 'khaled'],
  ['صالح', 'saleh'],
  ['عقيله', 'aguila'],
  ['فايز', 'fayez'],
  ['فتحي', 'fathi'],
  ['حسن', 'hassan'],
  ['حسين', 'hussein'],
  ['يوسف', 'yousef'],
  ['سيف', 'saif'],
  ['اسلام', 'islam'],
  ['معمر', 'muammar'],
  ['جمال', 'jamal'],
  ['عماد', 'emad'],
  ['اسامه', 'osama'],
  ['طارق', 'tariq'],
  ['نوري', 'nouri'],
  ['حميد', 'hamid'],
  ['الله', 'allah'],
  // Family names (written after al- when they carry ال).
  ['منفي', 'menfi'],
  ['دبيبه', 'dbeibah'],
  ['سراج', 'sarraj'],
  ['مشري', 'mishri'],
  ['قذافي', 'gaddafi'],
  ['مسماري', 'mismari'],
  // Places that entity ids name.
  ['قطر', 'qatar'],
  ['تركيا', 'turkey'],
  ['مصر', 'egypt'],
  ['روسيا', 'russia'],
  ['طرابلس', 'tripoli'],
  ['بنغازي', 'benghazi'],
  ['مصراته', 'misrata'],
  ['سرت', 'sirte'],
]);

/**
 * `عبد` and the name after it are one name (`عبد الحميد` is Abdulhamid, never
 * "abd al-hamid" as two): joined here so that USUAL_SPELLINGS, or the
 * `abdel-` rule of romanizeWord, sees them together.
 */
function joinAbd(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    const next = words[index + 1];
    if (word === 'عبد' && next !== undefined && /^\p{Script=Arabic}/u.test(next)) {
      joined.push(word + next);
      index++;
    } else joined.push(word);
  }
  return joined;
}

/** The spelling of a word as USUAL_SPELLINGS keys it. */
function usualKey(word: string): string {
  return word
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه');
}

/**
 * A file id suggested for a title or name: the romanisation in lower case,
 * words joined by hyphens, nothing outside `[a-z0-9-]`, cut at a hyphen so
 * that it is at most `maxLength` characters. Empty when nothing is left.
 */
export function suggestId(text: string, maxLength = 60): string {
  const id = romanize(text, true)
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return shorten(id, maxLength);
}

function shorten(id: string, maxLength: number): string {
  if (id.length <= maxLength) return id;
  const words = id.split('-');
  let kept = '';
  for (const word of words) {
    const next = kept ? `${kept}-${word}` : word;
    if (next.length > maxLength) break;
    kept = next;
  }
  // A dangling article (`…-al`) reads as a mistake; a first word longer than the limit is cut.
  return kept.replace(/-al$/, '') || id.slice(0, maxLength).replace(/-+$/, '');
}

function splitWords(text: string): string[] {
  const folded = text.normalize('NFKC').replace(/\p{M}|\u0640/gu, '');
  return folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

function romanizeWord(word: string, usual: boolean): string {
  const known = usual ? USUAL_SPELLINGS.get(usualKey(word)) : undefined;
  if (known !== undefined) return known;
  // A name joined by joinAbd that the table does not know: `عبدالسلام` → `abdel-salam`.
  if (usual && word.startsWith('عبد') && word.length > 3) return `abdel-${romanizeWord(word.slice(3).replace(/^ال(?=.)/u, ''), usual)}`;
  if (word.startsWith('ال') && word.length > 2) {
    const rest = romanizeWord(word.slice(2), usual);
    return rest ? `al-${rest}` : 'al';
  }
  const tokens = [...word].map(toToken);
  const latin = tokens.map((token, index) => (token.kind === 'latin' ? token.text : spell(tokens, index)));
  return insertShortVowels(tokens, latin).join('');
}

function toToken(character: string): Token {
  const letter = LETTERS.get(character);
  if (letter) return { kind: 'arabic', letter };
  const latin = asciiDigits(character)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return { kind: 'latin', text: latin };
}

/** Whether the token at `index` is pronounced as a consonant (rule 4 decides for و and ي). */
function isConsonantAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token?.kind !== 'arabic') return false;
  if (token.letter.sound !== 'semivowel') return token.letter.sound === 'consonant';
  if (index === 0) return true;
  const isVowelLetter = (at: number) => {
    const near = tokens[at];
    return near?.kind === 'arabic' && near.letter.sound === 'vowel';
  };
  // A preceding و/ي that is itself a long vowel also counts as a vowel (`قوي`).
  const previousIsVowel = isVowelLetter(index - 1) || (tokens[index - 1]?.kind === 'arabic' && !isConsonantAt(tokens, index - 1));
  return previousIsVowel || isVowelLetter(index + 1);
}

function spell(tokens: readonly Token[], index: number): string {
  const token = tokens[index];
  if (token?.kind !== 'arabic') return '';
  const { letter } = token;
  return letter.sound === 'semivowel' && !isConsonantAt(tokens, index) ? (letter.vowel ?? letter.latin) : letter.latin;
}

/** Rule 5: `a` after a word-initial consonant cluster's first letter, and before a third consonant in a row. */
function insertShortVowels(tokens: readonly Token[], latin: readonly string[]): string[] {
  const out: string[] = [];
  let run = 0;
  tokens.forEach((token, index) => {
    const isConsonant = isConsonantAt(tokens, index);
    if (!isConsonant) {
      run = 0;
      out.push(latin[index] ?? '');
      return;
    }
    if (run === 2) {
      // A third و/ي in a row is more often a long vowel before a glide (`تركيا` → `tarkiya`) than a new syllable.
      out.push(token.kind === 'arabic' && token.letter.sound === 'semivowel' ? (token.letter.vowel ?? 'a') : 'a');
      run = 0;
    }
    out.push(latin[index] ?? '');
    run++;
    const startsCluster = index === 0 && isConsonantAt(tokens, 1);
    const standsAlone = index === 0 && tokens.length === 1 && token.kind === 'arabic';
    if (startsCluster || standsAlone) {
      out.push('a');
      run = 0;
    }
  });
  return out;
}
