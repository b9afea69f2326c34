/** A mention in its sentence: about a dozen words either side, the mention itself kept apart for highlighting. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

export const SNIPPET_WORDS = 12;

export function snippetAround(text: string, start: number, end: number, words: number = SNIPPET_WORDS): Snippet {
  const beforeWords = text.slice(0, start).split(/\s+/);
  const afterWords = text.slice(end).split(/\s+/);
  // The word the mention is attached to (its proclitic, its punctuation) stays whole.
  const head = beforeWords.pop() ?? '';
  const tail = afterWords.shift() ?? '';
  const keptBefore = beforeWords.slice(-words);
  const keptAfter = afterWords.slice(0, words);
  const before = [...keptBefore, head].join(' ').replace(/^\s+/, '');
  const after = [tail, ...keptAfter].join(' ').replace(/\s+$/, '');
  return {
    before: (beforeWords.length > words ? '… ' : '') + before,
    match: text.slice(start, end),
    after: after + (afterWords.length > words ? ' …' : ''),
  };
}
