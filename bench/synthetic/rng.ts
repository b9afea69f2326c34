/**
 * The generator's source of randomness: the project's seeded PRNG with the
 * helpers the corpus needs. Every article gets its own stream derived from
 * the seed and its index, so one article's length never shifts the next.
 */
import { pick, seededRandom, shuffle } from './random.ts';

/** A seeded random stream with the draws the corpus generator uses. */
export class Rng {
  readonly next: () => number;

  constructor(seed: number) {
    this.next = seededRandom(seed);
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return pick(this.next, items);
  }

  shuffle<T>(items: readonly T[]): T[] {
    return shuffle(this.next, items);
  }
}

/**
 * A seed for one named stream (`entities`, `article`) and index: a 32-bit
 * hash (FNV-1a, then a final avalanche) so neighbouring indices give
 * unrelated streams.
 */
export function deriveSeed(seed: number, stream: string, index = 0): number {
  let hash = 0x811c9dc5;
  for (const unit of `${seed >>> 0}:${stream}:${index}`) {
    hash ^= unit.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash >>> 0;
}
