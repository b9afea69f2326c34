/** `/data/mentions.csv`: mentions.json as a table (fields in docs/open-data.md). */
import type { APIRoute } from 'astro';
import { resolveContentRoot } from '../../lib/content/corpus.ts';
import { mentionsCsv, publishedMentionRecords } from '../../lib/data/mentions.ts';
import { loadSiteIndex } from '../../lib/site-index.ts';

export const GET: APIRoute = () =>
  new Response(mentionsCsv(publishedMentionRecords(loadSiteIndex(resolveContentRoot()).mentions)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
