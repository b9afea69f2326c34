/**
 * When a weak one-word name is the ordinary word it also is (docs/matching.md,
 * rule 11): «سلامة المدنيين» (safety), «لصالح القرار» (in favour of), «عائلة
 * الدبيبة» (the family), «منطقة السراج» (the district). Only weak and place
 * forms are read this way: a strong name is trusted wherever it stands.
 *
 * The cue is Arabic construct state (idafa): a noun followed by a definite
 * noun it governs. A person's name does not govern a noun, but it can be
 * followed by one as its object («استقبل السراج السفير»), so the rule asks
 * for a preposition or particle before it, or the proclitic ل on it.
 */
import { normalize } from '../arabic/normalize.ts';
import { endsWithPhrase, phraseList, wordAfter, wordsBefore } from './context.ts';

/** Nouns that make the name after them a family, a tribe or a place named after someone. */
export const HOLDER_NOUNS = [
  'عائلة',
  'أسرة',
  'آل',
  'قبيلة',
  'منطقة',
  'حي',
  'شارع',
  'ميدان',
  'ساحة',
  'مدينة',
  'بلدة',
  'قرية',
  'مسجد',
  'مدرسة',
] as const;

/** Prepositions and particles after which a noun in construct state is an ordinary noun. */
export const GOVERNING_PARTICLES = [
  'على',
  'أن',
  'إن',
  'لأن',
  'من',
  'عن',
  'في',
  'إلى',
  'أمام',
  'حول',
  'بشأن',
  'مع',
  'دون',
  'بين',
  'ضمن',
  'لدى',
] as const;

/** Definite words that follow a name without being governed by it: relatives and times. */
export const FREE_FOLLOWERS = [
  'الذي',
  'التي',
  'الذين',
  'اللذين',
  'اللتين',
  'اليوم',
  'الأمس',
  'الليلة',
  'الأسبوع',
  'الشهر',
  'العام',
  'السنة',
  'الماضي',
  'الجاري',
  'المقبل',
  'الأحد',
  'الاثنين',
  'الإثنين',
  'الثلاثاء',
  'الأربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
] as const;

const HOLDERS = phraseList([...HOLDER_NOUNS]);
const PARTICLES = phraseList([...GOVERNING_PARTICLES]);
const FREE = new Set(FREE_FOLLOWERS.map(normalize));
const LAM = 0x0644;
const ARTICLE = normalize('ال');

/**
 * Is the weak one-word name at normalised `[start, end)` (token from
 * `tokenStart`) the common word it spells? `place` forms skip the ل cue:
 * «لأنقرة» is usually "Ankara's" or "to Ankara", not a preposition.
 */
export function usedAsCommonWord(
  codes: Uint16Array,
  length: number,
  tokenStart: number,
  start: number,
  end: number,
  place: boolean,
): boolean {
  const before = wordsBefore(codes, tokenStart, HOLDERS.longest);
  if (endsWithPhrase(before, HOLDERS)) return true;
  const next = wordAfter(codes, length, end);
  if (next === undefined || FREE.has(next)) return false;
  const withLam = start > tokenStart && codes[start - 1] === LAM;
  if (withLam && !place) return true;
  return next.startsWith(ARTICLE) && endsWithPhrase(before, PARTICLES);
}
