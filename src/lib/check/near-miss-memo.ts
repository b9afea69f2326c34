/**
 * The check's near-miss hits, kept between runs per article: finding them
 * reads every body twice over (10,000 articles: 3.6 s in a cold build, up to
 * 7 s in a rebuild, where no scan shares the work), and an edit changes one
 * article. An article's hits are keyed by its scan's key, which changes with
 * anything they read (its text, its date, the names of every entity); the
 * file is named by the code that finds them (src/lib/mentions/scan-store.ts).
 */
import type { Position } from '../content/problem.ts';
import type { NearMissHit } from '../entities/near-miss/index.ts';
import { keptWorkFile, readKeptWork, writeKeptWork, type KeptWork } from '../mentions/scan-store.ts';

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
};

/** Hits by scan key: those read from the store, and those found in this run. */
export class NearMissMemo {
  readonly #known: Map<string, ArticleHit[]>;
  readonly #used = new Map<string, ArticleHit[]>();
  readonly #file: string | undefined;
  #added = 0;

  /** `file`: where the hits are kept; none keeps them in memory only. */
  constructor(file?: string) {
    this.#file = file;
    this.#known = file ? readKeptWork<ArticleHit[]>(file) : new Map();
  }

  /** The hits under `key`, found now by `find` unless known. */
  hits(key: string, find: () => ArticleHit[]): ArticleHit[] {
    let hits = this.#known.get(key);
    if (!hits) {
      hits = find();
      this.#known.set(key, hits);
      this.#added++;
    }
    this.#used.set(key, hits);
    return hits;
  }

  /** Ends a run: writes the hits it used when some are new, so the file holds one site's, not every version of it. */
  save(): void {
    if (this.#file && this.#added > 0) writeKeptWork(this.#file, this.#used, NEAR_MISSES);
    this.#added = 0;
    this.#used.clear();
  }
}

/** The memo kept under `cacheDir`, read once per process and cache folder. */
export function nearMissMemo(cacheDir: string): NearMissMemo {
  const file = keptWorkFile(cacheDir, NEAR_MISSES);
  let memo = memos.get(file ?? '');
  if (!memo) memos.set(file ?? '', (memo = new NearMissMemo(file)));
  return memo;
}

const memos = new Map<string, NearMissMemo>();
