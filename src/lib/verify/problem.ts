/** One thing a built site lost or got wrong, told as `what: which page or file`. */
export interface VerifyProblem {
  /** What is wrong, short enough for one terminal line. */
  what: string;
  /** The page or file it concerns: a path in the built site or the content root. */
  where: string;
}

/** `what: where`, the line printed for a problem. */
export function formatVerifyProblem(problem: VerifyProblem): string {
  return `${problem.what}: ${problem.where}`;
}
