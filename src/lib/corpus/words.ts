/** How the corpus counts words: white-space separated tokens holding a letter or digit (Markdown markers do not count). */
const WORD = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (WORD.test(token)) count++;
  return count;
}
