/** `/data/sources.json`: every source of every published article (fields in docs/open-data.md). */
import type { APIRoute } from 'astro';
import { resolveContentRoot } from '../../lib/content/corpus.ts';
import { jsonFile } from '../../lib/data/json.ts';
import { sourceRecords } from '../../lib/data/sources.ts';
import { loadSiteIndex } from '../../lib/site-index.ts';
import { readSiteSettings } from '../../lib/config/site-settings.ts';

export const GET: APIRoute = () =>
  new Response(jsonFile(sourceRecords(loadSiteIndex(resolveContentRoot()).corpus.articles, readSiteSettings())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
