/**
 * `/data/graph.json` and `/data/graph.csv`: the entities as nodes, and as
 * edges what the content says links them (affiliation, party, witness,
 * related agreement) and how often the published articles bring them together.
 */
import { entityKey, type EntityKey, type Registry } from '../entities/registry.ts';
import type { MentionIndex } from '../mentions/mention-index.ts';
import { entityUrl } from '../metadata/entity-ld.ts';
import type { UrlSettings } from '../metadata/public-url.ts';
import { csvParts, type CsvColumn } from './csv.ts';

/** What an edge records, in the order edges are listed. */
const RELATIONS = ['affiliation', 'party', 'witness', 'related', 'co-mention'] as const;
type Relation = (typeof RELATIONS)[number];

interface GraphNode {
  /** Entity key, `actors/qatar`. */
  id: EntityKey;
  collection: 'actors' | 'agreements';
  name: string;
  name_en: string | null;
  kind: string;
  url: string;
  /** Published articles that mention or name it. */
  articles: number;
}

export interface GraphEdge {
  source: EntityKey;
  target: EntityKey;
  relation: Relation;
  /** Co-mention is symmetric (source is then the smaller key); the others read "source is affiliated with / party to / witness of / related to target". */
  directed: boolean;
  /** Co-mention: published articles both appear in; other relations: 1. */
  weight: number;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** What the export reads of the site index. */
export interface GraphSource {
  registry: Pick<Registry, 'entities' | 'byKey'>;
  mentions: Pick<MentionIndex, 'backlinks' | 'coMentioned'>;
}

const byCodeUnit = (a: string, b: string): number => (a === b ? 0 : a < b ? -1 : 1);

/** The graph of every entity; edges to ids that do not exist (which `npm run check` reports) are left out. */
export function entityGraph(site: GraphSource, settings: UrlSettings): Graph {
  const nodes = site.registry.entities.map((entity) => ({
    id: entityKey(entity),
    collection: entity.collection,
    name: entity.data.name,
    name_en: entity.data.name_en ?? null,
    kind: entity.data.kind,
    url: entityUrl(entity, settings),
    articles: site.mentions.backlinks(entityKey(entity)).length,
  }));

  const edges = new Map<string, GraphEdge>();
  const add = (source: EntityKey, target: EntityKey, relation: Relation, weight = 1) => {
    if (!site.registry.byKey.has(source) || !site.registry.byKey.has(target) || source === target) return;
    const directed = relation !== 'co-mention';
    const [from, to] = directed || source < target ? [source, target] : [target, source];
    // A list that names the same id twice still makes one edge.
    edges.set(`${relation}\0${from}\0${to}`, { source: from, target: to, relation, directed, weight });
  };
  for (const entity of site.registry.entities) {
    const key = entityKey(entity);
    if (entity.collection === 'actors') {
      for (const id of entity.data.affiliations) add(key, `actors/${id}`, 'affiliation');
    } else {
      for (const id of entity.data.parties) add(`actors/${id}`, key, 'party');
      for (const id of entity.data.witnesses) add(`actors/${id}`, key, 'witness');
      for (const id of entity.data.related) add(key, `agreements/${id}`, 'related');
    }
    for (const { entity: other, shared } of site.mentions.coMentioned(key)) add(key, other, 'co-mention', shared);
  }
  const order = (relation: Relation) => RELATIONS.indexOf(relation);
  const sorted = [...edges.values()].sort(
    (a, b) => order(a.relation) - order(b.relation) || byCodeUnit(a.source, b.source) || byCodeUnit(a.target, b.target),
  );
  return { nodes, edges: sorted };
}

/** The CSV columns of the edges: the JSON edge fields in the same order. */
export const EDGE_COLUMNS: ReadonlyArray<CsvColumn<GraphEdge>> = (['source', 'target', 'relation', 'directed', 'weight'] as const).map(
  (name) => ({
    name,
    value: (edge: GraphEdge) => edge[name],
  }),
);

/** `/data/graph.csv`, a record at a time (`csvParts`): the edges; the nodes are the rows of entities.csv, by `key`. */
export function graphCsv(graph: Pick<Graph, 'edges'>): Iterable<string> {
  return csvParts(EDGE_COLUMNS, graph.edges);
}
