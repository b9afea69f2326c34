/** `/data/README.md`: the fields, licence and citation of the open data (src/lib/data/readme.ts). */
import type { APIRoute } from 'astro';
import { readSettings } from '../../lib/config/settings.ts';
import { readSiteSettings } from '../../lib/config/site-settings.ts';
import { resolveContentRoot } from '../../lib/content/corpus.ts';
import { ENTITY_COLUMNS } from '../../lib/data/entities.ts';
import { EDGE_COLUMNS } from '../../lib/data/graph.ts';
import { dataReadme } from '../../lib/data/readme.ts';
import { releaseOf } from '../../lib/data/release.ts';
import { MENTION_FIELDS } from '../../lib/data/mentions.ts';
import { publicUrl } from '../../lib/metadata/public-url.ts';
import { SITE_NAME } from '../../lib/metadata/site-info.ts';
import { loadSiteIndex } from '../../lib/site-index.ts';

export const GET: APIRoute = () => {
  const { corpus } = loadSiteIndex(resolveContentRoot());
  const readme = dataReadme({
    release: releaseOf(corpus, readSettings().dataLicense),
    dataUrl: publicUrl(readSiteSettings(), 'data/'),
    siteName: SITE_NAME,
    exports: [
      { files: ['entities.json', 'entities.csv'], record: 'actor or agreement', fields: ENTITY_COLUMNS.map((column) => column.name) },
      { files: ['mentions.json', 'mentions.csv'], record: 'mention in a published article', fields: MENTION_FIELDS },
      { files: ['graph.json'], record: 'the network: `nodes` (entities) and `edges`', fields: ['nodes', 'edges'] },
      { files: ['graph.csv'], record: 'edge of the network', fields: EDGE_COLUMNS.map((column) => column.name) },
    ],
  });
  return new Response(readme, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
