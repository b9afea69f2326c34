/** `/data/entities.csv`: entities.json as a table (fields in docs/open-data.md). */
import type { APIRoute } from 'astro';
import { CSV_TYPE, downloadResponse } from '../../lib/data/download.ts';
import { resolveContentRoot } from '../../lib/content/corpus.ts';
import { entitiesCsv, entityRecords } from '../../lib/data/entities.ts';
import { loadSiteIndex } from '../../lib/site-index.ts';
import { readSiteSettings } from '../../lib/config/site-settings.ts';

export const GET: APIRoute = () => {
  const site = loadSiteIndex(resolveContentRoot());
  return downloadResponse(entitiesCsv(entityRecords(site, readSiteSettings())), CSV_TYPE);
};
