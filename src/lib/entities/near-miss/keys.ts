/**
 * 32-bit keys of words and of their one-deletion variants, computed on code
 * units without building strings, and a typed-array table to look them up.
 * A key is a polynomial hash finished with murmur3's mixer; equal words have
 * equal keys, and a shared key between different words (about one chance in
 * four billion) only costs a letter-by-letter comparison that fails.
 */

/** Longest word (in code units) that gets keys: names are far shorter. */
export const MAX_WORD = 64;

const BASE = 0x01000193;
const POWERS = new Int32Array(MAX_WORD + 1);
POWERS[0] = 1;
for (let index = 1; index <= MAX_WORD; index++) POWERS[index] = Math.imul(POWERS[index - 1]!, BASE);

/** Mix a polynomial hash with the length it covers, so near-equal words spread over the table. */
function finish(hash: number, length: number): number {
  let h = (hash + Math.imul(length, 0x9e3779b1)) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** The key of `codes[start, start + length)`. */
export function wordKey(codes: ArrayLike<number>, start: number, length: number): number {
  let hash = 0;
  for (let index = 0; index < length; index++) hash = (Math.imul(hash, BASE) + codes[start + index]!) | 0;
  return finish(hash, length);
}

/**
 * Writes into `out` the key of `codes[start, start + length)` (at 0) and the
 * key of the word without its letter `i` (at 1 + i), in one pass each way:
 * deleting letter i leaves hash(prefix) · B^(length-1-i) + hash(suffix).
 * `length` must not exceed MAX_WORD.
 */
export function variantKeys(codes: ArrayLike<number>, start: number, length: number, out: Int32Array, prefixes: Int32Array): void {
  let hash = 0;
  for (let index = 0; index < length; index++) {
    prefixes[index] = hash;
    hash = (Math.imul(hash, BASE) + codes[start + index]!) | 0;
  }
  out[0] = finish(hash, length);
  let suffix = 0;
  for (let index = length - 1; index >= 0; index--) {
    const power = POWERS[length - 1 - index]!;
    out[1 + index] = finish((Math.imul(prefixes[index]!, power) + suffix) | 0, length - 1);
    suffix = (suffix + Math.imul(codes[start + index]!, power)) | 0;
  }
}

/** Open-addressing table from keys to lists of ids: a lookup is one or two array reads. */
export interface KeyTable {
  mask: number;
  keys: Int32Array;
  used: Uint8Array;
  first: Int32Array;
  count: Int32Array;
  postings: Int32Array;
}

/** A table holding `lists` (key → ids), filled to a quarter at most. */
export function buildKeyTable(lists: ReadonlyMap<number, readonly number[]>): KeyTable {
  let size = 16;
  while (size < lists.size * 4) size *= 2;
  let total = 0;
  for (const ids of lists.values()) total += ids.length;
  const table: KeyTable = {
    mask: size - 1,
    keys: new Int32Array(size),
    used: new Uint8Array(size),
    first: new Int32Array(size),
    count: new Int32Array(size),
    postings: new Int32Array(total),
  };
  let written = 0;
  for (const [key, ids] of lists) {
    let slot = key & table.mask;
    while (table.used[slot] === 1) slot = (slot + 1) & table.mask;
    table.used[slot] = 1;
    table.keys[slot] = key;
    table.first[slot] = written;
    table.count[slot] = ids.length;
    for (const id of ids) table.postings[written++] = id;
  }
  return table;
}

/** The slot holding `key`, or -1. */
export function slotOf(table: KeyTable, key: number): number {
  let slot = key & table.mask;
  while (table.used[slot] === 1) {
    if (table.keys[slot] === key) return slot;
    slot = (slot + 1) & table.mask;
  }
  return -1;
}
