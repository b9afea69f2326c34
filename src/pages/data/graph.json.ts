/** `/data/graph.json`: the release (src/lib/data/release.ts), then entities as nodes, their relations and co-mentions as edges (fields in docs/open-data.md). */
import type { APIRoute } from 'astro';
import { resolveContentRoot } from '../../lib/content/corpus.ts';
import { entityGraph } from '../../lib/data/graph.ts';
import { downloadResponse, JSON_TYPE } from '../../lib/data/download.ts';
import { jsonParts } from '../../lib/data/json.ts';
import { releaseOf, withRelease } from '../../lib/data/release.ts';
import { readSettings } from '../../lib/config/settings.ts';
import { loadSiteIndex } from '../../lib/site-index.ts';
import { readSiteSettings } from '../../lib/config/site-settings.ts';

export const GET: APIRoute = () => {
  const site = loadSiteIndex(resolveContentRoot());
  const release = releaseOf(site.corpus, readSettings().dataLicense);
  return downloadResponse(jsonParts(withRelease(release, entityGraph(site, readSiteSettings()))), JSON_TYPE);
};
