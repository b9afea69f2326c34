/** The one word count of the generator, used to keep article bodies within their length. */
const WORD = /[\p{L}\p{N}]/u;

/** Words in a text: white-space separated tokens holding a letter or digit, so Markdown markers do not count. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (WORD.test(token)) count++;
  return count;
}
