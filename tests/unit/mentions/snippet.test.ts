import { describe, expect, it } from 'vitest';
import { snippetAround } from '../../../src/lib/mentions/snippet.ts';

describe('context snippets', () => {
  const words = Array.from({ length: 30 }, (_, index) => `w${index}`);
  it('keeps about a dozen words either side and marks the cut', () => {
    const text = `${words.join(' ')} قطر ${words.join(' ')}`;
    const start = text.indexOf('قطر');
    const snippet = snippetAround(text, start, start + 3, 12);
    expect(snippet.match).toBe('قطر');
    expect(snippet.before).toBe(`… ${words.slice(-12).join(' ')} `);
    expect(snippet.after).toBe(` ${words.slice(0, 12).join(' ')} …`);
  });
  it('keeps the proclitic attached to its word', () => {
    const text = 'أعلنت الحكومة ولقطر موقف';
    const start = text.indexOf('قطر');
    const snippet = snippetAround(text, start, start + 3);
    expect(snippet).toEqual({ before: 'أعلنت الحكومة ول', match: 'قطر', after: ' موقف' });
  });
  it('short text is kept whole, without ellipses', () => {
    const snippet = snippetAround('قطر', 0, 3);
    expect(snippet).toEqual({ before: '', match: 'قطر', after: '' });
  });
});
