/**
 * The problems of a check as the preview pages show them: the same words
 * `npm run check` prints, built on the server, so a page needs neither the
 * catalogue nor the language setting.
 */
import { formatProblem, problemText, type Problem } from '../content/problem.ts';
import type { Language } from '../messages/language.ts';
import type { ProblemsPayload, ProblemWords, ShownProblem } from './protocol.ts';

/**
 * A page lists this many; the terminal has the rest. An archive being
 * migrated can have thousands of warnings, and every open tab receives the
 * payload on every save.
 */
export const MAX_SHOWN = 50;

/** `absolute` turns a problem's path (relative to the working directory) into the file's absolute path. */
export function problemsPayload(problems: readonly Problem[], language: Language, absolute: (file: string) => string): ProblemsPayload {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const ordered = [...errors, ...problems.filter((problem) => problem.severity !== 'error')];
  const shown = ordered.slice(0, MAX_SHOWN).map((problem): ShownProblem => ({
    location: `${problem.file}:${problem.line}:${problem.column}`,
    absolutePath: absolute(problem.file),
    line: problem.line,
    column: problem.column,
    severity: problem.severity,
    text: problemText(problem),
  }));
  return {
    language,
    version: ordered.map(formatProblem).join('\n'),
    errors: errors.length,
    warnings: problems.length - errors.length,
    problems: shown,
    words: problemWords(language, errors.length, problems.length - errors.length, ordered.length - shown.length),
  };
}

/**
 * These few words are the preview's own, not a problem's, so they are not in
 * the catalogue (which holds what a check reports, by code). Arabic counts are
 * "label: number", as in the check's summary line (src/lib/messages/summary.ts).
 */
function problemWords(language: Language, errors: number, warnings: number, omitted: number): ProblemWords {
  if (language === 'ar') {
    return {
      heading: 'مشكلات في المحتوى',
      counts: `الأخطاء: ${errors}، التنبيهات: ${warnings}`,
      hint: 'أصلح الملف واحفظه، وستتحدّث المعاينة وحدها. القائمة نفسها في الطرفية التي شغّلت فيها المعاينة.',
      more: omitted === 0 ? '' : `ومشكلات أخرى عددها ${omitted}، تجدها في الطرفية.`,
      hide: 'إخفاء',
    };
  }
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return {
    heading: 'Content problems',
    counts: `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
    hint: 'Fix the file and save it: the preview updates by itself. The terminal running the preview lists the same problems.',
    more: omitted === 0 ? '' : `${plural(omitted, 'more problem')} in the terminal.`,
    hide: 'Hide',
  };
}

/** The problems a re-check found that the one before it did not (a problem that moved to another line counts as new). */
export function newProblems(before: readonly Problem[], after: readonly Problem[]): Problem[] {
  const seen = new Set(before.map(formatProblem));
  return after.filter((problem) => !seen.has(formatProblem(problem)));
}
