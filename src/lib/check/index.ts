/** `npm run check`: every problem of a content root, in a stable order. */
import { cacheFolder } from '../config/settings.ts';
import type { Corpus } from '../content/corpus.ts';
import { compareProblems, type Problem } from '../content/problem.ts';
import { loadSiteIndex, type LoadOptions, type SiteIndex } from '../site-index.ts';
import { checkArticles } from './articles.ts';
import { checkCharacters } from './characters.ts';
import { checkCorrections } from './corrections.ts';
import { findings, holdBack } from './held-back.ts';
import { checkIdentity } from './identity.ts';
import { checkLinks } from './links.ts';
import { checkMentions } from './mentions.ts';
import { checkNames } from './names.ts';
import { checkNearMisses } from './near-misses.ts';
import { nearMissMemo } from './near-miss-memo.ts';
import { checkNesting } from './nesting.ts';
import { checkRedirects } from './redirects.ts';
import { checkReferences } from './references.ts';
import { checkSchemas } from './schemas.ts';

export interface CheckResult {
  corpus: Corpus;
  /** What to show: every error, and the warnings not held back. */
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  /** Warnings that follow from an error and wait for it to be fixed (held-back.ts); the report counts them. */
  heldBack: Problem[];
}

function checkSite(site: SiteIndex): CheckResult {
  const { corpus } = site;
  const all = [
    ...findings([
      ...corpus.problems,
      ...checkReferences(corpus),
      ...checkRedirects(corpus),
      ...checkNames(corpus),
      ...checkCharacters(corpus),
      ...checkArticles(corpus),
      ...checkCorrections(corpus),
      ...checkLinks(corpus, site.mentions),
      ...checkNesting(corpus, site.mentions),
      ...checkSchemas(corpus),
    ]),
    ...checkIdentity(corpus),
    ...checkMentions(corpus.articles, site.mentions),
    ...checkNearMisses(site, nearMissMemo(cacheFolder())),
  ];
  const { shown, heldBack } = holdBack(all, (key) => site.registry.byKey.get(key)?.displayPath);
  const problems = shown.sort(compareProblems);
  const errorCount = problems.filter((problem) => problem.severity === 'error').length;
  return { corpus, problems, errorCount, warningCount: problems.length - errorCount, heldBack: heldBack.sort(compareProblems) };
}

/** Checks the files as they are now (a check follows edits, so no remembered state is trusted by default). */
export function checkContentRoot(root: string, options: LoadOptions = { maxAgeMs: 0 }): CheckResult {
  return checkSite(loadSiteIndex(root, options));
}

/** The check of a site index already loaded (`--fix` reads it once for both its plan and the check). */
export function checkLoadedSite(site: SiteIndex): CheckResult {
  return checkSite(site);
}
