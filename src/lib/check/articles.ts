/** Article-level warnings: dated in the future, or with nothing to read. */
import type { Corpus } from '../content/corpus.ts';
import { problemAt, type Problem } from '../content/problem.ts';

export function checkArticles(corpus: Corpus, today: string = new Date().toISOString().slice(0, 10)): Problem[] {
  const problems: Problem[] = [];
  for (const article of corpus.articles) {
    if (article.data.date > today) {
      problems.push(problemAt(article.displayPath, article.locate(['date']), 'warning', `${article.data.date} is in the future: check the date (a scheduled article can stay a draft until then)`));
    }
    if (article.body.trim() === '') {
      problems.push(problemAt(article.displayPath, { line: article.bodyLine, column: 1 }, 'warning', 'the article has frontmatter but no text: write the article below the closing ---'));
    }
  }
  return problems;
}
