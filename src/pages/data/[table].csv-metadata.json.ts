/** `/data/<table>.csv-metadata.json`: the release and columns of each CSV export, beside it (src/lib/data/release.ts says why a sidecar). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readSettings } from '../../lib/config/settings.ts';
import { resolveContentRoot } from '../../lib/content/corpus.ts';
import { ENTITY_COLUMNS } from '../../lib/data/entities.ts';
import { EDGE_COLUMNS } from '../../lib/data/graph.ts';
import { jsonFile } from '../../lib/data/json.ts';
import { MENTION_FIELDS } from '../../lib/data/mentions.ts';
import { csvMetadata, releaseOf } from '../../lib/data/release.ts';
import { loadSiteIndex } from '../../lib/site-index.ts';

const TABLES: Record<string, { title: string; header: readonly string[] }> = {
  entities: { title: 'Actors and agreements', header: ENTITY_COLUMNS.map((column) => column.name) },
  mentions: { title: 'Mentions of entities in published articles', header: MENTION_FIELDS },
  graph: { title: 'Edges of the entity network', header: EDGE_COLUMNS.map((column) => column.name) },
};

export const getStaticPaths = (() => Object.keys(TABLES).map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const table = TABLES[params['table'] ?? ''];
  if (table === undefined) return new Response(null, { status: 404 });
  const release = releaseOf(loadSiteIndex(resolveContentRoot()).corpus, readSettings().dataLicense);
  return new Response(jsonFile(csvMetadata(release, `${params['table']}.csv`, table.title, table.header)), {
    headers: { 'Content-Type': 'application/csvm+json; charset=utf-8' },
  });
};
