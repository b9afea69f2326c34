/**
 * The problems as Vite's error overlay, which Astro replaces with its own
 * (node_modules/astro/dist/core/errors/overlay.js). Loaded by the page
 * script, so it imports nothing but types.
 */
import type { ProblemsPayload } from './protocol.ts';

/** The fields Astro's overlay reads; it inserts `message` and `hint` as HTML. */
export interface OverlayError {
  name: string;
  title: string;
  message: string;
  hint: string;
  stack: string;
  loc: { file: string; line: number; column: number };
}

/** The overlay for a payload's errors, or undefined when it has none: warnings never cover the page. */
export function overlayError(payload: ProblemsPayload): OverlayError | undefined {
  const errors = payload.problems.filter((problem) => problem.severity === 'error');
  const first = errors[0];
  if (first === undefined) return undefined;
  const dir = payload.language === 'ar' ? 'rtl' : 'ltr';
  // The overlay is left to right; each item takes its language's direction and the path stays left to right.
  // Each text ends with a space: the overlay links words that start with https:// and would take in a tag glued to one.
  const items = errors
    .map((problem) => `<li dir="${dir}"><bdi dir="ltr">${escapeHtml(problem.location)}</bdi> ${escapeHtml(problem.text)} </li>`)
    .join('');
  const omitted = payload.errors - errors.length;
  const more = omitted > 0 && payload.words.more !== '' ? `<p dir="${dir}">${escapeHtml(payload.words.more)} </p>` : '';
  return {
    name: payload.words.heading,
    title: payload.words.counts,
    message: `<ul>${items}</ul>${more}`,
    hint: `<span dir="${dir}">${escapeHtml(payload.words.hint)} </span>`,
    // What the overlay's copy button copies: the lines exactly as the terminal printed them.
    stack: errors.map((problem) => `${problem.location}: error: ${problem.text}`).join('\n'),
    loc: { file: first.absolutePath, line: first.line, column: first.column },
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
