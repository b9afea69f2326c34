/**
 * Invented place and family names, built from syllables that carry their
 * own Latin spelling, so every generated name has an English form without a
 * transliteration step. The space is large (tens of millions of stems), so
 * thousands of entities never run out of distinct names.
 */
import type { NamePart } from './name-parts.ts';
import type { Rng } from './rng.ts';

/** Common letters are listed twice: names read more naturally with them. */
const CONSONANTS: readonly NamePart[] = [
  ...[
    { ar: 'ب', en: 'b' },
    { ar: 'ت', en: 't' },
    { ar: 'د', en: 'd' },
    { ar: 'ر', en: 'r' },
    { ar: 'س', en: 's' },
    { ar: 'ق', en: 'q' },
    { ar: 'ك', en: 'k' },
    { ar: 'ل', en: 'l' },
    { ar: 'م', en: 'm' },
    { ar: 'ن', en: 'n' },
  ].flatMap((letter) => [letter, letter]),
  { ar: 'ج', en: 'j' },
  { ar: 'ز', en: 'z' },
  { ar: 'ش', en: 'sh' },
  { ar: 'ف', en: 'f' },
  { ar: 'ح', en: 'h' },
  { ar: 'خ', en: 'kh' },
  { ar: 'ط', en: 't' },
  { ar: 'ص', en: 's' },
  { ar: 'غ', en: 'gh' },
];

/** Long vowels are written in Arabic; short ones only in Latin. */
const LONG_VOWELS: readonly NamePart[] = [
  { ar: 'ا', en: 'a' },
  { ar: 'ا', en: 'a' },
  { ar: 'و', en: 'u' },
  { ar: 'ي', en: 'i' },
];
const SHORT_VOWELS = ['a', 'a', 'i', 'u'] as const;

/** Endings that make a stem read as a place. */
const PLACE_ENDINGS: readonly NamePart[] = [
  { ar: 'ان', en: 'an' },
  { ar: 'ة', en: 'a' },
  { ar: 'ية', en: 'iya' },
];

type Shape = 'open' | 'short' | 'long';

function syllable(rng: Rng, shape: Shape): NamePart {
  const onset = rng.pick(CONSONANTS);
  if (shape === 'open') {
    const vowel = rng.pick(LONG_VOWELS);
    return { ar: onset.ar + vowel.ar, en: onset.en + vowel.en };
  }
  let coda = rng.pick(CONSONANTS);
  while (coda.ar === onset.ar) coda = rng.pick(CONSONANTS);
  if (shape === 'short') return { ar: onset.ar + coda.ar, en: onset.en + rng.pick(SHORT_VOWELS) + coda.en };
  const vowel = rng.pick(LONG_VOWELS);
  return { ar: onset.ar + vowel.ar + coda.ar, en: onset.en + vowel.en + coda.en };
}

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A bare stem of two (sometimes three) syllables ending in a consonant, so
 * that endings and the relative ـي attach cleanly (`برقان` / `Barqan`).
 * Two short closed syllables never follow each other: four consonants in a
 * row would be unpronounceable.
 */
export function stem(rng: Rng): NamePart {
  const count = rng.chance(0.12) ? 3 : 2;
  const shapes: Shape[] = [];
  for (let index = 0; index < count; index++) {
    const last = index === count - 1;
    const options: Shape[] = last ? ['short', 'long', 'long'] : ['open', 'open', 'short', 'long'];
    let shape = rng.pick(options);
    if (shape === 'short' && shapes[index - 1] === 'short') shape = 'long';
    shapes.push(shape);
  }
  let ar = '';
  let en = '';
  for (const shape of shapes) {
    const part = syllable(rng, shape);
    ar += part.ar;
    en += part.en;
  }
  return { ar, en: capitalize(en) };
}

/** A place name: a stem, often with an ending. */
export function placeName(rng: Rng, base: NamePart = stem(rng)): NamePart {
  if (rng.chance(0.4)) return base;
  const ending = rng.pick(PLACE_ENDINGS);
  return { ar: base.ar + ending.ar, en: base.en + ending.en };
}

/** The relative adjective of a stem, masculine (`البرقاني` / `Barqani`). */
export function nisba(base: NamePart): NamePart {
  return { ar: `ال${base.ar}ي`, en: `${base.en}i` };
}

/** The feminine relative adjective (`البرقانية`), with the same English. */
export function nisbaFeminine(base: NamePart): NamePart {
  return { ar: `ال${base.ar}ية`, en: `${base.en}i` };
}

/** A family name as written after a given name: `الزرقاني` / `al-Zarqani`. */
export function familyName(base: NamePart): NamePart {
  return { ar: `ال${base.ar}ي`, en: `al-${base.en}i` };
}
