import { describe, expect, it } from 'vitest';
import { mean, recallAt, reciprocalRank } from '../../../../bench/measure/ranking.ts';

describe('retrieval measures', () => {
  it('recall counts the expected pages within the cut-off', () => {
    expect(recallAt(2, ['a', 'b', 'c'], ['b', 'c'])).toBe(0.5);
    expect(recallAt(3, ['a', 'b', 'c'], ['b', 'c'])).toBe(1);
    expect(recallAt(10, [], ['a'])).toBe(0);
  });
  it('reciprocal rank is taken at the first expected page', () => {
    expect(reciprocalRank(['x', 'a', 'b'], ['b', 'a'])).toBe(0.5);
    expect(reciprocalRank(['x'], ['a'])).toBe(0);
    expect(reciprocalRank(['x', 'y', 'a'], ['a'], 2)).toBe(0);
  });
  it('mean of nothing is zero', () => {
    expect(mean([])).toBe(0);
    expect(mean([1, 0])).toBe(0.5);
  });
});
