import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { ownString } from '../../../src/lib/mentions/own-string.ts';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Heap growth, in MB, while `keep` holds what it made from 50 paragraphs of 1 MB each (two bytes a character: Arabic). */
function heldBy(keep: (paragraph: string) => string): number {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const kept: string[] = [];
  for (let index = 0; index < 50; index++) {
    const paragraph = `${index} ${'حكومة الوفاق الوطني '.repeat(26_000)}`;
    kept.push(keep(paragraph));
  }
  collectGarbage();
  const grown = (process.memoryUsage().heapUsed - before) / 1e6;
  expect(kept.every((piece) => piece.length === 19)).toBe(true);
  return grown;
}

describe('ownString', () => {
  it('is the piece it is given', () => {
    expect(ownString('حكومة الوفاق الوطني')).toBe('حكومة الوفاق الوطني');
    expect(ownString('')).toBe('');
  });

  it('keeps a piece of a paragraph without keeping the paragraph, as a plain slice does', () => {
    const cut = (paragraph: string) => paragraph.slice(paragraph.indexOf(' ') + 1, paragraph.indexOf(' ') + 20);
    expect(heldBy(cut)).toBeGreaterThan(40);
    expect(heldBy((paragraph) => ownString(cut(paragraph)))).toBeLessThan(5);
  });
});
