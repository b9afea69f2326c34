/**
 * Invented place and family names, built from syllables that carry their
 * own Latin spelling, so every generated name has an English form without a
 * transliteration step. The space is large (tens of millions of stems), so
 * thousands of entities never run out of distinct names.
 */
import type { NamePart } from './name-parts.ts';
import type { Rng } from './rng.ts';

const CONSONANTS: readonly NamePart[] = [
  { ar: 'ب', en: 'b' },
  { ar: 'ت', en: 't' },
  { ar: 'ج', en: 'j' },
  { ar: 'د', en: 'd' },
  { ar: 'ر', en: 'r' },
  { ar: 'ز', en: 'z' },
  { ar: 'س', en: 's' },
  { ar: 'ش', en: 'sh' },
  { ar: 'ف', en: 'f' },
  { ar: 'ق', en: 'q' },
  { ar: 'ك', en: 'k' },
  { ar: 'ل', en: 'l' },
  { ar: 'م', en: 'm' },
  { ar: 'ن', en: 'n' },
  { ar: 'ح', en: 'h' },
  { ar: 'خ', en: 'kh' },
  { ar: 'ط', en: 't' },
  { ar: 'ص', en: 's' },
  { ar: 'غ', en: 'gh' },
  { ar: 'و', en: 'w' },
  { ar: 'ي', en: 'y' },
];

/** Long vowels are written in Arabic; short ones only in Latin. */
const LONG_VOWELS: readonly NamePart[] = [
  { ar: 'ا', en: 'a' },
  { ar: 'و', en: 'u' },
  { ar: 'ي', en: 'i' },
];
const SHORT_VOWELS = ['a', 'i', 'u'] as const;

/** Endings that make a stem read as a place. */
const PLACE_ENDINGS: readonly NamePart[] = [
  { ar: '', en: '' },
  { ar: '', en: '' },
  { ar: 'ان', en: 'an' },
  { ar: 'ة', en: 'a' },
  { ar: 'ية', en: 'iya' },
];

/** The letters that never join the next one: a syllable starting after them looks odd doubled, so we keep it simple. */
const SEMIVOWELS = new Set(['و', 'ي']);

function syllable(rng: Rng, first: boolean): NamePart {
  const onset = rng.pick(first ? CONSONANTS.filter((c) => !SEMIVOWELS.has(c.ar)) : CONSONANTS);
  const shape = rng.int(0, 2);
  if (shape === 0) {
    const vowel = rng.pick(LONG_VOWELS);
    return { ar: onset.ar + vowel.ar, en: onset.en + vowel.en };
  }
  const coda = rng.pick(CONSONANTS.filter((c) => c.ar !== onset.ar && !SEMIVOWELS.has(c.ar)));
  if (shape === 1) return { ar: onset.ar + coda.ar, en: onset.en + rng.pick(SHORT_VOWELS) + coda.en };
  const vowel = rng.pick(LONG_VOWELS);
  return { ar: onset.ar + vowel.ar + coda.ar, en: onset.en + vowel.en + coda.en };
}

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** A bare stem of two or three syllables (`برقان` / `Barqan` before any ending). */
export function stem(rng: Rng): NamePart {
  const count = rng.chance(0.25) ? 3 : 2;
  let ar = '';
  let en = '';
  for (let index = 0; index < count; index++) {
    const part = syllable(rng, index === 0);
    ar += part.ar;
    en += part.en;
  }
  return { ar, en: capitalize(en) };
}

/** A place name: a stem with an ending. */
export function placeName(rng: Rng): NamePart {
  const base = stem(rng);
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
