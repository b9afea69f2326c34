/**
 * The lines around the problems: the count at the end of a check, and what
 * `--fix` added. They name no problem, so they have no code.
 */
import type { Language } from './language.ts';

export interface Counts {
  errors: number;
  warnings: number;
  articles: number;
  actors: number;
  agreements: number;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Arabic counts are written as "label: number", which reads naturally and
 * spares the six plural forms a number before a noun would need.
 */
export function summaryLine(counts: Counts, language: Language): string {
  const { errors, warnings, articles, actors, agreements } = counts;
  if (language === 'ar') {
    const read = `الأخبار: ${articles}، الفاعلون: ${actors}، الاتفاقات: ${agreements}`;
    return errors + warnings === 0 ? `✓ لا مشكلات (${read})` : `الأخطاء: ${errors}، التنبيهات: ${warnings} (${read})`;
  }
  const read = `${articles} articles, ${actors} actors, ${agreements} agreements`;
  return errors + warnings === 0 ? `✓ ${read}: no problems` : `${plural(errors, 'error')}, ${plural(warnings, 'warning')} (${read} read)`;
}

/** `npm run check -- --fix`: what was added to which file. */
export function fixedLine(file: string, added: Readonly<Record<string, readonly string[]>>, language: Language): string {
  const lists = Object.entries(added).map(([field, ids]) => `${field}: ${ids.join(', ')}`);
  return language === 'ar' ? `${file}: أُضيف ${lists.join('؛ ')}` : `${file}: added ${lists.join('; ')}`;
}
