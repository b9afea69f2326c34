/**
 * Every file of `/data/`, made from the site index: the build writes them
 * when its pages are done (src/integrations/open-data.ts) and `astro dev`
 * serves them from the same list. Each file is a sequence of text parts, made
 * as the writer asks for them, so that an export of hundreds of thousands of
 * records is never held whole.
 */
import { readSettings } from '../config/settings.ts';
import type { SiteSettings } from '../config/site-settings.ts';
import { publicUrl } from '../metadata/public-url.ts';
import { SITE_NAME } from '../metadata/site-info.ts';
import type { SiteIndex } from '../site-index.ts';
import { ENTITY_COLUMNS, entitiesCsv, entityRecords } from './entities.ts';
import { EDGE_COLUMNS, entityGraph, graphCsv } from './graph.ts';
import { jsonArray, jsonFile, jsonParts } from './json.ts';
import { MENTION_FIELDS, mentionsCsv, publishedMentionRecords } from './mentions.ts';
import { dataReadme } from './readme.ts';
import { csvMetadata, releaseOf, withRelease } from './release.ts';
import { sourceRecords, sourcesCsv } from './sources.ts';

/** The folder of the site the files are published in. */
export const DATA_FOLDER = 'data';

export const JSON_TYPE = 'application/json; charset=utf-8';
export const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
const CSV_METADATA_TYPE = 'application/csvm+json; charset=utf-8';
const MARKDOWN_TYPE = 'text/markdown; charset=utf-8';

export interface DataFile {
  /** The file's name in `/data/`. */
  name: string;
  /** Its media type, as `astro dev` serves it. */
  type: string;
  /** Its text, in parts. */
  parts: () => Iterable<string>;
}

/** What the files are made from. */
export interface DataSource {
  site: SiteIndex;
  settings: SiteSettings;
  /** MARSAD_DATA_LICENSE. */
  licence: string | undefined;
}

/** The CSV tables, with the title and columns their sidecars (`<table>.csv-metadata.json`) describe. */
const TABLES = [
  { table: 'entities', title: 'Actors and agreements', header: ENTITY_COLUMNS.map((column) => column.name) },
  { table: 'mentions', title: 'Mentions of entities in published articles', header: MENTION_FIELDS },
  { table: 'graph', title: 'Edges of the entity network', header: EDGE_COLUMNS.map((column) => column.name) },
] as const;

/** The files of `/data/`, in the order they are written. */
export function dataFiles({ site, settings, licence }: DataSource): DataFile[] {
  const release = () => releaseOf(site.corpus, licence);
  // The JSON and the CSV of a table share its records; the list lives as long as one writing of the folder.
  const sources = once(() => sourceRecords(site.corpus.articles, settings));
  const entities = once(() => entityRecords(site, settings));
  const graph = once(() => entityGraph(site, settings));
  return [
    { name: 'entities.json', type: JSON_TYPE, parts: () => jsonParts(withRelease(release(), { entities: entities() })) },
    { name: 'entities.csv', type: CSV_TYPE, parts: () => entitiesCsv(entities()) },
    {
      name: 'mentions.json',
      type: JSON_TYPE,
      parts: () => jsonParts(withRelease(release(), { mentions: jsonArray(() => publishedMentionRecords(site.mentions)) })),
    },
    { name: 'mentions.csv', type: CSV_TYPE, parts: () => mentionsCsv(publishedMentionRecords(site.mentions)) },
    { name: 'graph.json', type: JSON_TYPE, parts: () => jsonParts(withRelease(release(), graph())) },
    { name: 'graph.csv', type: CSV_TYPE, parts: () => graphCsv(graph()) },
    { name: 'sources.json', type: JSON_TYPE, parts: () => jsonParts(sources()) },
    { name: 'sources.csv', type: CSV_TYPE, parts: () => sourcesCsv(sources()) },
    ...TABLES.map(({ table, title, header }) => ({
      name: `${table}.csv-metadata.json`,
      type: CSV_METADATA_TYPE,
      parts: () => [jsonFile(csvMetadata(release(), `${table}.csv`, title, header))],
    })),
    {
      name: 'README.md',
      type: MARKDOWN_TYPE,
      parts: () => [
        dataReadme({
          release: release(),
          dataUrl: publicUrl(settings, `${DATA_FOLDER}/`),
          siteName: SITE_NAME,
          exports: [
            { files: ['entities.json', 'entities.csv'], record: 'actor or agreement', fields: TABLES[0].header },
            { files: ['mentions.json', 'mentions.csv'], record: 'mention in a published article', fields: TABLES[1].header },
            { files: ['graph.json'], record: 'the network: `nodes` (entities) and `edges`', fields: ['nodes', 'edges'] },
            { files: ['graph.csv'], record: 'edge of the network', fields: TABLES[2].header },
          ],
        }),
      ],
    },
  ];
}

/** `make()`, called the first time it is asked for. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** The files of this site's `/data/`, with the licence the settings give. */
export function siteDataFiles(site: SiteIndex, settings: SiteSettings): DataFile[] {
  return dataFiles({ site, settings, licence: readSettings().dataLicense });
}
