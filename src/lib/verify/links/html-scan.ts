/**
 * A small scanner for the start tags of an HTML document and their attributes.
 * It is not a parser: it builds no tree and ignores text, which is all the link
 * checker needs. It follows the HTML tokenizer where that matters for links:
 * comments, doctypes and CDATA are skipped, the text of raw-text elements
 * (script, style, textarea…) is never mistaken for markup, attribute values may
 * be double-quoted, single-quoted or bare, names are case-insensitive, the first
 * of two same-named attributes wins, and character references are decoded.
 */
import { decodeCharacterReferences } from './char-refs.ts';

/** One start tag: its lower-case name and attributes (lower-case names, decoded values). */
export interface StartTag {
  name: string;
  attributes: ReadonlyMap<string, string>;
}

/** Elements whose content is text up to their end tag, so a `<a href>` inside is not a link. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';
const isLetter = (char: string | undefined): boolean => char !== undefined && /^[A-Za-z]$/.test(char);

/** Every start tag of `html`, in document order. */
export function scanStartTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open === -1) break;
    const next = html[open + 1];
    if (html.startsWith('<!--', open)) {
      at = skipPast(html, '-->', open + 4);
    } else if (html.startsWith('<![CDATA[', open)) {
      at = skipPast(html, ']]>', open + 9);
    } else if (next === '!' || next === '?') {
      at = skipPast(html, '>', open + 2);
    } else if (next === '/' && isLetter(html[open + 2])) {
      // End tags carry no links, but a quoted `>` in one must not end it early.
      at = readTag(html, open + 2).end;
    } else if (isLetter(next)) {
      const { tag, end } = readTag(html, open + 1);
      tags.push(tag);
      at = RAW_TEXT.has(tag.name) ? skipRawText(html, tag.name, end) : end;
    } else {
      at = open + 1;
    }
  }
  return tags;
}

function skipPast(html: string, marker: string, from: number): number {
  const found = html.indexOf(marker, from);
  return found === -1 ? html.length : found + marker.length;
}

/** Where the raw text of `name` ends: at its end tag, matched without regard to case. */
function skipRawText(html: string, name: string, from: number): number {
  const closing = new RegExp(`</${name}(?=[\\s/>])`, 'ig');
  closing.lastIndex = from;
  const match = closing.exec(html);
  return match ? match.index : html.length;
}

/** Reads a tag from its name (just after `<` or `</`) to just past its `>`. */
function readTag(html: string, from: number): { tag: StartTag; end: number } {
  let at = from;
  while (at < html.length && !isSpace(html[at]) && html[at] !== '/' && html[at] !== '>') at++;
  const name = html.slice(from, at).toLowerCase();
  const attributes = new Map<string, string>();
  for (;;) {
    while (isSpace(html[at]) || html[at] === '/') at++;
    if (at >= html.length) return { tag: { name, attributes }, end: html.length };
    if (html[at] === '>') return { tag: { name, attributes }, end: at + 1 };
    const nameStart = at;
    // The first character is part of the name even when it is `=`, as in the tokenizer.
    at++;
    while (at < html.length && !isSpace(html[at]) && html[at] !== '/' && html[at] !== '>' && html[at] !== '=') at++;
    const attribute = html.slice(nameStart, at).toLowerCase();
    while (isSpace(html[at])) at++;
    let value = '';
    if (html[at] === '=') {
      at++;
      while (isSpace(html[at])) at++;
      const quote = html[at];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, at + 1);
        const end = close === -1 ? html.length : close;
        value = html.slice(at + 1, end);
        at = end + 1;
      } else {
        const start = at;
        while (at < html.length && !isSpace(html[at]) && html[at] !== '>') at++;
        value = html.slice(start, at);
      }
    }
    if (!attributes.has(attribute)) attributes.set(attribute, decodeCharacterReferences(value));
  }
}
