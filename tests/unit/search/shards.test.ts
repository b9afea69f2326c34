import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  planShards,
  shardInputs,
  shardLimit,
  shardPath,
  shardRecords,
  sourceItems,
  type ShardItem,
} from '../../../src/lib/search/shards.ts';
import { searchSource, type SearchSource } from '../../../src/lib/search/source.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';
import { copyOfContentRoot, editCopiedFile } from '../../helpers/content-root.ts';

const item = (url: string, date?: string): ShardItem => ({
  date,
  input: url,
  record: () => ({ url, content: url, meta: date ? { title: url, date } : ({ title: url } as Record<string, string>), filters: {} }),
});
const urls = (items: readonly ShardItem[]) => items.map((entry) => entry.record().url);

describe('planShards', () => {
  const items = [
    item('/a1/', '2021-03-01'),
    item('/a2/', '2020-10-26'),
    item('/a3/', '2020-10-26'),
    item('/a4/', '2019-01-01'),
    item('/g1/', '2020-10-26'),
    item('/p1/'),
    item('/p2/'),
    item('/p3/'),
  ];

  it('keeps one shard, in the order given, while the site fits in one', () => {
    expect(planShards(items, 8).map((shard) => urls(shard.items))).toEqual([urls(items)]);
  });
  it('cuts dated pages by period, never within a day, lists them newest first, then undated pages apart', () => {
    const shards = planShards(items, 2);
    expect(shards.map((shard) => [shard.dated, urls(shard.items)])).toEqual([
      [true, ['/a1/']],
      // 2020 is over the limit, so is its October; 2020-10-26 stays whole (three pages), in the single index's order.
      [true, ['/a2/', '/a3/', '/g1/']],
      [true, ['/a4/']],
      [false, ['/p1/', '/p2/']],
      [false, ['/p3/']],
    ]);
  });
  it('packs whole months together from the oldest while they fit, across years', () => {
    const years = ['2015', '2016', '2017', '2018'].flatMap((year) => [
      item(`/${year}a/`, `${year}-01-01`),
      item(`/${year}b/`, `${year}-06-01`),
    ]);
    expect(planShards(years, 5).map((shard) => urls(shard.items))).toEqual([
      ['/2017b/', '/2018a/', '/2018b/'],
      ['/2015a/', '/2015b/', '/2016a/', '/2016b/', '/2017a/'],
    ]);
  });
  it('never splits a month that fits in a shard', () => {
    const months = [
      item('/jan1/', '2020-01-05'),
      item('/jan2/', '2020-01-20'),
      item('/feb1/', '2020-02-01'),
      item('/feb2/', '2020-02-02'),
      item('/feb3/', '2020-02-03'),
    ];
    expect(planShards(months, 4).map((shard) => urls(shard.items))).toEqual([
      ['/feb1/', '/feb2/', '/feb3/'],
      ['/jan1/', '/jan2/'],
    ]);
  });
  it('keeps every older shard as it was when a newer article arrives', () => {
    // Eight articles a year from 2010 to 2014, newest first, as the site lists them.
    const archive = Array.from({ length: 40 }, (_, index) => {
      const year = 2014 - Math.floor(index / 8);
      return item(`/${year}-${index % 8}/`, `${year}-03-${String(8 - (index % 8)).padStart(2, '0')}`);
    });
    const before = planShards(archive, 10).map((shard) => urls(shard.items));
    const after = planShards([item('/fresh/', '2014-12-31'), ...archive], 10).map((shard) => urls(shard.items));
    expect(before).toHaveLength(5);
    expect(after[0]).toEqual(['/fresh/', ...(before[0] ?? [])]);
    expect(after.slice(1)).toEqual(before.slice(1));
  });
  it('reads its size from MARSAD_SEARCH_SHARD_RECORDS, and names the folders', () => {
    expect(shardLimit({ MARSAD_SEARCH_SHARD_RECORDS: '10' })).toBe(10);
    expect(shardLimit({})).toBe(1400);
    expect(() => shardLimit({ MARSAD_SEARCH_SHARD_RECORDS: 'x' })).toThrow(
      /MARSAD_SEARCH_SHARD_RECORDS: "x" is not a whole number above 0/,
    );
    const digest = '9192d89269157981effa0ba48e77c03c';
    expect([0, 1, 5].map((index) => shardPath(index, digest))).toEqual(['', 'shard-9192d89269157981/', 'shard-9192d89269157981/']);
  });
});

describe('shardRecords', () => {
  it('names a shard by its records: the same records, the same digest; one changed record, another', () => {
    const shard = { dated: true, items: [item('/a/', '2020-01-01'), item('/b/', '2020-01-02')] };
    const first = shardRecords(shard, 'v1');
    expect(shardRecords(shard, 'v1').digest).toBe(first.digest);
    expect(shardRecords(shard, 'v2').digest).not.toBe(first.digest);
    expect(shardRecords({ dated: true, items: [item('/a/', '2020-01-01'), item('/b/', '2020-01-03')] }, 'v1').digest).not.toBe(
      first.digest,
    );
    expect(first.records.map((record) => record.url)).toEqual(['/a/', '/b/']);
  });
});

describe('what a shard is made from', () => {
  const source = searchSource(loadSiteIndex(path.resolve('content')), { locale: 'ar-LY', hijri: false });
  const inputs = (changed: SearchSource) => new Map(sourceItems(changed).map((entry) => [entry.record().url, entry.input]));
  const before = inputs(source);
  const changedUrls = (changed: SearchSource) => {
    const after = inputs(changed);
    return [...after].filter(([url, input]) => before.get(url) !== input).map(([url]) => url);
  };
  const haftar = source.entities.findIndex((entity) => entity.id === 'khalifa-haftar');
  const concerns = (index: number) =>
    source.articles.filter((article) => article.entities.includes(index)).map((article) => `/articles/${article.id}/`);

  it('changes for an edited article, and for no other page', () => {
    const [first] = source.articles;
    if (!first) throw new Error('no articles');
    const copy = copyOfContentRoot();
    onTestFinished(() => rmSync(copy, { recursive: true, force: true }));
    editCopiedFile(copy, first.text.file, (text) => `${text}\nفقرة جديدة.\n`);
    expect(changedUrls(searchSource(loadSiteIndex(copy), source.settings))).toEqual([`/articles/${first.id}/`]);
  });

  it('changes for an entity and every article that concerns it when its names change, as their records do', () => {
    const entities = source.entities.map((entity, index) =>
      index === haftar ? { ...entity, forms: [...entity.forms, 'المشير'] } : entity,
    );
    const changed = changedUrls({ ...source, entities });
    expect(concerns(haftar).length).toBeGreaterThan(3);
    expect(changed.sort()).toEqual([...concerns(haftar), '/actors/khalifa-haftar/'].sort());
  });

  it('changes for every article when the date settings change', () => {
    expect(changedUrls({ ...source, settings: { ...source.settings, hijri: true } })).toHaveLength(source.articles.length);
  });

  it('gives a shard one digest of its inputs, which any changed input changes', () => {
    const shard = { dated: true, items: [item('/a/', '2020-01-01'), item('/b/', '2020-01-02')] };
    expect(shardInputs(shard, 'v1')).toBe(shardInputs({ dated: true, items: [...shard.items] }, 'v1'));
    expect(shardInputs(shard, 'v2')).not.toBe(shardInputs(shard, 'v1'));
    expect(shardInputs({ dated: true, items: [item('/a/', '2020-01-01'), item('/c/', '2020-01-02')] }, 'v1')).not.toBe(
      shardInputs(shard, 'v1'),
    );
  });
});
