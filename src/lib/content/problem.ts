import type { MessageCode } from '../messages/catalogue.ts';
import { messageText, type Said } from '../messages/format.ts';

/** A problem in a content file, told to the contributor who wrote it. */
export interface Problem {
  /** Path of the file as the contributor would type it (relative to the working directory). */
  file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based column. */
  column: number;
  severity: 'error' | 'warning';
  /** What is wrong (with what to do, for a problem not yet in the catalogue). */
  message: string;
  /** What to do; absent only where `message` says it (problemAt). */
  hint?: string;
  /**
   * The catalogue code (src/lib/messages/catalogue.ts) a contributor can look
   * up in CONTRIBUTING.md; absent only for a message still written at its call
   * site (problemAt: the rendered HTML's depth, src/lib/markdown/render.ts).
   */
  code?: MessageCode;
}

/** 1-based position in a source file. */
export interface Position {
  line: number;
  column: number;
}

export const FILE_START: Position = { line: 1, column: 1 };

/**
 * `path:line:col: severity: message: hint [code]`, the form editors and CI
 * logs turn into links. `error` and `warning` stay English in both languages:
 * editors' and CI's problem matchers look for those words.
 */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problemText(problem)}`;
}

/** The words of a problem after its place and severity: message, hint and the code to look up. */
export function problemText(problem: Problem): string {
  const text = problem.hint === undefined ? problem.message : messageText({ message: problem.message, hint: problem.hint });
  return problem.code === undefined ? text : `${text} [${problem.code}]`;
}

/** Stable order: by file, then position, so that two runs print the same report. */
export function compareProblems(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

/** A problem from the catalogue: `problemFrom(file, at, say('unknown-id', { … }))`. */
export function problemFrom(file: string, position: Position, said: Said): Problem {
  const { code, severity, message, hint } = said;
  return { file, line: position.line, column: position.column, severity, message, hint, code };
}

/**
 * A problem whose words are written at the call site. Kept for the one caller
 * that has not moved to the catalogue yet (src/lib/markdown/render.ts, which
 * has no entry); new problems use problemFrom.
 */
export function problemAt(file: string, position: Position, severity: Problem['severity'], message: string): Problem {
  return { file, line: position.line, column: position.column, severity, message };
}
