/**
 * The page the dev server shows instead of a 404 when the file behind an
 * address has errors that keep it out of the site (a date such as
 * 2021-02-30): the file's problems, in the contributor's language, where
 * Astro would only say that no route matched.
 */
import { escapeHtml } from './overlay.ts';
import type { ProblemsPayload } from './protocol.ts';

/** The words of the page itself; the problems bring their own (payload.ts). */
const BLOCKED = {
  ar: { title: 'لا تظهر هذه الصفحة حتى يُصلَح ملفها', file: 'الملف' },
  en: { title: 'This page is not shown until its file is fixed', file: 'File' },
} as const;

export interface ProblemPageOptions {
  /** The problems of the one file, as a payload of their own. */
  payload: ProblemsPayload;
  /** The file's path as the problems name it. */
  file: string;
  /**
   * Module URLs the page loads: Vite's client, which reloads the page when
   * Astro's content store changes (as it does once the file is fixed), and
   * the preview's problem script (src/client/dev-problems.ts).
   */
  scripts: readonly string[];
}

export function problemPageHtml({ payload, file, scripts }: ProblemPageOptions): string {
  const words = BLOCKED[payload.language];
  const dir = payload.language === 'ar' ? 'rtl' : 'ltr';
  const items = payload.problems
    .map(
      (problem) => `<li class="${problem.severity}"><bdi dir="ltr">${escapeHtml(problem.location)}</bdi> ${escapeHtml(problem.text)}</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${payload.language}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(words.title)}</title>
${scripts.map((src) => `<script type="module" src="${escapeHtml(src)}"></script>`).join('\n')}
</head>
<body>
<main>
<h1>${escapeHtml(words.title)}</h1>
<p>${escapeHtml(words.file)}: <bdi dir="ltr">${escapeHtml(file)}</bdi></p>
<ul>
${items}
</ul>
<p>${escapeHtml(payload.words.hint)}</p>
</main>
</body>
</html>
`;
}
