/**
 * Names and aliases that would match far too much text: a single letter, or
 * an Arabic function word. Every occurrence of such a form would become a
 * "mention", so they are refused outright.
 */
import { normalize } from '../arabic/normalize.ts';
import type { Corpus } from '../content/corpus.ts';
import { problemFrom, type Problem } from '../content/problem.ts';
import { surfaceForms } from '../entities/registry.ts';
import { say } from '../messages/format.ts';

/** Function words: prepositions, conjunctions, pronouns, relatives and particles, normalised. */
const FUNCTION_WORDS = new Set(
  [
    'في',
    'من',
    'على',
    'إلى',
    'عن',
    'مع',
    'أن',
    'إن',
    'لا',
    'ما',
    'لم',
    'لن',
    'قد',
    'ثم',
    'أو',
    'أم',
    'بل',
    'حتى',
    'التي',
    'الذي',
    'الذين',
    'اللذين',
    'اللتين',
    'اللواتي',
    'هذا',
    'هذه',
    'ذلك',
    'تلك',
    'هؤلاء',
    'أولئك',
    'هو',
    'هي',
    'هم',
    'هن',
    'نحن',
    'أنا',
    'أنت',
    'كان',
    'كانت',
    'يكون',
    'ليس',
    'كل',
    'بعض',
    'غير',
    'عند',
    'بين',
    'فوق',
    'تحت',
    'قبل',
    'بعد',
    'منذ',
    'خلال',
    'حول',
    'ضد',
    'لدى',
    'لكن',
    'إذا',
    'إذ',
    'كما',
    'أي',
    'كيف',
    'متى',
    'أين',
  ].map(normalize),
);

export function checkNames(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  for (const entity of [...corpus.actors, ...corpus.agreements]) {
    for (const { form, path } of surfaceForms(entity)) {
      const key = normalize(form).trim();
      const letters = [...key].filter((character) => /\p{L}|\p{N}/u.test(character)).length;
      if (letters <= 1) {
        problems.push(problemFrom(entity.displayPath, entity.locate(path), say('name-too-short', { form })));
      } else if (FUNCTION_WORDS.has(key)) {
        problems.push(problemFrom(entity.displayPath, entity.locate(path), say('common-word-name', { form })));
      }
    }
  }
  return problems;
}
