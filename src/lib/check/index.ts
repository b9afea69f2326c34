/** `npm run check`: every problem of a content root, in a stable order. */
import { loadCorpus, type Corpus } from '../content/corpus.ts';
import { compareProblems, type Problem } from '../content/problem.ts';
import { checkIdentity } from './identity.ts';
import { checkReferences } from './references.ts';

export interface CheckResult {
  corpus: Corpus;
  problems: Problem[];
  errorCount: number;
  warningCount: number;
}

export function checkCorpus(corpus: Corpus): CheckResult {
  const problems = [...corpus.problems, ...checkReferences(corpus), ...checkIdentity(corpus)].sort(compareProblems);
  const errorCount = problems.filter((problem) => problem.severity === 'error').length;
  return { corpus, problems, errorCount, warningCount: problems.length - errorCount };
}

export function checkContentRoot(root: string): CheckResult {
  return checkCorpus(loadCorpus(root));
}
