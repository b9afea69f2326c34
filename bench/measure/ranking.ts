/** Retrieval measures for the search benchmark. */

/** Share of the expected pages found among the first `k` results. */
export function recallAt(k: number, results: readonly string[], expected: readonly string[]): number {
  if (expected.length === 0) return 1;
  const top = new Set(results.slice(0, k));
  return expected.filter((page) => top.has(page)).length / expected.length;
}

/** 1 / rank of the first expected page among the first `k` results; 0 when none is there. */
export function reciprocalRank(results: readonly string[], expected: readonly string[], k = 10): number {
  const wanted = new Set(expected);
  const rank = results.slice(0, k).findIndex((page) => wanted.has(page));
  return rank === -1 ? 0 : 1 / (rank + 1);
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
