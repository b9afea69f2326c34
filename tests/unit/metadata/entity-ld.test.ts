import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityEntry } from '../../../src/lib/content/corpus.ts';
import { entityJsonLd, schemaType } from '../../../src/lib/metadata/entity-ld.ts';
import { serializeJsonLd } from '../../../src/lib/metadata/json-ld.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';

const demo = loadSiteIndex(path.resolve('content'));
const deployed = { siteUrl: 'https://archive.example.org', basePath: '/marsad/' };
const ORIGIN = 'https://archive.example.org/marsad/';

function entity(key: `${'actors' | 'agreements'}/${string}`): EntityEntry {
  const found = demo.registry.byKey.get(key);
  if (!found) throw new Error(`the demo content has no ${key}`);
  return found;
}
const ld = (key: `${'actors' | 'agreements'}/${string}`): Record<string, unknown> =>
  JSON.parse(serializeJsonLd(entityJsonLd(entity(key), deployed)));

describe('JSON-LD of entity pages in the demo content', () => {
  it('a state is a Country with its English name and aliases as alternate names (not its capital, a place alias), and Wikidata as sameAs', () => {
    expect(ld('actors/qatar')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Country',
      '@id': `${ORIGIN}actors/qatar/`,
      url: `${ORIGIN}actors/qatar/`,
      name: 'قطر',
      alternateName: ['Qatar', 'دولة قطر'],
      sameAs: ['https://www.wikidata.org/wiki/Q846'],
    });
  });

  it('a person is a Person with a birth date', () => {
    expect(ld('actors/khalifa-haftar')).toMatchObject({ '@type': 'Person', name: 'خليفة حفتر', birthDate: '1943-11-07' });
    expect(ld('actors/khalifa-haftar')).not.toHaveProperty('foundingDate');
  });

  it('a government is a GovernmentOrganization with its dissolution date', () => {
    expect(ld('actors/government-of-national-accord')).toMatchObject({
      '@type': 'GovernmentOrganization',
      dissolutionDate: '2021-03-16',
      alternateName: ['Government of National Accord', 'حكومة الوفاق', 'حكومة السراج', 'الوفاق', 'GNA'],
    });
  });

  it('other actors are Organizations', () => {
    for (const key of ['actors/libyan-national-army', 'actors/united-nations', 'actors/al-mayadeen'] as const)
      expect(ld(key)['@type']).toBe('Organization');
  });

  it('a resolution is Legislation, other agreements CreativeWork, dated by signature', () => {
    const resolution = entity('agreements/unsc-resolution-2510');
    expect(ld('agreements/unsc-resolution-2510')).toMatchObject({
      '@type': 'Legislation',
      name: resolution.data.name,
      dateCreated: '2020-02-12',
      legislationDate: '2020-02-12',
    });
    const geneva = entity('agreements/geneva-ceasefire-2020');
    expect(geneva.collection).toBe('agreements');
    const json = ld('agreements/geneva-ceasefire-2020');
    expect(json).toMatchObject({ '@type': 'CreativeWork', '@id': `${ORIGIN}agreements/geneva-ceasefire-2020/`, name: geneva.data.name });
    if (geneva.collection === 'agreements') {
      expect(json['dateCreated']).toBe(geneva.data.signed);
      expect(json['url']).toBe(geneva.data.text_url ?? `${ORIGIN}agreements/geneva-ceasefire-2020/`);
      if (geneva.data.pax_id) expect(json['sameAs']).toContain(`https://pax.peaceagreements.org/agreements/${geneva.data.pax_id}`);
    }
  });

  it('every entity has a type from the agreed set and an @id at its page', () => {
    const types = new Set(['Person', 'GovernmentOrganization', 'Country', 'Organization', 'Legislation', 'CreativeWork']);
    for (const entry of demo.registry.entities) {
      expect(types).toContain(schemaType(entry));
      expect(JSON.parse(serializeJsonLd(entityJsonLd(entry, deployed)))['@id']).toBe(`${ORIGIN}${entry.collection}/${entry.id}/`);
    }
  });
});
