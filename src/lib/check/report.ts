/** How check results read in a terminal and, on GitHub, as annotations on the pull request. */
import { formatProblem, problemText, type Problem } from '../content/problem.ts';
import { messageText, say } from '../messages/format.ts';
import { messageLanguage, type Language } from '../messages/language.ts';
import { summaryLine } from '../messages/summary.ts';
import type { CheckResult } from './index.ts';

/** GitHub turns these lines into comments on the changed lines of a pull request; the text ends with the code, as in the terminal. */
function githubAnnotation(problem: Problem): string {
  const escape = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (value: string) => escape(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${problem.severity} file=${property(problem.file)},line=${problem.line},col=${problem.column}::${escape(problemText(problem))}`;
}

export function reportLines(result: CheckResult, options: { github: boolean }): string[] {
  const lines = result.problems.flatMap((problem) =>
    options.github ? [formatProblem(problem), githubAnnotation(problem)] : [formatProblem(problem)],
  );
  // Said as a line of its own, not a problem: it points at no file, and the counts below leave it out.
  if (result.heldBack.length > 0) {
    const said = say('warnings-held-back', { count: result.heldBack.length });
    lines.push(`${messageText(said)} [${said.code}]`);
  }
  lines.push(resultSummary(result, messageLanguage()));
  return lines;
}

/** The count line that ends a check: errors and warnings, and how many files of each kind were read. */
export function resultSummary(result: CheckResult, language: Language): string {
  const { articles, actors, agreements } = result.corpus;
  const counts = {
    errors: result.errorCount,
    warnings: result.warningCount,
    articles: articles.length,
    actors: actors.length,
    agreements: agreements.length,
  };
  return summaryLine(counts, language);
}
