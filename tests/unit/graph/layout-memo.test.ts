import { describe, expect, it } from 'vitest';
import { buildEntityGraph } from '../../../src/lib/graph/build.ts';
import { layoutGraph } from '../../../src/lib/graph/layout.ts';
import { keptLayout, layoutKey } from '../../../src/lib/graph/layout-memo.ts';
import { actor, fakeMentions, sampleGraph } from './fixtures.ts';

describe('layouts kept between builds', () => {
  const options = { iterations: 50, pinned: 'actors/gna' };

  it('give the positions a fresh layout gives, asked once or twice', () => {
    expect(keptLayout(sampleGraph(), options)).toEqual(layoutGraph(sampleGraph(), options));
    expect(keptLayout(sampleGraph(), options)).toEqual(layoutGraph(sampleGraph(), options));
  });

  it('are keyed by every node, pull and option the layout reads', () => {
    const withPull = (shared: number) =>
      buildEntityGraph({
        entities: [actor('gna', 'حكومة الوفاق الوطني', 'government'), actor('qatar', 'قطر', 'state')],
        mentions: fakeMentions({ 'actors/gna': 6, 'actors/qatar': 6 }, [['actors/gna', 'actors/qatar', shared]]),
      });
    expect(layoutKey(sampleGraph(), options)).toBe(layoutKey(sampleGraph(), options));
    expect(layoutKey(withPull(3), options)).not.toBe(layoutKey(withPull(2), options));
    expect(layoutKey(sampleGraph(), { ...options, iterations: 51 })).not.toBe(layoutKey(sampleGraph(), options));
    expect(layoutKey(sampleGraph(), { ...options, pinned: 'actors/lna' })).not.toBe(layoutKey(sampleGraph(), options));
  });
});
