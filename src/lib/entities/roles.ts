/**
 * What the words around a name say about its role (docs/matching.md, rules
 * 10–12), beyond place and common-word readings:
 *
 * - a name right after «قناة», «إذاعة» … is part of an outlet's name
 *   («قناة ليبيا الأحرار», «إذاعة فرنسا الدولية»): only an outlet's own names
 *   count there;
 * - a windowed name followed by «السابق» or «المنتهية ولايته» is the body of
 *   the window that has ended («المجلس الرئاسي المنتهية ولايته» in March 2021);
 * - a weak or place name right after a verb of saying or taking a stance is
 *   the actor itself («قالت أنقرة», «وقال سلامة»), and counts as strong
 *   evidence: the sentence says who it is.
 *
 * Each list lives here, once, with a test per word in tests/unit/entities/roles.test.ts.
 */
import { normalize } from '../arabic/normalize.ts';
import { endsWithPhrase, hasWordWithin, phraseList, wordAfter, wordsBefore, type PhraseList } from './context.ts';

/** Nouns whose complement is the name of a broadcaster, a newspaper or a news site. */
export const OUTLET_NOUNS = ['قناة', 'إذاعة', 'راديو', 'تلفزيون', 'تلفزة', 'صحيفة', 'جريدة', 'مجلة', 'موقع', 'وكالة', 'شبكة'] as const;

/** Words after a name that put it in the past: the body that held the name before. */
export const FORMER_MARKERS = ['السابق', 'السابقة', 'المنتهية ولايته', 'المنتهية ولايتها', 'المنحل', 'المنحلة'] as const;

/**
 * Verbs of saying and of taking a stance, in the perfect and the imperfect,
 * masculine and feminine: their subject acts. Verbs a place can be the
 * subject of (شهدت, احتضنت, استضافت) are left out, and so is عبر, also the
 * preposition "via".
 */
export const STANCE_VERBS = [
  'قال',
  'قالت',
  'يقول',
  'تقول',
  'أكد',
  'أكدت',
  'يؤكد',
  'تؤكد',
  'أعلن',
  'أعلنت',
  'رحب',
  'رحبت',
  'دعا',
  'دعت',
  'طالب',
  'طالبت',
  'رأى',
  'رأت',
  'يرى',
  'ترى',
  'اعتبر',
  'اعتبرت',
  'أبدى',
  'أبدت',
  'نفى',
  'نفت',
  'اتهم',
  'اتهمت',
  'حذر',
  'حذرت',
  'رفض',
  'رفضت',
  'يرفض',
  'ترفض',
  'أيد',
  'أيدت',
  'دان',
  'دانت',
  'أدان',
  'أدانت',
  'انتقد',
  'انتقدت',
  'وصف',
  'وصفت',
  'قلل',
  'قللت',
  'هدد',
  'هددت',
  'أعرب',
  'أعربت',
  'شدد',
  'شددت',
  'أوضح',
  'أوضحت',
  'أشار',
  'أشارت',
  'أضاف',
  'أضافت',
  'صرح',
  'صرحت',
  'تعهد',
  'تعهدت',
  'ندد',
  'نددت',
  'وافق',
  'وافقت',
  'اقترح',
  'اقترحت',
  'سارع',
  'سارعت',
  'عبرت',
  'ردت',
  'تتابع',
  'يتابع',
  'تنظر',
  'ينظر',
  'تدعم',
  'يدعم',
  'تريد',
  'يريد',
  'تطالب',
  'يطالب',
  'تسعى',
  'يسعى',
  'أمهلت',
  'لوحت',
  'حثت',
  'حث',
  'ناشد',
  'ناشدت',
  'أصدرت',
  'أصدر',
] as const;

const OUTLETS = phraseList([...OUTLET_NOUNS]);
const FORMER: PhraseList = phraseList([...FORMER_MARKERS]);
/** Each marker as its first word and the words after it (read forwards from the name). */
const FORMER_FORWARD = FORMER.phrases.map((words) => [...words].reverse());
const STANCE = new Set(STANCE_VERBS.map(normalize));

/** Is the name whose token starts at `tokenStart` part of an outlet's name (قناة ليبيا الأحرار)? */
export function namesOutlet(codes: Uint16Array, tokenStart: number): boolean {
  return endsWithPhrase(wordsBefore(codes, tokenStart, OUTLETS.longest), OUTLETS);
}

/** Does a marker of the past (السابق، المنتهية ولايته) follow the name ending at normalised `end`? */
export function followedByFormer(codes: Uint16Array, length: number, end: number): boolean {
  const first = wordAfter(codes, length, end);
  if (first === undefined) return false;
  const second = () => wordAfter(codes, length, end + 1 + first.length);
  return FORMER_FORWARD.some(([head, next]) => head === first && (next === undefined || next === second()));
}

/** Is the name whose token starts at `tokenStart` the subject of a verb of saying or stance right before it? */
export function actsAsSubject(codes: Uint16Array, tokenStart: number): boolean {
  return hasWordWithin(wordsBefore(codes, tokenStart, 1), STANCE, 1);
}
