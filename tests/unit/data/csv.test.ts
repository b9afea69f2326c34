import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, parseCsv, toCsv, type CsvColumn } from '../../../src/lib/data/csv.ts';

interface Row {
  name: string;
  note: string | null;
  count: number;
  flag: boolean;
}
const columns: Array<CsvColumn<Row>> = [
  { name: 'name', value: (row) => row.name },
  { name: 'note', value: (row) => row.note },
  { name: 'count', value: (row) => row.count },
  { name: 'flag', value: (row) => row.flag },
];

describe('writing CSV', () => {
  it('quotes only fields with a quote, comma or line break, doubling quotes', () => {
    expect(csvField('قطر')).toBe('قطر');
    expect(csvField('لجنة 5+5، جنيف')).toBe('لجنة 5+5، جنيف');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(3)).toBe('3');
    expect(csvField(false)).toBe('false');
  });

  it('starts with a byte-order mark and ends every record with CRLF', () => {
    const text = toCsv(columns, [
      { name: 'الجيش "الوطني", الليبي', note: 'سطر\r\nثانٍ', count: 2, flag: true },
      { name: 'قطر', note: null, count: 0, flag: false },
    ]);
    expect(text).toBe(`${CSV_BOM}name,note,count,flag\r\n"الجيش ""الوطني"", الليبي","سطر\r\nثانٍ",2,true\r\nقطر,,0,false\r\n`);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});

describe('reading CSV', () => {
  it('reads quoted fields with commas, quotes and line breaks, and any line ending', () => {
    expect(parseCsv('a,"b,c","d ""e""",\r\n"x\ny",z,,\n')).toEqual([
      ['a', 'b,c', 'd "e"', ''],
      ['x\ny', 'z', '', ''],
    ]);
    expect(parseCsv('one\rtwo')).toEqual([['one'], ['two']]);
    expect(parseCsv(`${CSV_BOM}h\r\n`)).toEqual([['h']]);
  });

  it('rejects malformed quoting', () => {
    expect(() => parseCsv('"open')).toThrow(SyntaxError);
    expect(() => parseCsv('"a"b')).toThrow(SyntaxError);
    expect(() => parseCsv('a"b"')).toThrow(SyntaxError);
  });
});

describe('round trip', () => {
  it('gives back Arabic, quotes, commas and line breaks unchanged', () => {
    const rows: Row[] = [
      { name: 'حكومة الوفاق الوطني', note: 'قالت: "لا"، ثم, غادرت', count: 12, flag: true },
      { name: 'Field Marshal, "Haftar"', note: '\r\n', count: 0, flag: false },
      { name: ' مسافة ', note: '""', count: -1, flag: true },
    ];
    const [header, ...records] = parseCsv(toCsv(columns, rows));
    expect(header).toEqual(['name', 'note', 'count', 'flag']);
    expect(records).toEqual(rows.map((row) => [row.name, row.note ?? '', String(row.count), String(row.flag)]));
  });

  it('holds for any text', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 8 }), (pairs) => {
        const cols: Array<CsvColumn<[string, string]>> = [
          { name: 'a', value: (pair) => pair[0] },
          { name: 'b', value: (pair) => pair[1] },
        ];
        expect(parseCsv(toCsv(cols, pairs)).slice(1)).toEqual(pairs);
      }),
    );
  });
});
