/**
 * The text of a page's `<title>`: the page's title and the site's name. Search
 * engines and browser tabs cut long titles wherever they like, often in the
 * middle of an Arabic word; a title cut here ends at a word, says it was cut,
 * and keeps the site's name. The full title stays in the page's heading and
 * in og:title.
 */

/** What search results show of a title, and html-validate's `long-title` limit. */
export const TITLE_LIMIT = 70;

const SEPARATOR = ' — ';
const ELLIPSIS = '…';

/**
 * Punctuation a cut title should not end on before its ellipsis: Arabic and
 * Latin commas and semicolons, colons, dashes, opening brackets and quotes.
 */
const TRAILING_PUNCTUATION = /[\s،,؛;:\-–—(«"'“]+$/u;

/**
 * `«title» — «site»`, or the site's name alone on the page that is the site.
 * Lengths count UTF-16 code units, as the validator and most search engines
 * do; Arabic letters and marks are one each.
 */
export function documentTitle(title: string, siteName: string, limit: number = TITLE_LIMIT): string {
  if (title === siteName) return siteName;
  const full = `${title}${SEPARATOR}${siteName}`;
  if (full.length <= limit) return full;
  const room = limit - SEPARATOR.length - siteName.length - ELLIPSIS.length;
  // A site name too long to leave room for any title: the title alone, cut (never longer than the limit).
  if (room <= 0) return `${cutAtWord(title, limit - ELLIPSIS.length)}${ELLIPSIS}`;
  return `${cutAtWord(title, room)}${ELLIPSIS}${SEPARATOR}${siteName}`;
}

/**
 * The longest start of `text` of at most `room` code units that ends at a
 * word, without trailing punctuation. A first word longer than the room is
 * cut inside it (a title must not be empty).
 */
export function cutAtWord(text: string, room: number): string {
  if (text.length <= room) return text;
  const head = text.slice(0, room + 1);
  // Ends at a word when the character after the kept text is a space.
  const lastSpace = head.search(/\s\S*$/u);
  const kept = lastSpace > 0 ? head.slice(0, lastSpace) : text.slice(0, room);
  return kept.replace(TRAILING_PUNCTUATION, '') || text.slice(0, room);
}
