/** Per-stage figures from trace marks and memory samples. */
import { describe, expect, it } from 'vitest';
import { peakRss, stageFigures } from '../../../../bench/measure/stages.ts';

const samples = [
  { at: 50, rss: 10 },
  { at: 150, rss: 40 },
  { at: 250, rss: 90 },
  { at: 350, rss: 30 },
  { at: 450, rss: 70 },
];

describe('stageFigures', () => {
  it('splits the run at each mark, with startup before the first', () => {
    const figures = stageFigures(
      [
        { stage: 'check', start: 100 },
        { stage: 'render', start: 300 },
      ],
      samples,
      0,
      500,
    );
    expect(figures).toEqual([
      { stage: 'startup', ms: 100, peakRss: 10 },
      { stage: 'check', ms: 200, peakRss: 90 },
      { stage: 'render', ms: 200, peakRss: 70 },
    ]);
  });

  it('takes a span out of the stage it ran in and lists it after that stage', () => {
    const figures = stageFigures(
      [
        { stage: 'sync', start: 100 },
        { stage: 'index', start: 200, end: 300 },
        { stage: 'render', start: 400 },
      ],
      samples,
      0,
      500,
    );
    expect(figures.map(({ stage, ms }) => [stage, ms])).toEqual([
      ['startup', 100],
      ['sync', 200],
      ['index', 100],
      ['render', 100],
    ]);
    expect(figures.find((figure) => figure.stage === 'index')?.peakRss).toBe(90);
    expect(figures.find((figure) => figure.stage === 'sync')?.peakRss).toBe(40);
  });

  it('keeps the first of two marks of one stage', () => {
    const figures = stageFigures(
      [
        { stage: 'render', start: 100 },
        { stage: 'render', start: 300 },
      ],
      samples,
      0,
      500,
    );
    expect(figures.map(({ stage, ms }) => [stage, ms])).toEqual([
      ['startup', 100],
      ['render', 400],
    ]);
  });

  it('gives the whole-run peak', () => {
    expect(peakRss(samples)).toBe(90);
    expect(peakRss([])).toBe(0);
  });
});
