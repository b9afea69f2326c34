/** A problem in a content file, told to the contributor who wrote it. */
export interface Problem {
  /** Path of the file as the contributor would type it (relative to the working directory). */
  file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based column. */
  column: number;
  severity: 'error' | 'warning';
  /** What is wrong and what to write instead. */
  message: string;
}

/** 1-based position in a source file. */
export interface Position {
  line: number;
  column: number;
}

export const FILE_START: Position = { line: 1, column: 1 };

/** `path:line:col: severity: message`, the form editors and CI logs turn into links. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}

/** Stable order: by file, then position, so that two runs print the same report. */
export function compareProblems(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

export function problemAt(file: string, position: Position, severity: Problem['severity'], message: string): Problem {
  return { file, line: position.line, column: position.column, severity, message };
}
