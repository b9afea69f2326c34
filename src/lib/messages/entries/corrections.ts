/**
 * Corrections that contradict the article's own dates: raised by
 * src/lib/check/corrections.ts.
 */
import { code, entry } from '../entry.ts';

export const CORRECTION_MESSAGES = {
  'correction-before-date': entry<{ correction: string; date: string }>({
    severity: 'error',
    area: 'fields',
    sample: { correction: '2020-10-20', date: '2020-10-26' },
    en: {
      title: 'Correction before the article',
      message: ({ correction, date }) => `the correction of ${correction} is dated before the article itself (${date})`,
      hint: () => 'a correction is made after publishing: check the year, month and day of the correction',
    },
    ar: {
      title: 'تصحيح أقدم من الخبر',
      message: ({ correction, date }) => `التصحيح المؤرخ ${correction} أقدم من تاريخ الخبر نفسه (${date}).`,
      hint: () => 'التصحيح يأتي بعد النشر: راجع سنة التصحيح وشهره ويومه.',
    },
  }),
  'updated-before-correction': entry<{ updated: string; correction: string }>({
    severity: 'error',
    area: 'fields',
    sample: { updated: '2020-10-26', correction: '2020-11-02' },
    en: {
      title: 'updated older than a correction',
      message: ({ updated, correction }) => `${code('updated')} (${updated}) is older than the newest correction (${correction})`,
      hint: ({ correction }) =>
        `a correction is a change: set ${code('updated')} to ${correction}, or remove it and the correction's day counts`,
    },
    ar: {
      title: '`updated` أقدم من تصحيح',
      message: ({ updated, correction }) => `تاريخ ${code('updated')} (${updated}) أقدم من أحدث تصحيح (${correction}).`,
      hint: ({ correction }) => `التصحيح تعديل: اجعل ${code('updated')} ${correction}، أو احذفه فيُحتسب يوم التصحيح.`,
    },
  }),
};
