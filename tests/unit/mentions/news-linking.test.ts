/**
 * The linker on news prose written the way outlets write it
 * (tests/fixtures/news-linking: 40 articles, every reference labelled by
 * hand, a registry using every alias kind). Targets from the real-news issue:
 * precision ≥ 0.98, recall ≥ 0.95.
 */
import { describe, expect, it } from 'vitest';
import { scoreLabelledRoot } from '../../helpers/labelled-corpus.ts';

const score = scoreLabelledRoot('tests/fixtures/news-linking');
const listed = (items: ReadonlyArray<{ article: string; line: number; column: number; text: string; entity?: string | undefined }>) =>
  items.map((item) => `${item.article}:${item.line}:${item.column} ${item.text} → ${item.entity ?? '-'}`).join('\n');

describe('linking on labelled news prose', () => {
  it('is scored on at least 200 labelled references and some look-alikes', () => {
    expect(score.references).toBeGreaterThanOrEqual(200);
    expect(score.lookAlikes).toBeGreaterThanOrEqual(50);
  });

  it(`links with precision ≥ 0.98 (now ${score.precision.toFixed(3)})`, () => {
    expect(score.precision, `false links:\n${listed(score.falsePositives)}`).toBeGreaterThanOrEqual(0.98);
  });

  it(`finds references with recall ≥ 0.95 (now ${score.recall.toFixed(3)})`, () => {
    expect(score.recall, `missed:\n${listed(score.falseNegatives)}`).toBeGreaterThanOrEqual(0.95);
  });
});
