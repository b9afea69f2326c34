/** `/data/graph.csv`: the edges of graph.json (fields in docs/open-data.md). */
import type { APIRoute } from 'astro';
import { CSV_TYPE, downloadResponse } from '../../lib/data/download.ts';
import { resolveContentRoot } from '../../lib/content/corpus.ts';
import { entityGraph, graphCsv } from '../../lib/data/graph.ts';
import { loadSiteIndex } from '../../lib/site-index.ts';
import { readSiteSettings } from '../../lib/config/site-settings.ts';

export const GET: APIRoute = () => {
  const site = loadSiteIndex(resolveContentRoot());
  return downloadResponse(graphCsv(entityGraph(site, readSiteSettings())), CSV_TYPE);
};
