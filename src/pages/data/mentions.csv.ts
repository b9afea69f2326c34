/** `/data/mentions.csv`: mentions.json as a table (fields in docs/open-data.md). */
import type { APIRoute } from 'astro';
import { CSV_TYPE, downloadResponse } from '../../lib/data/download.ts';
import { resolveContentRoot } from '../../lib/content/corpus.ts';
import { mentionsCsv, publishedMentionRecords } from '../../lib/data/mentions.ts';
import { loadSiteIndex } from '../../lib/site-index.ts';

export const GET: APIRoute = () =>
  downloadResponse(mentionsCsv(publishedMentionRecords(loadSiteIndex(resolveContentRoot()).mentions)), CSV_TYPE);
