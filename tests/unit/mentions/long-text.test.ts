/**
 * What keeps the scan linear in a long text gives the answers the simple
 * ways gave: snippets read outwards from the mention, positions read side by
 * side with the source, and long lines parsed folded.
 */
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/lib/entities/matcher.ts';
import { FOLD_ABOVE_COST, foldLongLines, graftPositions, positionCost } from '../../../src/lib/mentions/long-lines.ts';
import { parseBody } from '../../../src/lib/mentions/markdown.ts';
import { scanDocument } from '../../../src/lib/mentions/scan.ts';
import { snippetAround, type Snippet } from '../../../src/lib/mentions/snippet.ts';

/** The snippet as it was computed before: from the whole text each time (quadratic over a long block). */
function snippetFromWholeText(text: string, start: number, end: number, words = 12): Snippet {
  const beforeWords = text.slice(0, start).split(/\s+/);
  const afterWords = text.slice(end).split(/\s+/);
  const head = beforeWords.pop() ?? '';
  const tail = afterWords.shift() ?? '';
  const before = [...beforeWords.slice(-words), head].join(' ').replace(/^\s+/, '');
  const after = [tail, ...afterWords.slice(0, words)].join(' ').replace(/\s+$/, '');
  return {
    before: (beforeWords.length > words ? '… ' : '') + before,
    match: text.slice(start, end),
    after: after + (afterWords.length > words ? ' …' : ''),
  };
}

const matcher = createMatcher([
  { form: 'قطر', key: 'actors/qatar' },
  { form: 'حكومة الوفاق', key: 'actors/gna' },
]);
const found = (body: string) =>
  scanDocument({ body, bodyLine: 1 }, matcher).body.map(({ line, column, text }) => `${line}:${column}=${text}`);

describe('snippets read outwards from the mention', () => {
  const piece = fc.constantFrom('قطر', 'و', 'نص', ' ', ' ', '  ', '\n', '\u00a0', '\t', '،', 'a', '');
  it('are what splitting the whole text gave', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 14 }), (pieces, a, b, words) => {
        const text = pieces.join('');
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = start + (text.length === start ? 0 : b % (text.length - start + 1));
        expect(snippetAround(text, start, end, words)).toEqual(snippetFromWholeText(text, start, end, words));
      }),
      { numRuns: 2000 },
    );
  });
  it('stop at a fixed reach in text without spaces', () => {
    const text = 'ق'.repeat(100_000) + 'قطر' + 'ر'.repeat(100_000);
    const snippet = snippetAround(text, 100_000, 100_003);
    expect(snippet.before.startsWith('… ')).toBe(true);
    expect(snippet.after.endsWith(' …')).toBe(true);
    expect(snippet.before.length + snippet.after.length).toBeLessThan(1_300);
  });
});

describe('positions of mentions whose text node differs from its source', () => {
  it('continued lines of a block quote or a list item', () => {
    expect(found('> أول\n> ثم قطر وقطر')).toEqual(['2:6=قطر', '2:11=قطر']);
    expect(found('- أول\n  ثم قطر')).toEqual(['2:6=قطر']);
  });
  it('escapes and character references before the mention', () => {
    expect(found('\\*a&amp;b قطر &#1602;طر قطر')).toEqual(['1:11=قطر', '1:15=قطر', '1:25=قطر']);
  });
});

/** Every node's type, value length and start and end offsets, in document order. */
function shapeOf(tree: Root): string[] {
  const lines: string[] = [];
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    lines.push(
      `${node.type} ${'value' in node ? node.value.length : ''} ${node.position?.start.offset}-${node.position?.end.offset} ${node.position?.start.line}:${node.position?.start.column}`,
    );
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
  return lines;
}

describe('long lines parsed folded', () => {
  const unit = fc.constantFrom(
    'قطر',
    'حكومة الوفاق',
    '**قطر**',
    '[قطر](https://example.org/a)',
    '`كود`',
    '<b>قطر</b>',
    'نص',
    '،',
    '\\*',
    '&amp;',
    'https://example.org',
    'a_b_',
    '*و*',
  );
  const line = fc.array(unit, { minLength: 60, maxLength: 400, size: 'max' }).map((units) => units.join(' '));
  const block = fc.oneof(
    line,
    line.map((text) => `> ${text}`),
    line.map((text) => `- ${text}`),
    line.map((text) => `## ${text}`),
    fc.constant('```\nكود طويل ' + 'قطر '.repeat(200) + '\n```'),
  );
  it('keep the length of the source and give the same tree and positions as parsing it whole', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (blocks) => {
        const source = blocks.join('\n\n');
        const folded = foldLongLines(source);
        expect(folded.length).toBe(source.length);
        const lineStarts = [0, ...[...source.matchAll(/\n/g)].map((match) => match.index + 1)];
        const tree = markdownToMdast(source, { features: { gfm: true, frontmatter: false }, position: false }) as unknown as Root;
        const positioned = markdownToMdast(folded, { features: { gfm: true, frontmatter: false } }) as unknown as Root;
        if (!graftPositions(tree, positioned, lineStarts)) return; // Refused, not wrong: the check reports the line.
        expect(shapeOf(tree)).toEqual(shapeOf(markdownToMdast(source, { features: { gfm: true, frontmatter: false } }) as unknown as Root));
      }),
      { numRuns: 60 },
    );
  });
  it('are how a costly body is parsed, with the positions of the source', () => {
    const body = Array.from({ length: 3000 }, (_, index) => `**قطر** و[حكومة الوفاق](https://example.org/${index})`).join(' ');
    expect(positionCost(body).cost).toBeGreaterThan(FOLD_ABOVE_COST);
    const { tree, refused } = parseBody(body);
    expect(refused).toBeUndefined();
    expect(shapeOf(tree)).toEqual(shapeOf(markdownToMdast(body, { features: { gfm: true, frontmatter: false } }) as unknown as Root));
  });
});
