/** How a verification reads in a terminal: one line per problem, then one summary line. */
import { formatVerifyProblem } from './problem.ts';
import type { VerifyReport } from './verify-site.ts';

/** The lines to print, the summary last. */
export function verifyReportLines(report: VerifyReport): string[] {
  const lines = report.problems.map(formatVerifyProblem);
  if (report.problems.length > 0) {
    lines.push(`✗ ${count(report.problems.length, 'problem')}`);
    return lines;
  }
  const { articles, actors, agreements } = report.pages;
  const pages = `${count(articles + actors + agreements, 'page')} (${count(articles, 'article')}, ${count(actors, 'actor')}, ${count(agreements, 'agreement')})`;
  const redirects = report.redirects > 0 ? `; ${count(report.redirects, 'redirect')} in place` : '';
  const previous =
    report.previousUrls === undefined ? '' : `; ${count(report.previousUrls, 'URL')} of the previous build still lead somewhere`;
  lines.push(
    `✓ ${pages}, each built once and in the sitemap and the search index; ${count(report.backlinks, 'backlink')} listed; ${count(report.internalLinks, 'internal link')} resolve${redirects}${previous}`,
  );
  return lines;
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
