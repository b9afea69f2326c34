/**
 * The inner HTML of one element of a page, found by tag name and class. Built
 * pages are our own markup, so matching start and end tags of one name (with
 * nesting) is enough; no tree is built.
 */
import { scanStartTags } from './links/html-scan.ts';

const CLASS_SEPARATOR = /[\t\n\f\r ]+/;

/** The inner HTML of the first `<tag class="… className …">`, or `undefined` when the page has none. */
export function elementContent(html: string, tag: string, className: string): string | undefined {
  // A start tag whose quoted attribute values may hold `>`.
  const starts = new RegExp(`<${tag}(?=[\\s/>])(?:"[^"]*"|'[^']*'|[^'">])*>`, 'gi');
  for (const start of html.matchAll(starts)) {
    const [parsed] = scanStartTags(start[0]);
    const classes = parsed?.attributes.get('class')?.split(CLASS_SEPARATOR) ?? [];
    if (!classes.includes(className)) continue;
    const from = start.index + start[0].length;
    return html.slice(from, closingIndex(html, tag, from));
  }
  return undefined;
}

/** Where the end tag matching an element opened just before `from` starts (the end of the page if it is never closed). */
function closingIndex(html: string, tag: string, from: number): number {
  const tags = new RegExp(`<(/?)${tag}(?=[\\s/>])`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let found = tags.exec(html); found !== null; found = tags.exec(html)) {
    depth += found[1] ? -1 : 1;
    if (depth === 0) return found.index;
  }
  return html.length;
}
