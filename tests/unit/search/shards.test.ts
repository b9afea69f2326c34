import { describe, expect, it } from 'vitest';
import { planShards, shardLimit, shardPath, shardRecords, type ShardItem } from '../../../src/lib/search/shards.ts';

const item = (url: string, date?: string): ShardItem => ({
  date,
  record: () => ({ url, content: url, meta: { title: url }, filters: {}, sort: date ? { date } : ({} as Record<string, string>) }),
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
  it('cuts dated pages by period, newest first, never within a day, then undated pages apart', () => {
    const shards = planShards(items, 2);
    expect(shards.map((shard) => [shard.dated, urls(shard.items)])).toEqual([
      // 2020-10-26 stays whole (three pages), in the single index's order: articles, then the agreement.
      [true, ['/a1/', '/a2/', '/a3/', '/g1/']],
      [true, ['/a4/']],
      [false, ['/p1/', '/p2/']],
      [false, ['/p3/']],
    ]);
  });
  it('reads its size from MARSAD_SEARCH_SHARD_RECORDS, and names the folders', () => {
    expect(shardLimit({ MARSAD_SEARCH_SHARD_RECORDS: '10' })).toBe(10);
    expect(shardLimit({})).toBe(5000);
    expect(() => shardLimit({ MARSAD_SEARCH_SHARD_RECORDS: 'x' })).toThrow(
      /MARSAD_SEARCH_SHARD_RECORDS: "x" is not a whole number above 0/,
    );
    expect([0, 1, 5].map(shardPath)).toEqual(['', 'shard-2/', 'shard-6/']);
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
