/** How a link check reads in a terminal and, on GitHub, as annotations of the run. */
import type { LinkProblem, LinkReport } from './check-site.ts';

/** `page: "link": reason`, one line that names the page and the link as written. */
function formatLinkProblem(problem: LinkProblem): string {
  return `${problem.page}: "${problem.link}": ${problem.reason}`;
}

/** A workflow command that GitHub shows in the run summary (a built page has no line in the pull request). */
export function githubLinkAnnotation(problem: LinkProblem): string {
  const escape = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return `::error title=Broken link::${escape(formatLinkProblem(problem))}`;
}

/** Options of the report: the external URLs themselves, and GitHub annotations. */
export interface LinkReportOptions {
  listExternal: boolean;
  github: boolean;
}

/** The lines to print: problems, external URLs when asked, and a closing summary. */
export function linkReportLines(report: LinkReport, options: LinkReportOptions): string[] {
  const lines = report.problems.flatMap((problem) =>
    options.github ? [formatLinkProblem(problem), githubLinkAnnotation(problem)] : [formatLinkProblem(problem)],
  );
  if (options.listExternal) lines.push(...report.external);
  const checked = `${count(report.pages, 'page')}, ${count(report.internalLinks, 'internal link')}, ${count(report.external.length, 'external URL')} (not fetched)`;
  if (report.problems.length === 0) {
    lines.push(`✓ ${checked}: no broken links`);
  } else {
    const pages = new Set(report.problems.map((problem) => problem.page)).size;
    lines.push(`✗ ${count(report.problems.length, 'broken link')} on ${count(pages, 'page')} (${checked})`);
  }
  return lines;
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
