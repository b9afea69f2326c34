/** `/data/sources.csv`: sources.json as a table (fields in docs/open-data.md). */
import type { APIRoute } from 'astro';
import { CSV_TYPE, downloadResponse } from '../../lib/data/download.ts';
import { resolveContentRoot } from '../../lib/content/corpus.ts';
import { sourceRecords, sourcesCsv } from '../../lib/data/sources.ts';
import { loadSiteIndex } from '../../lib/site-index.ts';
import { readSiteSettings } from '../../lib/config/site-settings.ts';

export const GET: APIRoute = () =>
  downloadResponse(sourcesCsv(sourceRecords(loadSiteIndex(resolveContentRoot()).corpus.articles, readSiteSettings())), CSV_TYPE);
