/**
 * The linker on news prose written the way outlets write it: every
 * reference labelled by hand, a registry using every alias kind.
 *
 * - tests/fixtures/news-linking (40 articles): the set the rules were
 *   developed on; it must meet the real-news targets, precision ≥ 0.98 and
 *   recall ≥ 0.95.
 * - tests/fixtures/news-linking-heldout (22 articles, same registry): written
 *   afterwards by someone who had not seen the first set. Scored before any
 *   rule looked at it: precision 0.960, recall 0.902; after the rules of
 *   roles.ts: 0.975, 0.929. Its floors guard against regressions; they are
 *   below the targets, which this set does not meet yet.
 */
import { describe, expect, it } from 'vitest';
import { scoreLabelledRoot } from '../../helpers/labelled-corpus.ts';

const SETS = [
  { root: 'tests/fixtures/news-linking', precision: 0.98, recall: 0.95 },
  { root: 'tests/fixtures/news-linking-heldout', precision: 0.97, recall: 0.92 },
];

const listed = (items: ReadonlyArray<{ article: string; line: number; column: number; text: string; entity?: string | undefined }>) =>
  items.map((item) => `${item.article}:${item.line}:${item.column} ${item.text} → ${item.entity ?? '-'}`).join('\n');

describe.each(SETS)('linking on labelled news prose: $root', ({ root, precision, recall }) => {
  const score = scoreLabelledRoot(root);

  it('is scored on at least 200 labelled references and 50 look-alikes', () => {
    expect(score.references).toBeGreaterThanOrEqual(200);
    expect(score.lookAlikes).toBeGreaterThanOrEqual(50);
  });

  it(`links with precision ≥ ${precision} (now ${score.precision.toFixed(3)})`, () => {
    expect(score.precision, `false links:\n${listed(score.falsePositives)}`).toBeGreaterThanOrEqual(precision);
  });

  it(`finds references with recall ≥ ${recall} (now ${score.recall.toFixed(3)})`, () => {
    expect(score.recall, `missed:\n${listed(score.falseNegatives)}`).toBeGreaterThanOrEqual(recall);
  });
});
