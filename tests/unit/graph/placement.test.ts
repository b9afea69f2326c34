import { describe, expect, it } from 'vitest';
import { estimateTextWidth, horizontalOf, overlaps, placeLabels } from '../../../src/lib/graph/placement.ts';

describe('placeLabels', () => {
  const options = { fontSize: 10, width: 300, height: 200, gap: 2 };

  it('puts a label left of its node first, as Arabic reads on from the marker', () => {
    const placed = placeLabels([{ key: 'a', text: 'قطر', x: 150, y: 100, r: 5 }], options);
    const label = placed.get('a');
    expect(label?.side).toBe('left');
    expect(label?.x).toBe(150 - 5 - 2);
    expect(label ? label.box.x + label.box.width : 0).toBeCloseTo(143);
  });

  it('moves a label to another side when the first is taken, and drops it when none is free', () => {
    // The second node sits just under the first: its left side is where the first label went.
    const crowd = [
      { key: 'first', text: 'قطر', x: 200, y: 100, r: 5 },
      { key: 'second', text: 'قطر', x: 200, y: 108, r: 3 },
    ];
    const placed = placeLabels(crowd, options);
    expect(placed.get('first')?.side).toBe('left');
    expect(placed.get('second')?.side).toBe('right');
    const boxes = [...placed.values()].map(({ box }) => box);
    expect(overlaps(boxes[0]!, boxes[1]!)).toBe(false);

    const walled = placeLabels([{ key: 'x', text: 'اسم طويل جدًا لا يتسع', x: 10, y: 10, r: 8 }], { ...options, width: 40, height: 30 });
    expect(walled.has('x')).toBe(false);
  });

  it('keeps labels inside the drawing', () => {
    const placed = placeLabels([{ key: 'edge', text: 'ستيفاني ويليامز', x: 5, y: 100, r: 4 }], options);
    const label = placed.get('edge');
    expect(label?.side).not.toBe('left');
    expect(label?.box.x).toBeGreaterThanOrEqual(0);
  });
});

describe('estimateTextWidth', () => {
  it('grows with the text and the font size', () => {
    expect(estimateTextWidth('قطر', 10)).toBeLessThan(estimateTextWidth('قطر قطر', 10));
    expect(estimateTextWidth('قطر', 20)).toBe(2 * estimateTextWidth('قطر', 10));
  });
});

describe('horizontalOf', () => {
  it('reads the horizontal part of a side', () => {
    expect(['left', 'below-left', 'right', 'above-right', 'above', 'below'].map((side) => horizontalOf(side as never))).toEqual([
      'left',
      'left',
      'right',
      'right',
      'centre',
      'centre',
    ]);
  });
});
