/** Small graphs for the graph tests: entities written out, mentions given as a table. */
import type { ActorKind, AgreementKind } from '../../../src/lib/content/schema.ts';
import type { EntityKey } from '../../../src/lib/entities/registry.ts';
import { buildEntityGraph, type GraphEntity, type GraphSource } from '../../../src/lib/graph/build.ts';
import type { EntityGraph } from '../../../src/lib/graph/types.ts';
import type { Backlink } from '../../../src/lib/mentions/mention-index.ts';

export function actor(id: string, name: string, kind: ActorKind, affiliations: string[] = []): GraphEntity {
  return { collection: 'actors', id, data: { name, kind, aliases: [], not: [], affiliations } };
}

export function agreement(id: string, name: string, kind: AgreementKind, parties: string[] = [], witnesses: string[] = []): GraphEntity {
  return {
    collection: 'agreements',
    id,
    data: { name, kind, aliases: [], not: [], signed: '2020-01-01', parties, witnesses, related: [] },
  };
}

/** A mention index reduced to what the graph reads: articles per entity, and co-mentions as pairs with their shared count. */
export function fakeMentions(articleCounts: Record<string, number>, pairs: Array<[EntityKey, EntityKey, number]>): GraphSource['mentions'] {
  return {
    backlinks: (entity) =>
      Array.from({ length: articleCounts[entity] ?? 0 }, (_, index): Backlink => ({
        article: `a${index}`,
        date: '2020-01-01',
        count: 1,
        inTitle: false,
        named: true,
        snippet: undefined,
      })),
    coMentioned: (entity) =>
      pairs
        .filter(([a, b]) => a === entity || b === entity)
        .map(([a, b, shared]) => ({ entity: a === entity ? b : a, shared }))
        .sort((x, y) => y.shared - x.shared || (x.entity < y.entity ? -1 : 1)),
  };
}

/**
 * A ring of relations:
 *   haftar —affiliation→ lna;  geneva —party→ lna, gna;  geneva —witness→ unsmil;
 *   co-mentions: haftar–gna 3, gna–qatar 2, qatar–media 1, lna–gna 5.
 */
export function sampleGraph(): EntityGraph {
  return buildEntityGraph({
    entities: [
      actor('khalifa-haftar', 'خليفة حفتر', 'person', ['lna']),
      actor('lna', 'الجيش الوطني الليبي', 'armed-group'),
      actor('gna', 'حكومة الوفاق الوطني', 'government'),
      actor('unsmil', 'بعثة الأمم المتحدة للدعم في ليبيا', 'intergovernmental'),
      actor('qatar', 'قطر', 'state'),
      actor('media', 'الميادين', 'media'),
      agreement('geneva', 'اتفاق وقف إطلاق النار الدائم', 'ceasefire', ['lna', 'gna'], ['unsmil']),
    ],
    mentions: fakeMentions(
      { 'actors/khalifa-haftar': 4, 'actors/gna': 6, 'actors/lna': 5, 'actors/qatar': 2, 'actors/media': 1, 'agreements/geneva': 3 },
      [
        ['actors/khalifa-haftar', 'actors/gna', 3],
        ['actors/gna', 'actors/qatar', 2],
        ['actors/qatar', 'actors/media', 1],
        ['actors/lna', 'actors/gna', 5],
      ],
    ),
  });
}
