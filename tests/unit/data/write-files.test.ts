import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataFile } from '../../../src/lib/data/exports.ts';
import { batches, writeDataFiles } from '../../../src/lib/data/write-files.ts';

const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'marsad-data-'));
const file = (name: string, parts: () => Iterable<string>): DataFile => ({ name, type: 'text/plain', parts });

describe('batches of parts', () => {
  it('keeps every character, in order, across batch edges', () => {
    const parts = Array.from({ length: 5000 }, (_, index) => `${index}:حكومة 𝔸,`);
    const joined = [...batches(parts, 1000)];
    expect(joined.join('')).toBe(parts.join(''));
    expect(joined.length).toBeGreaterThan(10);
    expect(joined.slice(0, -1).every((batch) => batch.length >= 1000 && batch.length < 1100)).toBe(true);
  });

  it('gives nothing for no parts or only empty ones', () => {
    expect([...batches([])]).toEqual([]);
    expect([...batches(['', ''])]).toEqual([]);
  });
});

describe('writing the files of /data/', () => {
  it('writes each file as its parts joined, in UTF-8, and says how many bytes', () => {
    const folder = path.join(scratch(), 'data');
    const parts = Array.from({ length: 30_000 }, (_, index) => `${index},قوات\r\n`);
    const written = writeDataFiles(folder, [file('mentions.csv', () => parts), file('empty.json', () => [])]);
    expect(readFileSync(path.join(folder, 'mentions.csv'), 'utf8')).toBe(parts.join(''));
    expect(readFileSync(path.join(folder, 'empty.json'), 'utf8')).toBe('');
    expect(written).toEqual([
      { name: 'mentions.csv', bytes: Buffer.byteLength(parts.join('')) },
      { name: 'empty.json', bytes: 0 },
    ]);
  });

  it('takes out what else the folder holds, and replaces what it rewrites', () => {
    const folder = path.join(scratch(), 'data');
    mkdirSync(path.join(folder, 'old'), { recursive: true });
    writeFileSync(path.join(folder, 'gone.json'), '{}');
    writeFileSync(path.join(folder, 'kept.json'), 'before');
    writeDataFiles(folder, [file('kept.json', () => ['after'])]);
    expect(readdirSync(folder)).toEqual(['kept.json']);
    expect(readFileSync(path.join(folder, 'kept.json'), 'utf8')).toBe('after');
  });

  it('leaves no half-written file when making a file fails', () => {
    const folder = path.join(scratch(), 'data');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'graph.json'), 'previous');
    function* failing(): Generator<string> {
      yield 'x'.repeat(100_000);
      throw new Error('no graph');
    }
    expect(() => writeDataFiles(folder, [file('graph.json', failing)])).toThrow('no graph');
    expect(readdirSync(folder)).toEqual(['graph.json']);
    expect(readFileSync(path.join(folder, 'graph.json'), 'utf8')).toBe('previous');
    expect(existsSync(path.join(folder, 'graph.json.partial'))).toBe(false);
  });
});
