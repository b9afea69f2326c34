/**
 * The check's near-miss hits, kept between runs per article: finding them
 * reads every body twice over (10,000 articles: 3.6 s in a cold build, up to
 * 7 s in a rebuild, where no scan shares the work), and an edit changes one
 * article. An article's hits are keyed by its scan's key, which changes with
 * anything they read (its text, its date, the names of every entity); the
 * file is named by the code that finds them (src/lib/build/kept-work.ts).
 */
import type { Position } from '../content/problem.ts';
import type { NearMissHit } from '../entities/near-miss/index.ts';
import { KeptMemo, keptMemo, type KeptWork } from '../build/kept-work.ts';

/** A near miss found in an article, before the whole archive decides whether it is reported. */
export interface ArticleHit {
  hit: NearMissHit;
  position: Position;
  /** The would-be alias as the article writes it. */
  written: string;
}

const NEAR_MISSES: KeptWork = {
  prefix: 'near-misses-',
  code: ['check/near-misses.ts', 'check/near-miss-memo.ts', 'entities', 'arabic', 'mentions', 'markdown', 'content/problem.ts'],
  packages: ['satteri'],
};

/** Hits by scan key, kept in the cache folder. */
export type NearMissMemo = KeptMemo<ArticleHit[]>;

/** A memo kept in `file`, or in memory only without one (the check of a caller that gives no memo). */
export function nearMissMemoAt(file?: string): NearMissMemo {
  return new KeptMemo<ArticleHit[]>(NEAR_MISSES, file);
}

/** The memo kept under `cacheDir`, read once per process. */
export function nearMissMemo(cacheDir: string): NearMissMemo {
  return keptMemo<ArticleHit[]>(NEAR_MISSES, cacheDir);
}
