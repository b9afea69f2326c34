/**
 * A dense Aho–Corasick automaton over UTF-16 code units.
 *
 * Why dense: scanning is the hot path (megabytes of archive text per build),
 * and a fully resolved transition table makes every text character cost one
 * class lookup and one table lookup, with no failure-link loop. The alphabet
 * is compressed to the code units that occur in the patterns (class 0 stands
 * for "any other unit"), which keeps the table at states × (distinct pattern
 * characters + 1) 32-bit cells: 125,000 states × 28 classes ≈ 14 MB for the
 * benchmark's 10,000 multi-word forms, well under 1 MB for a few hundred.
 *
 * The automaton knows nothing about Arabic; edge rules live in the matcher.
 */

/** Called at each text index where at least one pattern ends; false skips all of them. */
type EndFilter = (end: number) => boolean;
/** Called for each pattern ending at `end` (inclusive index of its last unit). */
type HitVisitor = (end: number, pattern: number) => void;

/** A compiled automaton; pattern ids are indices into the array given to {@link buildAhoCorasick}. */
export interface AhoCorasick {
  readonly patternCount: number;
  readonly stateCount: number;
  /** number of character classes, i.e. the width of a transition row */
  readonly alphabetSize: number;
  /** length in code units of each pattern */
  readonly patternLength: Int32Array;
  /**
   * One pass over `codes[0, length)`. For every index where some pattern
   * ends, `acceptEnd` is asked first (cheap rejection of all hits there), then
   * `visit` is called for each pattern ending there, longest first.
   */
  scan(codes: Uint16Array, length: number, acceptEnd: EndFilter, visit: HitVisitor): void;
}

const ROOT = 0;
const NONE = -1;

export interface AutomatonOptions {
  /**
   * Code units the scan may step over as if they were not in the text (the
   * separators that may stand inside a multiword name); none may occur in a
   * pattern. Where no pattern pauses, they end every partial match as any
   * other character would.
   */
  transparent?: string;
  /**
   * Per pattern, `pauses[k]` is 1 where transparent units may stand before
   * its unit k. Reading one moves to the longest partial match that may
   * pause there, so a word of one name never runs across a space into
   * another, and the scan stays one table read per unit. Without it every
   * pattern pauses everywhere.
   */
  pauses?: ReadonlyArray<Uint8Array>;
}

/**
 * Build the automaton. Patterns must be non-empty and distinct (duplicates
 * would share a terminal state and only the last id would be reported).
 */
export function buildAhoCorasick(patterns: readonly string[], { transparent = '', pauses }: AutomatonOptions = {}): AhoCorasick {
  const { classOf, alphabetSize } = compressAlphabet(patterns, transparent);
  const trie = buildTrie(patterns, classOf, alphabetSize, pauses);
  const { delta, outLink, fail, order } = resolveTransitions(trie, alphabetSize);
  const { terminal, stateCount } = trie;
  const transparentClass = transparent.length > 0 ? alphabetSize - 1 : NONE;

  // Rows are stored as offsets (state × width) so the scan needs no multiply;
  // a negative cell (~offset) marks a target state that reports patterns.
  const emits = new Uint8Array(stateCount);
  for (let s = 0; s < stateCount; s++) {
    emits[s] = terminal[s] !== NONE || outLink[s] !== NONE ? 1 : 0;
  }
  for (let cell = 0; cell < delta.length; cell++) {
    const target = delta[cell]!;
    const offset = target * alphabetSize;
    delta[cell] = emits[target] === 1 ? ~offset : offset;
  }
  // A transparent unit leads to the longest suffix state that may pause (a
  // suffix: its patterns were reported already, so the cell does not report).
  if (transparentClass !== NONE) {
    const pauseAt = new Int32Array(stateCount);
    pauseAt[ROOT] = ROOT;
    for (const s of order) pauseAt[s] = trie.pauses === undefined || trie.pauses[s] === 1 ? s : pauseAt[fail[s]!]!;
    for (let s = 0; s < stateCount; s++) delta[s * alphabetSize + transparentClass] = pauseAt[s]! * alphabetSize;
  }

  const patternLength = new Int32Array(patterns.length);
  patterns.forEach((pattern, id) => {
    patternLength[id] = pattern.length;
  });

  function scan(codes: Uint16Array, length: number, acceptEnd: EndFilter, visit: HitVisitor): void {
    let row = ROOT;
    for (let i = 0; i < length; i++) {
      let next = delta[row + classOf[codes[i]!]!]!;
      if (next < 0) {
        next = ~next;
        if (acceptEnd(i)) {
          const state = next / alphabetSize;
          for (let s = terminal[state] !== NONE ? state : outLink[state]!; s !== NONE; s = outLink[s]!) {
            visit(i, terminal[s]!);
          }
        }
      }
      row = next;
    }
  }

  return { patternCount: patterns.length, stateCount, alphabetSize, patternLength, scan };
}

