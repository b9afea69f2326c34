/** `npm run check`: every problem of a content root, in a stable order. */
import type { Corpus } from '../content/corpus.ts';
import { compareProblems, type Problem } from '../content/problem.ts';
import { loadSiteIndex, type LoadOptions, type SiteIndex } from '../site-index.ts';
import { checkArticles } from './articles.ts';
import { checkCharacters } from './characters.ts';
import { checkIdentity } from './identity.ts';
import { checkLinks } from './links.ts';
import { checkMentions } from './mentions.ts';
import { checkNames } from './names.ts';
import { checkNearMisses } from './near-misses.ts';
import { checkNesting } from './nesting.ts';
import { checkReferences } from './references.ts';

export interface CheckResult {
  corpus: Corpus;
  problems: Problem[];
  errorCount: number;
  warningCount: number;
}

function checkSite(site: SiteIndex): CheckResult {
  const { corpus } = site;
  const problems = [
    ...corpus.problems,
    ...checkReferences(corpus),
    ...checkIdentity(corpus),
    ...checkNames(corpus),
    ...checkCharacters(corpus),
    ...checkArticles(corpus),
    ...checkLinks(corpus, site.mentions),
    ...checkMentions(corpus.articles, site.mentions),
    ...checkNearMisses(site),
    ...checkNesting(corpus, site.mentions),
  ].sort(compareProblems);
  const errorCount = problems.filter((problem) => problem.severity === 'error').length;
  return { corpus, problems, errorCount, warningCount: problems.length - errorCount };
}

/** Checks the files as they are now (a check follows edits, so no remembered state is trusted by default). */
export function checkContentRoot(root: string, options: LoadOptions = { maxAgeMs: 0 }): CheckResult {
  return checkSite(loadSiteIndex(root, options));
}
