/** How check results read in a terminal and, on GitHub, as annotations on the pull request. */
import { formatProblem, type Problem } from '../content/problem.ts';
import type { CheckResult } from './index.ts';

/** GitHub turns these lines into comments on the changed lines of a pull request. */
export function githubAnnotation(problem: Problem): string {
  const escape = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (value: string) => escape(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${problem.severity} file=${property(problem.file)},line=${problem.line},col=${problem.column}::${escape(problem.message)}`;
}

export function reportLines(result: CheckResult, options: { github: boolean }): string[] {
  const lines = result.problems.flatMap((problem) =>
    options.github ? [formatProblem(problem), githubAnnotation(problem)] : [formatProblem(problem)],
  );
  const { articles, actors, agreements } = result.corpus;
  const counted = `${articles.length} articles, ${actors.length} actors, ${agreements.length} agreements`;
  lines.push(
    result.problems.length === 0
      ? `✓ ${counted}: no problems`
      : `${result.errorCount} error${result.errorCount === 1 ? '' : 's'}, ${result.warningCount} warning${result.warningCount === 1 ? '' : 's'} (${counted} read)`,
  );
  return lines;
}
