/**
 * Where characters of a text node stand in the Markdown source when the
 * node's value differs from the source it was parsed from: backslash escapes
 * (`\*`), character references (`&amp;`), and the `> ` or indentation the
 * parser strips from each continued line of a paragraph in a block quote or
 * a list.
 *
 * The value and the source are read side by side, once, from left to right:
 * asking for the offsets of every mention in a node costs time linear in the
 * node, however many mentions it holds. (Searching the source for each
 * mention's text instead costs a scan to the end of the document whenever the
 * source spells the name differently, once per mention.)
 */

/** Offsets in the source of characters of a node's value, asked for in increasing order. */
export interface SourceCursor {
  /** The source offset of `value[index]`; `index` must not be smaller than in the call before. */
  offsetOf(index: number): number;
}

/** A character reference: `&amp;`, `&#1602;`, `&#x642;`. */
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/**
 * A cursor over the node whose value is `value` and whose source is
 * `source.slice(start, end)`. Where the two cannot be aligned, the answer is
 * the last aligned place, never an offset outside the node.
 */
export function sourceCursor(source: string, start: number, end: number, value: string): SourceCursor {
  let valueIndex = 0;
  let sourceIndex = start;
  return {
    offsetOf(index) {
      while (valueIndex < index && sourceIndex < end) sourceIndex += written(seek());
      if (valueIndex < index) return Math.max(start, Math.min(sourceIndex, end - 1));
      seek();
      return Math.min(sourceIndex, Math.max(start, end - 1));
    },
  };

  /**
   * Steps over what the parser dropped (a `>` or the indentation of a
   * continued line) to where `value[valueIndex]` is written, and says how
   * it is written there: itself, escaped, or as a character reference.
   */
  function seek(): 'plain' | 'escaped' | number {
    const wanted = value[valueIndex];
    for (; sourceIndex < end; sourceIndex++) {
      const char = source[sourceIndex];
      if (char === wanted) return 'plain';
      if (char === '\\' && source[sourceIndex + 1] === wanted) return 'escaped';
      if (char === '&') {
        CHARACTER_REFERENCE.lastIndex = sourceIndex;
        const reference = CHARACTER_REFERENCE.exec(source);
        if (reference) return reference[0].length;
      }
    }
    return 'plain';
  }

  /** Consumes the character found by `seek`; returns how many source code units it took. */
  function written(how: 'plain' | 'escaped' | number): number {
    if (sourceIndex >= end) return 0;
    // A reference may stand for a character outside the BMP: two code units of the value.
    if (typeof how === 'number' && isHighSurrogate(value.charCodeAt(valueIndex))) valueIndex += 1;
    valueIndex += 1;
    return how === 'plain' ? 1 : how === 'escaped' ? 2 : how;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
