/**
 * `/data/entities.json` and `.csv`: every actor and agreement, with its
 * identifiers, dates and how many published articles concern it.
 */
import type { EntityEntry } from '../content/corpus.ts';
import { entityKey, type EntityKey, type Registry } from '../entities/registry.ts';
import type { MentionIndex } from '../mentions/mention-index.ts';
import { entityUrl } from '../metadata/entity-ld.ts';
import type { UrlSettings } from '../metadata/public-url.ts';
import { LIST_SEPARATOR, csvParts, type CsvColumn } from './csv.ts';

/** One actor or agreement. Fields that do not apply to its collection, or are not known, are null. */
export interface EntityRecord {
  /** File name without `.md`: `qatar`. */
  id: string;
  /** `actors/qatar`: unique across both collections; the id used by mentions and the graph. */
  key: EntityKey;
  collection: 'actors' | 'agreements';
  name: string;
  name_en: string | null;
  kind: string;
  aliases: string[];
  born: string | null;
  founded: string | null;
  dissolved: string | null;
  signed: string | null;
  place: string | null;
  status: string | null;
  text_url: string | null;
  wikidata: string | null;
  pax_id: string | null;
  /** The entity's page. */
  url: string;
  /** Published articles that mention or name it. */
  articles: number;
  /** Of those, the ones whose frontmatter names it. */
  articles_named: number;
  /** Of those, the ones whose title or body mentions it. */
  articles_mentioning: number;
  /** Mentions in the bodies of published articles. */
  mentions: number;
}

/** What the export reads of the site index. */
export interface EntitySource {
  registry: Pick<Registry, 'entities'>;
  mentions: Pick<MentionIndex, 'backlinks'>;
}

function recordOf(entity: EntityEntry, source: EntitySource, settings: UrlSettings): EntityRecord {
  const backlinks = source.mentions.backlinks(entityKey(entity));
  const actor = entity.collection === 'actors' ? entity.data : undefined;
  const agreement = entity.collection === 'agreements' ? entity.data : undefined;
  return {
    id: entity.id,
    key: entityKey(entity),
    collection: entity.collection,
    name: entity.data.name,
    name_en: entity.data.name_en ?? null,
    kind: entity.data.kind,
    aliases: entity.data.aliases.map((alias) => alias.text),
    born: actor?.born ?? null,
    founded: actor?.founded ?? null,
    dissolved: actor?.dissolved ?? null,
    signed: agreement?.signed ?? null,
    place: agreement?.place ?? null,
    status: agreement?.status ?? null,
    text_url: agreement?.text_url ?? null,
    wikidata: entity.data.wikidata ?? null,
    pax_id: entity.data.pax_id ?? null,
    url: entityUrl(entity, settings),
    articles: backlinks.length,
    articles_named: backlinks.filter((backlink) => backlink.named).length,
    articles_mentioning: backlinks.filter((backlink) => backlink.count > 0 || backlink.inTitle).length,
    mentions: backlinks.reduce((sum, backlink) => sum + backlink.count, 0),
  };
}

/** Every entity, actors then agreements, each by id. */
export function entityRecords(source: EntitySource, settings: UrlSettings): EntityRecord[] {
  return source.registry.entities.map((entity) => recordOf(entity, source, settings));
}

const FIELDS = [
  'id',
  'key',
  'collection',
  'name',
  'name_en',
  'kind',
  'aliases',
  'born',
  'founded',
  'dissolved',
  'signed',
  'place',
  'status',
  'text_url',
  'wikidata',
  'pax_id',
  'url',
  'articles',
  'articles_named',
  'articles_mentioning',
  'mentions',
] as const satisfies ReadonlyArray<keyof EntityRecord>;

/** The CSV columns: the JSON fields in the same order, aliases joined by ` | `. */
export const ENTITY_COLUMNS: ReadonlyArray<CsvColumn<EntityRecord>> = FIELDS.map((name) => ({
  name,
  value: (record: EntityRecord) => {
    const value = record[name];
    return Array.isArray(value) ? value.join(LIST_SEPARATOR) : value;
  },
}));

/** `/data/entities.csv`, a record at a time (`csvParts`). */
export function entitiesCsv(records: Iterable<EntityRecord>): Iterable<string> {
  return csvParts(ENTITY_COLUMNS, records);
}
