/** A page's key is the site key and its props: it changes exactly when what the page shows changes. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteSettings } from '../../../src/lib/config/site-settings.ts';
import { pageKey } from '../../../src/lib/incremental/page-keys.ts';
import { entityPageProps } from '../../../src/lib/pages/entity-page.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';

describe('pageKey', () => {
  const site = loadSiteIndex(path.resolve('content'));
  const settings = readSiteSettings({});
  const props = () => entityPageProps(site, settings, 'actors/khalifa-haftar', site.articles);

  it('is the same for props computed twice', () => {
    expect(pageKey(site, settings, props())).toBe(pageKey(site, settings, props()));
  });

  it('changes with anything the page shows from the index: a preview, the drawing, the chart, the search choices', () => {
    const key = pageKey(site, settings, props());
    const { source, page } = props();
    const changed = [
      { ...page, previews: { ...page.previews, 'actors/x': { name: 'س', kind: 'شخصية', summary: '' } } },
      {
        ...page,
        neighbourhood: page.neighbourhood && {
          ...page.neighbourhood,
          scene: { ...page.neighbourhood.scene, width: page.neighbourhood.scene.width + 1 },
        },
      },
      { ...page, chart: page.chart && { ...page.chart, rows: page.chart.rows.slice(1) } },
      { ...page, searchDialog: { ...page.searchDialog, year: [...page.searchDialog.year, '1999'] } },
    ];
    for (const other of changed) expect(pageKey(site, settings, { source, page: other })).not.toBe(key);
  });

  it('changes with the settings the page is rendered with', () => {
    expect(pageKey(site, readSiteSettings({ MARSAD_HIJRI: 'true' }), props())).not.toBe(pageKey(site, settings, props()));
  });
});
