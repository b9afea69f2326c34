/**
 * Document-level checks: dated in the future, filed under another month than
 * its date, nothing to read, or still the text `npm run new` wrote.
 * A date beyond the end of next year (or before its era) never gets here: the schema refuses it
 * as an error at the value (src/lib/content/date-range.ts); a day merely ahead of today is a warning.
 */
import type { Corpus } from '../content/corpus.ts';
import { problemFrom, type Problem } from '../content/problem.ts';
import { say } from '../messages/format.ts';
import { TEMPLATE_BODY } from '../scaffold/template.ts';

const TEMPLATE_TEXTS = new Set(Object.values(TEMPLATE_BODY));

/** The document-level problems of a corpus; `today` (`YYYY-MM-DD`) decides what is in the future. */
export function checkArticles(corpus: Corpus, today: string = new Date().toISOString().slice(0, 10)): Problem[] {
  const problems: Problem[] = [];
  for (const article of corpus.articles) {
    if (article.data.date > today) {
      problems.push(problemFrom(article.displayPath, article.locate(['date']), say('future-date', { date: article.data.date })));
    }
    const misfiled = folderMismatch(article.id, article.data.date);
    if (misfiled)
      problems.push(
        problemFrom(article.displayPath, article.locate(['date']), say('date-folder', { date: article.data.date, ...misfiled })),
      );
    if (article.body.trim() === '') {
      problems.push(problemFrom(article.displayPath, { line: article.bodyLine, column: 1 }, say('empty-article')));
    }
  }
  for (const document of [...corpus.articles, ...corpus.actors, ...corpus.agreements, ...corpus.invalid]) {
    if (TEMPLATE_TEXTS.has(document.body.trim())) {
      problems.push(problemFrom(document.displayPath, { line: document.bodyLine + 1, column: 1 }, say('sample-text')));
    }
  }
  return problems;
}

/**
 * An article lives in `articles/YYYY/MM/` of its date. A date that disagrees
 * is a warning, not an error: either may be the slip, and moving the file
 * changes its address, so a person decides (`--fix` moves nothing).
 */
function folderMismatch(id: string, date: string): { folder: string; belongs: string } | undefined {
  const filed = /^(\d{4})\/(\d{2})\//.exec(id);
  if (!filed) return undefined;
  const [, year, month] = filed;
  if (date.slice(0, 7) === `${year}-${month}`) return undefined;
  return { folder: `articles/${year}/${month}/`, belongs: `articles/${date.slice(0, 4)}/${date.slice(5, 7)}/` };
}
