/**
 * A mention in its sentence: about a dozen words either side, the mention
 * itself kept apart for highlighting.
 *
 * The words are read outwards from the mention, never from the start of the
 * block: a block (one paragraph, one table cell) can be a whole article, and
 * every mention in it takes a snippet, so reading the block from its start
 * each time made the scan quadratic (30,000 mentions in one paragraph of an
 * 800 KB article took minutes).
 */
import { ownString } from './own-string.ts';

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

const SNIPPET_WORDS = 12;

/**
 * How far either side of a mention a snippet looks, in UTF-16 code units:
 * a dozen words of Arabic prose fit many times over. It bounds the work per
 * mention when the text has no spaces to stop at; a word cut by it is left
 * out and the cut is marked like any other.
 */
const SNIPPET_REACH = 600;

export function snippetAround(text: string, start: number, end: number, words: number = SNIPPET_WORDS): Snippet {
  const before = fieldsBefore(text, start, words);
  const after = fieldsAfter(text, end, words);
  // The word the mention is attached to (its proclitic, its punctuation) stays whole.
  const beforeText = [...before.fields, before.attached].join(' ').replace(/^\s+/, '');
  const afterText = [after.attached, ...after.fields].join(' ').replace(/\s+$/, '');
  return {
    before: (before.more ? '… ' : '') + beforeText,
    match: ownString(text.slice(start, end)),
    after: afterText + (after.more ? ' …' : ''),
  };
}

interface Fields {
  /** The text between the mention and the nearest white space: part of the mention's word. */
  attached: string;
  /** Up to `count` whole words beyond it, in reading order. */
  fields: string[];
  /** Whether the text holds more words beyond those. */
  more: boolean;
}

/**
 * The words before `at`, as `text.slice(0, at).split(/\s+/)` would give the
 * last of them (an empty word where the text starts with white space), read
 * backwards from `at`.
 */
function fieldsBefore(text: string, at: number, count: number): Fields {
  const limit = Math.max(0, at - SNIPPET_REACH);
  const cut = limit > 0;
  let end = at;
  let wordStart = end;
  while (wordStart > limit && !isSpace(text.charCodeAt(wordStart - 1))) wordStart--;
  const attached = text.slice(wordStart, end);
  const fields: string[] = [];
  if (wordStart === limit) return { attached, fields, more: cut };
  let more = false;
  for (;;) {
    // Step over the white space before the word just read.
    end = wordStart;
    while (end > limit && isSpace(text.charCodeAt(end - 1))) end--;
    if (end === limit && cut) {
      more = true;
      break;
    }
    wordStart = end;
    while (wordStart > limit && !isSpace(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === limit && cut) {
      // A word the reach cuts in two is left out.
      more = true;
      break;
    }
    if (fields.length === count) {
      more = true;
      break;
    }
    fields.push(text.slice(wordStart, end));
    if (wordStart === limit) break;
  }
  return { attached, fields: fields.reverse(), more };
}

/** The words after `at`, as `text.slice(at).split(/\s+/)` would give the first of them, read forwards. */
function fieldsAfter(text: string, at: number, count: number): Fields {
  const limit = Math.min(text.length, at + SNIPPET_REACH);
  const cut = limit < text.length;
  let start = at;
  let wordEnd = start;
  while (wordEnd < limit && !isSpace(text.charCodeAt(wordEnd))) wordEnd++;
  const attached = text.slice(start, wordEnd);
  const fields: string[] = [];
  if (wordEnd === limit) return { attached, fields, more: cut };
  let more = false;
  for (;;) {
    start = wordEnd;
    while (start < limit && isSpace(text.charCodeAt(start))) start++;
    if (start === limit && cut) {
      more = true;
      break;
    }
    wordEnd = start;
    while (wordEnd < limit && !isSpace(text.charCodeAt(wordEnd))) wordEnd++;
    if (wordEnd === limit && cut) {
      more = true;
      break;
    }
    if (fields.length === count) {
      more = true;
      break;
    }
    fields.push(text.slice(start, wordEnd));
    if (wordEnd === limit) break;
  }
  return { attached, fields, more };
}

/** White space as `\s` in a JavaScript regular expression reads it. */
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
