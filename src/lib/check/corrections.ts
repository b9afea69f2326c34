/**
 * Corrections against the article's own dates: one dated before the article
 * cannot have corrected it, and an `updated` older than the newest correction
 * would tell feeds and search engines the article last changed before it did.
 * `updated` is checked rather than rewritten, so the file says what the page
 * says; without `updated`, the newest correction's day counts (metadata/days.ts).
 */
import type { Corpus } from '../content/corpus.ts';
import { problemFrom, type Problem } from '../content/problem.ts';
import { say } from '../messages/format.ts';
import { newestCorrection } from '../pages/corrections.ts';

export function checkCorrections(corpus: Pick<Corpus, 'articles'>): Problem[] {
  const problems: Problem[] = [];
  for (const article of corpus.articles) {
    const { date, updated, corrections } = article.data;
    corrections.forEach((correction, index) => {
      if (correction.date < date) {
        problems.push(
          problemFrom(
            article.displayPath,
            article.locate(['corrections', index, 'date']),
            say('correction-before-date', { correction: correction.date, date }),
          ),
        );
      }
    });
    const newest = newestCorrection(article.data);
    if (updated !== undefined && newest !== undefined && updated < newest) {
      problems.push(
        problemFrom(article.displayPath, article.locate(['updated']), say('updated-before-correction', { updated, correction: newest })),
      );
    }
  }
  return problems;
}
