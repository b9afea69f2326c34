import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIST_SEPARATOR, parseCsv } from '../../../src/lib/data/csv.ts';
import { ENTITY_COLUMNS, entitiesCsv, entityRecords, type EntityRecord } from '../../../src/lib/data/entities.ts';
import { EDGE_COLUMNS, entityGraph, graphCsv } from '../../../src/lib/data/graph.ts';
import { jsonFile } from '../../../src/lib/data/json.ts';
import { mentionsCsv, publishedMentionRecords } from '../../../src/lib/data/mentions.ts';
import { entityKey } from '../../../src/lib/entities/registry.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';
import { mentionRecords } from '../../../src/lib/mentions/records.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const demo = loadSiteIndex(path.resolve('content'));
const deployed = { siteUrl: 'https://archive.example.org', basePath: '/marsad/' };
const ORIGIN = 'https://archive.example.org/marsad/';

/** A CSV file as objects keyed by its header. */
function csvObjects(parts: Iterable<string>): Array<Record<string, string>> {
  const [header = [], ...rows] = parseCsv([...parts].join(''));
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}
const cell = (value: unknown): string => (value === null ? '' : Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value));

describe('entities export of the demo content', () => {
  const records = entityRecords(demo, deployed);

  it('has one record per actor and agreement, with its page URL', () => {
    expect(records.map((record) => record.key)).toEqual(demo.registry.entities.map((entity) => `${entity.collection}/${entity.id}`));
    expect(records.find((record) => record.key === 'actors/qatar')).toMatchObject({
      id: 'qatar',
      collection: 'actors',
      name: 'قطر',
      name_en: 'Qatar',
      kind: 'state',
      aliases: ['دولة قطر', 'الدوحة'],
      wikidata: 'Q846',
      signed: null,
      url: `${ORIGIN}actors/qatar/`,
    });
    expect(records.find((record) => record.key === 'agreements/geneva-ceasefire-2020')).toMatchObject({ signed: '2020-10-23', born: null });
  });

  it('counts agree with the mention index', () => {
    const published = mentionRecords(demo.mentions).filter((record) => demo.mentions.articles.get(record.article)?.draft === false);
    for (const record of records) {
      const backlinks = demo.mentions.backlinks(record.key);
      expect(record.articles).toBe(backlinks.length);
      expect(record.articles_named).toBe(backlinks.filter((backlink) => backlink.named).length);
      expect(record.mentions).toBe(published.filter((mention) => mention.entity === record.key).length);
      const mentioning = new Set(published.filter((mention) => mention.entity === record.key).map((mention) => mention.article));
      for (const backlink of backlinks) if (backlink.inTitle) mentioning.add(backlink.article);
      expect(record.articles_mentioning).toBe(mentioning.size);
    }
    expect(records.find((record) => record.key === 'actors/qatar')?.articles).toBeGreaterThan(1);
  });

  it('the CSV has the JSON fields as columns and the same values in every cell', () => {
    const rows = csvObjects(entitiesCsv(records));
    expect(Object.keys(rows[0] ?? {})).toEqual(ENTITY_COLUMNS.map((column) => column.name));
    expect(Object.keys(records[0] ?? {})).toEqual(ENTITY_COLUMNS.map((column) => column.name));
    expect(rows).toEqual(records.map((record) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, cell(value)]))));
  });

  it('JSON files are indented and end in a newline', () => {
    const text = jsonFile(records);
    expect(text.endsWith('}\n]\n')).toBe(true);
    const parsed: EntityRecord[] = JSON.parse(text);
    expect(parsed).toEqual(records);
  });
});

