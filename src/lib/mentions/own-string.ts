/**
 * A copy of a piece of a longer string that does not keep the longer one
 * alive. V8 makes a `slice` of 13 characters or more a view into the string
 * it was cut from, so a mention kept for the whole build (its words, its
 * snippet) held the text of its whole paragraph: at 10,000 articles, a site
 * index whose scans were just made held 284 MB, and the same scans read
 * back from the cache 236 MB. Joining a character to the piece and cutting
 * it off again makes V8 copy the two into a string of their own first, and
 * only that short string is kept.
 */
export function ownString(piece: string): string {
  return ` ${piece}`.slice(1);
}
