import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/data/csv.ts';
import { CSV_TYPE, dataFiles, JSON_TYPE } from '../../../src/lib/data/exports.ts';
import { mentionRecords } from '../../../src/lib/mentions/records.ts';
import { readSiteSettings } from '../../../src/lib/config/site-settings.ts';
import { releaseOf } from '../../../src/lib/data/release.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';

const site = loadSiteIndex(path.resolve('content'));
const settings = readSiteSettings({ SITE_URL: 'https://archive.example.org', BASE_PATH: '/marsad/' });
const files = dataFiles({ site, settings, licence: 'CC-BY-4.0' });
const text = (name: string): string => [...(files.find((file) => file.name === name)?.parts() ?? [])].join('');

describe('the files of /data/', () => {
  it('are the JSON and CSV exports, the CSV sidecars and the README, each once', () => {
    expect(files.map((file) => file.name).sort()).toEqual(
      [
        'README.md',
        'entities.csv',
        'entities.csv-metadata.json',
        'entities.json',
        'graph.csv',
        'graph.csv-metadata.json',
        'graph.json',
        'mentions.csv',
        'mentions.csv-metadata.json',
        'mentions.json',
        'sources.csv',
        'sources.json',
      ].sort(),
    );
    expect(
      files.filter((file) => file.name.endsWith('.json') && !file.name.includes('metadata')).every((file) => file.type === JSON_TYPE),
    ).toBe(true);
    expect(files.filter((file) => file.name.endsWith('.csv')).every((file) => file.type === CSV_TYPE)).toBe(true);
  });

  it('mentions.json is the release, then every mention as `npm run mentions` lists them', () => {
    const parsed = JSON.parse(text('mentions.json')) as Record<string, unknown>;
    const release = releaseOf(site.corpus, 'CC-BY-4.0');
    expect(parsed).toEqual({ ...release, mentions: mentionRecords(site.mentions) });
    expect(text('mentions.json')).toBe(`${JSON.stringify({ ...release, mentions: mentionRecords(site.mentions) }, null, 2)}\n`);
  });

  it('each CSV has the columns its sidecar names, and the sidecar the release', () => {
    for (const table of ['entities', 'mentions', 'graph']) {
      const sidecar = JSON.parse(text(`${table}.csv-metadata.json`)) as {
        url: string;
        'dc:identifier': string;
        tableSchema: { columns: Array<{ name: string }> };
      };
      const [header] = parseCsv(text(`${table}.csv`));
      expect(sidecar.url).toBe(`${table}.csv`);
      expect(sidecar['dc:identifier']).toBe(releaseOf(site.corpus, 'CC-BY-4.0').content_digest);
      expect(sidecar.tableSchema.columns.map((column) => column.name)).toEqual(header);
    }
  });

  it('the README points at the folder on the deployed site and names the licence', () => {
    expect(text('README.md')).toContain('https://archive.example.org/marsad/data/');
    expect(text('README.md')).toContain('CC-BY-4.0');
  });

  it('gives the same text each time a file is asked for', () => {
    for (const file of files) expect([...file.parts()].join('')).toBe([...file.parts()].join(''));
  });
});
