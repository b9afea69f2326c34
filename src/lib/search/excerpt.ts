/**
 * Result excerpts built from the page's visible text (the part before ⁂),
 * with the words that match the query marked: Pagefind's own excerpt could
 * show the hidden search keys.
 */
import { searchKey } from './terms.ts';

export const KEYS_MARK = '⁂';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** About `radius` words either side of the first matching word; the opening words when none matches. */
export function buildExcerpt(content: string, queryKeys: readonly string[], radius = 15): ExcerptPart[] {
  const visible = content.split(KEYS_MARK)[0] ?? '';
  const tokens = visible.split(/(\s+)/u);
  const isMatch = (token: string) => {
    const bare = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (bare === '') return false;
    const key = searchKey(bare);
    // Pagefind also finds words that extend the query (مسؤول → مسؤولية); mark those too.
    return queryKeys.some((wanted) => key === wanted || (wanted.length >= 3 && key.startsWith(wanted)));
  };
  const wordIndexes = tokens.flatMap((token, index) => (/\S/u.test(token) ? [index] : []));
  const firstMatch = wordIndexes.findIndex((index) => isMatch(tokens[index] ?? ''));
  const centre = Math.max(firstMatch, 0);
  const from = firstMatch === -1 ? 0 : Math.max(0, centre - radius);
  const to = Math.min(wordIndexes.length, from + 2 * radius + 1);
  const parts: ExcerptPart[] = [];
  if (from > 0) parts.push({ text: '… ', marked: false });
  for (let word = from; word < to; word++) {
    const index = wordIndexes[word] ?? 0;
    const token = tokens[index] ?? '';
    parts.push({ text: token, marked: isMatch(token) });
    if (word < to - 1) parts.push({ text: tokens[index + 1] ?? ' ', marked: false });
  }
  if (to < wordIndexes.length) parts.push({ text: ' …', marked: false });
  return parts;
}
