/** The bench's printed table. */
import { describe, expect, it } from 'vitest';
import { formatCorpusResult, type CorpusResult } from '../../../../bench/measure/report.ts';

const GB = 1024 ** 3;
const run = (label: string, ms: number, peakRss: number) => ({
  label,
  ms,
  peakRss,
  stages: [{ stage: label, ms, peakRss }],
  exitCode: 0,
  outputTail: '',
});

describe('formatCorpusResult', () => {
  it('prints both columns, the ratio and the rebuild share', () => {
    const result: CorpusResult = {
      articles: 10_000,
      entities: 1_000,
      marsad: {
        ...run('Marsad', 60_000, 2 * GB),
        stages: [
          { stage: 'render', ms: 40_000, peakRss: GB },
          { stage: 'pagefind', ms: 20_000, peakRss: 2 * GB },
        ],
      },
      incremental: { ...run('rebuild', 6_000, GB), editedPages: 3, editedPagesShowEdit: true, searchFindsEdit: false },
      hugo: run('Hugo', 10_000, GB),
      hugoPagefind: run('Pagefind', 20_000, 3 * GB),
      pages: { marsad: 11_000, hugo: 11_100 },
      articleHtmlBytes: { marsad: 20_480, hugo: 10_240 },
    };
    const text = formatCorpusResult(result);
    expect(text).toContain('## 10,000 articles, 1,000 entities');
    expect(text).toMatch(/\| render +\| +40\.0 \| +1\.00 \|/);
    expect(text).toMatch(/\| Hugo \+ Pagefind total +\| +\| +\| +30\.0 \| +3\.00 \|/);
    expect(text).toContain('ratio Marsad / (Hugo + Pagefind): 2.00×');
    expect(text).toContain('one-article rebuild: 6.0 s, 10.0% of the full build');
    expect(text).toContain('the edit shows on 3 dependent page(s): yes; search finds it by a word of the new title: NO');
    expect(text).toContain('article page HTML: Marsad 20.0 KB, Hugo 10.0 KB');
  });
});
