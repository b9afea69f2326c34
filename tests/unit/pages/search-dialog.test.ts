/** The search dialog every page carries offers only the short filters. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchDialogChoices } from '../../../src/lib/pages/search-dialog.ts';
import { siteFilterChoices } from '../../../src/lib/search/filters.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';

describe('searchDialogChoices', () => {
  const site = loadSiteIndex(path.resolve('content'));

  it('keeps the types and years and drops the entity lists', () => {
    const all = siteFilterChoices(site);
    expect(all.actor.length).toBeGreaterThan(0);
    expect(searchDialogChoices(site)).toEqual({ type: all.type, year: all.year, actor: [], agreement: [] });
  });
});