/**
 * Map every code unit used by a pattern to a class 1..n, and the transparent
 * units to one last class; everything else is class 0.
 */
function compressAlphabet(patterns: readonly string[], transparent: string): { classOf: Uint16Array; alphabetSize: number } {
  const classOf = new Uint16Array(0x10000);
  let alphabetSize = 1;
  for (const pattern of patterns) {
    for (let k = 0; k < pattern.length; k++) {
      const unit = pattern.charCodeAt(k);
      if (classOf[unit] === 0) classOf[unit] = alphabetSize++;
    }
  }
  if (transparent.length > 0) {
    const transparentClass = alphabetSize++;
    for (let k = 0; k < transparent.length; k++) {
      const unit = transparent.charCodeAt(k);
      if (classOf[unit] !== 0) throw new Error(`a pattern holds the transparent unit U+${unit.toString(16).toUpperCase()}`);
      classOf[unit] = transparentClass;
    }
  }
  return { classOf, alphabetSize };
}

interface Trie {
  /** goto function, NONE where the trie has no edge */
  goto: Int32Array;
  /** pattern id ending exactly at each state, or NONE */
  terminal: Int32Array;
  /** 1 where some pattern through the state may pause after it; undefined: everywhere */
  pauses: Uint8Array | undefined;
  stateCount: number;
}

function buildTrie(
  patterns: readonly string[],
  classOf: Uint16Array,
  width: number,
  patternPauses: ReadonlyArray<Uint8Array> | undefined,
): Trie {
  let maxStates = 1;
  for (const pattern of patterns) maxStates += pattern.length;
  const goto = new Int32Array(maxStates * width).fill(NONE);
  const terminal = new Int32Array(maxStates).fill(NONE);
  const pauses = patternPauses ? new Uint8Array(maxStates) : undefined;
  let stateCount = 1;

  patterns.forEach((pattern, id) => {
    if (pattern.length === 0) throw new Error('Aho–Corasick patterns must not be empty');
    let state = ROOT;
    for (let k = 0; k < pattern.length; k++) {
      if (pauses && patternPauses![id]![k] === 1) pauses[state] = 1;
      const cell = state * width + classOf[pattern.charCodeAt(k)]!;
      let next = goto[cell]!;
      if (next === NONE) {
        next = stateCount++;
        goto[cell] = next;
      }
      state = next;
    }
    terminal[state] = id;
  });

  return {
    goto: goto.slice(0, stateCount * width),
    terminal: terminal.slice(0, stateCount),
    pauses: pauses?.slice(0, stateCount),
    stateCount,
  };
}

/**
 * Breadth-first construction of failure links, turning the goto table into a
 * complete transition function in place, plus output links (nearest proper
 * suffix state that ends a pattern).
 */
function resolveTransitions(trie: Trie, width: number): { delta: Int32Array; outLink: Int32Array; fail: Int32Array; order: Int32Array } {
  const { goto: delta, terminal, stateCount } = trie;
  const fail = new Int32Array(stateCount);
  const outLink = new Int32Array(stateCount).fill(NONE);
  const queue = new Int32Array(stateCount);
  let head = 0;
  let tail = 0;

  for (let c = 0; c < width; c++) {
    const child = delta[c]!;
    if (child === NONE) {
      delta[c] = ROOT;
    } else {
      fail[child] = ROOT;
      queue[tail++] = child;
    }
  }

  while (head < tail) {
    const state = queue[head++]!;
    const row = state * width;
    const failRow = fail[state]! * width;
    for (let c = 0; c < width; c++) {
      const child = delta[row + c]!;
      if (child === NONE) {
        // The fail state is shallower, so its row is already complete.
        delta[row + c] = delta[failRow + c]!;
      } else {
        const childFail = delta[failRow + c]!;
        fail[child] = childFail;
        outLink[child] = terminal[childFail] !== NONE ? childFail : outLink[childFail]!;
        queue[tail++] = child;
      }
    }
  }
  // Breadth-first order: a state's fail state always comes before it.
  return { delta, outLink, fail, order: queue.subarray(0, tail) };
}