describe('mentions export', () => {
  it('for the demo content (no drafts) is byte for byte what `npm run --silent mentions` prints', () => {
    expect([...demo.mentions.articles.values()].some((article) => article.draft)).toBe(false);
    expect(jsonFile([...publishedMentionRecords(demo.mentions)])).toBe(`${JSON.stringify(mentionRecords(demo.mentions), null, 2)}\n`);
  });

  it('the CSV holds the same records', () => {
    const records = [...publishedMentionRecords(demo.mentions)];
    expect(records.length).toBeGreaterThan(50);
    expect(csvObjects(mentionsCsv(records))).toEqual(
      records.map((record) => ({
        article: record.article,
        entity: record.entity,
        line: String(record.line),
        column: String(record.column),
        text: record.text,
      })),
    );
  });

  it('leaves out the mentions in drafts', () => {
    const site = loadSiteIndex(
      makeContentRoot({
        ...VALID_FILES,
        'articles/2021/01/draft.md': '---\ntitle: مسودة\ndate: 2021-01-01\nsummary: م.\ndraft: true\n---\nقطر وقطر.\n',
      }),
    );
    expect(mentionRecords(site.mentions).some((record) => record.article === '2021/01/draft')).toBe(true);
    const records = [...publishedMentionRecords(site.mentions)];
    expect(records.some((record) => record.article === '2021/01/draft')).toBe(false);
    expect(records).toEqual(mentionRecords(site.mentions).filter((record) => record.article !== '2021/01/draft'));
  });
});

describe('graph export of the demo content', () => {
  const graph = entityGraph(demo, deployed);
  const edges = (relation: string) => graph.edges.filter((edge) => edge.relation === relation);

  it('has a node for every entity, with its article count', () => {
    expect(graph.nodes.map((node) => node.id)).toEqual(demo.registry.entities.map((entity) => `${entity.collection}/${entity.id}`));
    for (const node of graph.nodes) expect(node.articles).toBe(demo.mentions.backlinks(node.id).length);
  });

  it('has the party, witness, affiliation and related edges the content declares', () => {
    const expected = { party: new Set<string>(), witness: new Set<string>(), affiliation: new Set<string>(), related: new Set<string>() };
    for (const entity of demo.registry.entities) {
      if (entity.collection === 'actors')
        for (const id of entity.data.affiliations) expected.affiliation.add(`actors/${entity.id}>actors/${id}`);
      else {
        for (const id of entity.data.parties) expected.party.add(`actors/${id}>agreements/${entity.id}`);
        for (const id of entity.data.witnesses) expected.witness.add(`actors/${id}>agreements/${entity.id}`);
        for (const id of entity.data.related) expected.related.add(`agreements/${entity.id}>agreements/${id}`);
      }
    }
    for (const [relation, pairs] of Object.entries(expected)) {
      expect(new Set(edges(relation).map((edge) => `${edge.source}>${edge.target}`))).toEqual(pairs);
      expect(edges(relation).every((edge) => edge.directed && edge.weight === 1)).toBe(true);
    }
    expect(edges('party').length).toBeGreaterThan(0);
    expect(edges('witness').length).toBeGreaterThan(0);
  });

  it('co-mention edges are undirected, once per pair, weighted by shared published articles', () => {
    const coMention = edges('co-mention');
    expect(coMention.length).toBeGreaterThan(0);
    for (const edge of coMention) {
      expect(edge.directed).toBe(false);
      expect(edge.source < edge.target).toBe(true);
      const shared = demo.mentions
        .backlinks(edge.source)
        .filter((a) => demo.mentions.backlinks(edge.target).some((b) => b.article === a.article)).length;
      expect(edge.weight).toBe(shared);
    }
    const pairs = new Set(coMention.map((edge) => `${edge.source}|${edge.target}`));
    for (const entity of demo.registry.entities) {
      const key = entityKey(entity);
      for (const { entity: other } of demo.mentions.coMentioned(key))
        expect(pairs).toContain(key < other ? `${key}|${other}` : `${other}|${key}`);
    }
  });

  it('the edge CSV holds the same edges', () => {
    const rows = csvObjects(graphCsv(graph));
    expect(Object.keys(rows[0] ?? {})).toEqual(EDGE_COLUMNS.map((column) => column.name));
    expect(rows).toEqual(
      graph.edges.map((edge) => ({
        source: edge.source,
        target: edge.target,
        relation: edge.relation,
        directed: String(edge.directed),
        weight: String(edge.weight),
      })),
    );
  });

  it('leaves out edges to ids that do not exist', () => {
    const site = loadSiteIndex(
      makeContentRoot({ ...VALID_FILES, 'actors/qatar.md': '---\nname: قطر\nkind: state\naffiliations: [ghost]\n---\nدولة.\n' }),
    );
    expect(entityGraph(site, deployed).edges.some((edge) => edge.target === 'actors/ghost')).toBe(false);
  });
});
