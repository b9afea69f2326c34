/** The neighbourhood drawing and the chart an entity page shows, computed by the page. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mentionSeries } from '../../../src/lib/charts/entity.ts';
import { neighbourhoodDrawing } from '../../../src/lib/graph/drawings.ts';
import { mentionsChartView } from '../../../src/lib/pages/mentions-chart-view.ts';
import { neighbourhoodView } from '../../../src/lib/pages/neighbourhood-view.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';

describe('neighbourhoodView', () => {
  const site = loadSiteIndex(path.resolve('content'));

  it('draws the entity among its closest relations, with its legend and name', () => {
    const view = neighbourhoodView(site, 'actors/khalifa-haftar');
    expect(view?.name).toBe(site.registry.byKey.get('actors/khalifa-haftar')?.data.name);
    expect(view?.title).toBe(`${view?.name} وأقرب الكيانات إليه`);
    expect(view?.scene).toEqual(neighbourhoodDrawing(site, 'actors/khalifa-haftar').scene);
    expect(view?.scene.nodes.find((node) => node.focus)?.key).toBe('actors/khalifa-haftar');
    expect(view?.groups).toContain('person');
    expect(view?.edgeTypes.length).toBeGreaterThan(0);
  });

  it('is nothing for an entity with no relation to draw', () => {
    // A registry of one entity: every relation and co-mention points outside it, so nothing is drawn.
    const alone = site.registry.entities.filter((entity) => entity.collection === 'actors' && entity.id === 'khalifa-haftar');
    expect(
      neighbourhoodView({ registry: { ...site.registry, entities: alone }, mentions: site.mentions }, 'actors/khalifa-haftar'),
    ).toBeUndefined();
  });
});

describe('mentionsChartView', () => {
  const site = loadSiteIndex(path.resolve('content'));

  it('words the counts in the locale and draws them', () => {
    const view = mentionsChartView(site, 'actors/khalifa-haftar', 'ar-EG');
    const series = mentionSeries(site.mentions, 'actors/khalifa-haftar');
    expect(view?.byMonth).toBe(series[0]?.years === undefined);
    expect(view?.svg).toMatch(/^<svg [^>]*aria-labelledby="mentions-chart-title"/);
    expect(view?.rows.length).toBeGreaterThan(0);
    // ar-EG writes Arabic-Indic digits.
    for (const row of view?.rows ?? []) expect(row.count).toMatch(/^[٠-٩]+$/);
    expect(view?.name).toBe(site.registry.byKey.get('actors/khalifa-haftar')?.data.name);
  });

  it('is nothing for an entity no article mentions', () => {
    expect(
      mentionsChartView({ ...site, mentions: { ...site.mentions, backlinks: () => [] } }, 'actors/khalifa-haftar', 'ar-LY'),
    ).toBeUndefined();
  });
});
