/** `/data/sources.json`: every source of every published article (fields in docs/open-data.md). */
import type { APIRoute } from 'astro';
import { resolveContentRoot } from '../../lib/content/corpus.ts';
import { downloadResponse, JSON_TYPE } from '../../lib/data/download.ts';
import { jsonParts } from '../../lib/data/json.ts';
import { sourceRecords } from '../../lib/data/sources.ts';
import { loadSiteIndex } from '../../lib/site-index.ts';
import { readSiteSettings } from '../../lib/config/site-settings.ts';

export const GET: APIRoute = () =>
  downloadResponse(jsonParts(sourceRecords(loadSiteIndex(resolveContentRoot()).corpus.articles, readSiteSettings())), JSON_TYPE);
