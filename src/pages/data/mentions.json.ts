/** `/data/mentions.json`: every body mention in a published article, as `npm run --silent mentions` writes it (fields in docs/open-data.md). */
import type { APIRoute } from 'astro';
import { resolveContentRoot } from '../../lib/content/corpus.ts';
import { jsonFile } from '../../lib/data/json.ts';
import { publishedMentionRecords } from '../../lib/data/mentions.ts';
import { loadSiteIndex } from '../../lib/site-index.ts';

export const GET: APIRoute = () =>
  new Response(jsonFile(publishedMentionRecords(loadSiteIndex(resolveContentRoot()).mentions)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
