/**
 * The normalised letters of a text with where each comes from, lighter than
 * `normalizeToCodes` (one source index per unit instead of a start and an
 * end): enough to find near-miss candidates in a whole article body, in
 * about half the time.
 *
 * Exact by construction: the normaliser works one code unit at a time
 * (src/lib/arabic/normalize.ts, "For maintainers"), so each unit is folded
 * here by asking `normalize` about it once. Two differences, both harmless
 * to word scanning: white space is one space per unit, not per run (any run
 * of spaces is a separator either way), and a text with a surrogate pair
 * gets `undefined`: the caller normalises it fully instead.
 */
import { normalize } from '../../arabic/normalize.ts';

const UNSET = -1;
const DROP = -2;
const EXPAND = -3;
const SURROGATE = -4;

const table = new Int32Array(0x10000).fill(UNSET);
const expansions = new Map<number, string>();

function resolve(unit: number): number {
  let entry: number;
  if (unit >= 0xd800 && unit <= 0xdfff) entry = SURROGATE;
  else {
    const folded = normalize(String.fromCharCode(unit));
    if (folded.length === 0) entry = DROP;
    else if (folded.length === 1) entry = folded.charCodeAt(0);
    else {
      expansions.set(unit, folded);
      entry = EXPAND;
    }
  }
  table[unit] = entry;
  return entry;
}

/** Reusable output of `foldText`: the folded units and, for each, the index of the source unit it comes from. */
export class FoldBuffer {
  codes = new Uint16Array(0);
  sources = new Int32Array(0);

  /** Make room for `capacity` units, keeping the first `length`. */
  grow(capacity: number, length: number): void {
    if (capacity <= this.codes.length) return;
    const size = Math.max(capacity, this.codes.length * 2);
    const codes = new Uint16Array(size);
    const sources = new Int32Array(size);
    codes.set(this.codes.subarray(0, length));
    sources.set(this.sources.subarray(0, length));
    this.codes = codes;
    this.sources = sources;
  }
}

/**
 * The normalised code units of `text` in `buffer.codes[0, length)`, each
 * with its source index in `buffer.sources`; undefined when the text has a
 * surrogate pair.
 */
export function foldText(text: string, buffer: FoldBuffer): number | undefined {
  buffer.grow(text.length, 0);
  let { codes, sources } = buffer;
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    let entry = table[unit]!;
    if (entry === UNSET) entry = resolve(unit);
    if (entry >= 0) {
      codes[length] = entry;
      sources[length++] = index;
    } else if (entry === EXPAND) {
      const folded = expansions.get(unit)!;
      buffer.grow(length + folded.length + (text.length - index), length);
      ({ codes, sources } = buffer);
      for (let k = 0; k < folded.length; k++) {
        codes[length] = folded.charCodeAt(k);
        sources[length++] = index;
      }
    } else if (entry === SURROGATE) return undefined;
  }
  return length;
}
