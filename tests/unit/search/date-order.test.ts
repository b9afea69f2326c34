import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { close, createIndex } from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATE_ORDER_FILE, dateOrder, pageHashes, writeDateOrder } from '../../../src/lib/search/date-order.ts';
import type { SearchRecord } from '../../../src/lib/search/records.ts';

/** Dates out of order, equal dates apart from each other, and two pages without a date (an actor's, say). */
const DATES = ['2019-04-04', undefined, '2015-12-17', '2020-10-23', '2015-12-17', undefined, '2019-04-04', '2016-03-30', '2015-12-17'];

const records: SearchRecord[] = DATES.map((date, index) => ({
  url: `/page-${index}/`,
  content: `صفحة رقم ${index} عن المسار السياسي في ليبيا.`,
  meta: date ? { title: `صفحة ${index}`, date } : ({ title: `صفحة ${index}` } as Record<string, string>),
  filters: {},
}));

describe('dateOrder', () => {
  it('lists the dated records oldest first, equal dates in record order, and leaves out the undated', () => {
    expect(dateOrder(records)).toEqual([2, 4, 8, 7, 0, 6, 3]);
  });

  it('is empty for records without dates', () => {
    expect(dateOrder([{ meta: { title: 'أ' } }, { meta: { title: 'ب' } }])).toEqual([]);
  });
});

describe('writeDateOrder, on an index Pagefind wrote', () => {
  let root: string;
  /** The same records indexed with Pagefind's own sort, for what it would have answered. */
  let sortedByPagefind: string[];

  const indexInto = async (dir: string, withSort: boolean) => {
    const { index, errors } = await createIndex({ forceLanguage: 'ar' });
    if (!index) throw new Error(errors.join('; '));
    for (const record of records)
      await index.addCustomRecord({
        ...record,
        language: 'ar',
        ...(withSort && record.meta['date'] ? { sort: { date: record.meta['date'] } } : {}),
      });
    await index.writeFiles({ outputPath: dir });
    await index.deleteIndex();
  };

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'marsad-date-order-'));
    await indexInto(path.join(root, 'ours'), false);
    await indexInto(path.join(root, 'pagefind'), true);
    await close();
    writeDateOrder(path.join(root, 'ours'), records);
    // Pagefind's meta file: [version, pages, chunks, filters, sorts, meta fields]; a sort is [name, page numbers].
    const pagefindDir = path.join(root, 'pagefind');
    const hashes = pageHashes(pagefindDir);
    const entry = JSON.parse(readFileSync(path.join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
      languages: { ar: { hash: string } };
    };
    const meta = decode(gunzipSync(readFileSync(path.join(pagefindDir, `pagefind.${entry.languages.ar.hash}.pf_meta`))).subarray(12)) as [
      string,
      unknown,
      unknown,
      unknown,
      Array<[string, number[]]>,
    ];
    sortedByPagefind = (meta[4][0]?.[1] ?? []).map((page) => hashes[page] ?? '');
  }, 60_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const written = () => JSON.parse(readFileSync(path.join(root, 'ours', DATE_ORDER_FILE), 'utf8')) as string[];
  /** The URL of the page a hash names, from its fragment in the index at `folder`. */
  const urlIn = (folder: string, hash: string) => {
    const fragment = gunzipSync(readFileSync(path.join(root, folder, 'fragment', `${hash}.pf_fragment`)));
    return (JSON.parse(fragment.subarray(12).toString('utf8')) as { url: string }).url;
  };

  it('names each dated page by the hash Pagefind gave it, in date order', () => {
    expect(written().map((hash) => urlIn('ours', hash))).toEqual([
      '/page-2/',
      '/page-4/',
      '/page-8/',
      '/page-7/',
      '/page-0/',
      '/page-6/',
      '/page-3/',
    ]);
  });

  it('gives the order Pagefind’s own date sort gave, ties included', () => {
    expect(sortedByPagefind).toHaveLength(7);
    expect(written().map((hash) => urlIn('ours', hash))).toEqual(sortedByPagefind.map((hash) => urlIn('pagefind', hash)));
  });

  it('refuses records that are not the ones Pagefind indexed, instead of writing a wrong order', () => {
    expect(() => writeDateOrder(path.join(root, 'ours'), records.slice(1))).toThrow(/listed 9 pages for 8 records/);
    expect(() => writeDateOrder(path.join(root, 'ours'), [...records].reverse())).toThrow(/page 0 is \/page-0\/, not \/page-8\//);
  });
});
