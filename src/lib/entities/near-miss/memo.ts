/**
 * What the near-miss scan already knows about a word. Prose repeats its
 * words (an archive of 9 million words has a few hundred thousand distinct
 * ones, a generated one a few thousand), so most words are answered by the
 * hashes the scanner computes while reading them and one table read,
 * instead of a probe of all their readings.
 *
 * A word is identified by two independent 32-bit hashes; two words would
 * have to agree on both (one chance in 10^19) to share an entry. When the
 * table is half full it is emptied: a memo, never a record.
 */

/** Multipliers of the two running hashes a scanner keeps while it reads a word: `h = imul(h, BASE) + unit`, from 0. */
export const FIRST_BASE = 0x01000193;
export const SECOND_BASE = 0x2c1b3c6d;

const SIZE = 1 << 19;
const MASK = SIZE - 1;
const LIMIT = SIZE >> 1;

function mix(hash: number): number {
  let h = hash ^ (hash >>> 15);
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** Per word: nothing known (undefined), nothing near (null), or what a probe found (T). */
export class WordMemo<T extends object> {
  private readonly first = new Int32Array(SIZE);
  private readonly second = new Int32Array(SIZE);
  /** 0: unknown; 1: nothing near; k > 1: `values[k - 2]`. */
  private readonly entries = new Int32Array(SIZE);
  private readonly values: T[] = [];
  private size = 0;
  private slot = 0;

  /** What is known about the word with these hashes; remembers where, for `remember`. */
  recall(first: number, second: number): T | null | undefined {
    let slot = mix(first) & MASK;
    let entry: number;
    while ((entry = this.entries[slot]!) !== 0) {
      if (this.first[slot] === first && this.second[slot] === second) return entry === 1 ? null : this.values[entry - 2];
      slot = (slot + 1) & MASK;
    }
    this.first[slot] = first;
    this.second[slot] = second;
    this.slot = slot;
    return undefined;
  }

  /** Store what a probe found for the word `recall` last knew nothing about. */
  remember(value: T | null): void {
    if (this.size >= LIMIT) {
      this.entries.fill(0);
      this.values.length = 0;
      this.size = 0;
      return;
    }
    if (value === null) this.entries[this.slot] = 1;
    else this.entries[this.slot] = this.values.push(value) + 1;
    this.size++;
  }
}
