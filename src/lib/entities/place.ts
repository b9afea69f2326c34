/**
 * When a capital is a place and not a government (docs/matching.md, rule 12).
 * «أعلنت موسكو» is Russia speaking; «في موسكو», «بموسكو», «مشاورات موسكو» and
 * «ولي عهد أبوظبي» are places. A `place` alias is no mention when the word (or
 * words) right before it is one of these triggers, or when it carries the
 * proclitic ب.
 *
 * Written here rather than taken from a package: what decides is Arabic
 * news syntax around a proper noun, which no tokenizer or gazetteer on npm
 * models. Each trigger has a test in tests/unit/entities/place.test.ts.
 */
import { isWordCode, normalize } from '../arabic/normalize.ts';
import { isSeparatorCode } from './forms.ts';

/** Prepositions of place and direction. */
export const PLACE_PREPOSITIONS = ['في', 'إلى', 'نحو', 'عبر', 'داخل', 'قرب'] as const;

/**
 * Nouns whose complement is where something happens, not who acts: meetings
 * and visits held in a city, people and institutions of a city.
 */
export const PLACE_NOUNS = [
  'مباحثات',
  'مشاورات',
  'محادثات',
  'مفاوضات',
  'اجتماع',
  'اجتماعات',
  'لقاء',
  'لقاءات',
  'قمة',
  'زيارة',
  'زيارته',
  'زيارتها',
  'مؤتمر',
  'ملتقى',
  'حوار',
  'جولة',
  'ولي عهد',
  'حاكم',
  'أمير',
  'مطار',
  'جامعة',
  'مدينة',
  'العاصمة',
  'عاصمة',
  'شوارع',
  'سكان',
  'فندق',
  'ضواحي',
  'مقر',
  'اتفاق',
  'إعلان',
  'مسار',
] as const;

/** Each trigger as its normalised words, last word first, for matching backwards from the name. */
const TRIGGERS: ReadonlyArray<readonly string[]> = [...PLACE_PREPOSITIONS, ...PLACE_NOUNS].map((trigger) => normalize(trigger).split(' ').reverse());
const LONGEST_TRIGGER = Math.max(...TRIGGERS.map((words) => words.length));

const BA = 0x0628;
const WAW = 0x0648;
const FA = 0x0641;

/**
 * Is the name whose token spans normalised `[tokenStart, start)` (its
 * proclitics) used as a location? `codes` is the normalised text.
 */
export function usedAsPlace(codes: Uint16Array, tokenStart: number, start: number): boolean {
  for (let index = tokenStart; index < start; index++) if (codes[index] === BA) return true;
  const before = wordsBefore(codes, tokenStart, LONGEST_TRIGGER);
  return TRIGGERS.some((trigger) => trigger.every((word, index) => matchesWord(before[index], word, index === trigger.length - 1)));
}

/** The trigger word may carry a conjunction on its first word (وفي، فإلى، ومشاورات). */
function matchesWord(written: string | undefined, trigger: string, first: boolean): boolean {
  if (written === undefined) return false;
  if (written === trigger) return true;
  const head = written.charCodeAt(0);
  return first && (head === WAW || head === FA) && written.slice(1) === trigger;
}

/**
 * Up to `count` words before `index`, nearest first, separated only by
 * white space, quotes or brackets: a comma or a full stop ends the clause,
 * and with it the reach of a trigger.
 */
function wordsBefore(codes: Uint16Array, index: number, count: number): string[] {
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
