/**
 * When a capital is a place and not a government (docs/matching.md, rule 12).
 * «أعلنت موسكو» is Russia speaking; «في موسكو», «بموسكو», «مشاورات موسكو»,
 * «ولي عهد أبوظبي», «غادر حفتر موسكو» and the dateline «الدوحة - …» are places.
 *
 * Written here rather than taken from a package: what decides is Arabic
 * news syntax around a proper noun, which no tokenizer or gazetteer on npm
 * models. Each trigger has a test in tests/unit/entities/place.test.ts.
 */
import { endsWithPhrase, hasWordWithin, nextUnit, opensText, phraseList, wordsBefore } from './context.ts';
import { normalize } from '../arabic/normalize.ts';

/** Prepositions of place and direction. */
export const PLACE_PREPOSITIONS = ['في', 'إلى', 'نحو', 'عبر', 'داخل', 'قرب', 'خارج'] as const;

/**
 * Nouns whose complement is where something happens, not who acts: meetings
 * and visits held in a city, people, parts and surroundings of a city.
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
  'غرب',
  'شرق',
  'شمال',
  'جنوب',
  'وسط',
  'محيط',
  'أطراف',
] as const;

/**
 * Verbs of going and leaving whose object is a place (غادر حفتر موسكو, يزور
 * الدوحة). Masculine only: a state is feminine, so «زارت أنقرة» has Ankara as
 * its subject. The object may follow the subject, so a few words may stand
 * between the verb and the name.
 */
export const MOTION_VERBS = [
  'زار',
  'يزور',
  'غادر',
  'يغادر',
  'وصل',
  'يصل',
  'دخل',
  'يدخل',
  'قصد',
  'يقصد',
  'بلغ',
  'يبلغ',
  'توجه',
  'يتوجه',
] as const;
const MOTION_REACH = 4;

/** Dashes and the bracket that follow a dateline: «الدوحة - », «القاهرة (وكالات) - ». */
const DATELINE_MARKS = new Set([0x2d, 0x2013, 0x2014, 0x28, 0x3a]);

const TRIGGERS = phraseList([...PLACE_PREPOSITIONS, ...PLACE_NOUNS]);
const ARTICLE = 'ال';

function startsWithArticle(codes: Uint16Array, start: number): boolean {
  return codes[start] === 0x0627 && codes[start + 1] === 0x0644;
}
const MOTION = new Set(MOTION_VERBS.map(normalize));
const BA = 0x0628;

/**
 * Is the name at normalised `[start, end)`, whose token starts at
 * `tokenStart` (its proclitics before `start`), used as a location?
 */
export function usedAsPlace(codes: Uint16Array, length: number, tokenStart: number, start: number, end: number): boolean {
  for (let index = tokenStart; index < start; index++) if (codes[index] === BA) return true;
  if (opensText(codes, tokenStart) && DATELINE_MARKS.has(nextUnit(codes, length, end))) return true;
  const before = wordsBefore(codes, tokenStart, Math.max(TRIGGERS.longest, MOTION_REACH));
  if (endsWithPhrase(before, TRIGGERS) || hasWordWithin(before, MOTION, MOTION_REACH)) return true;
  // A definite name right after a definite noun agrees with it: an adjective (القوة القاهرة) or an apposition (العاصمة الدوحة).
  return tokenStart === start && startsWithArticle(codes, start) && before[0] !== undefined && before[0].startsWith(ARTICLE);
}
