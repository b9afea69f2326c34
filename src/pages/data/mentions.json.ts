/** `/data/mentions.json`: the release (src/lib/data/release.ts), then under `mentions` every body mention in a published article, as `npm run --silent mentions` writes it (fields in docs/open-data.md). */
import type { APIRoute } from 'astro';
import { resolveContentRoot } from '../../lib/content/corpus.ts';
import { downloadResponse, JSON_TYPE } from '../../lib/data/download.ts';
import { jsonParts } from '../../lib/data/json.ts';
import { publishedMentionRecords } from '../../lib/data/mentions.ts';
import { loadSiteIndex } from '../../lib/site-index.ts';
import { releaseOf, withRelease } from '../../lib/data/release.ts';
import { readSettings } from '../../lib/config/settings.ts';

export const GET: APIRoute = () => {
  const site = loadSiteIndex(resolveContentRoot());
  const release = releaseOf(site.corpus, readSettings().dataLicense);
  return downloadResponse(jsonParts(withRelease(release, { mentions: publishedMentionRecords(site.mentions) })), JSON_TYPE);
};
