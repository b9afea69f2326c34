import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeptMemo, readKeptWork, type KeptWork } from '../../../src/lib/build/kept-work.ts';

const KIND: KeptWork = { prefix: 'test-work-', code: [], packages: [] };

describe('a kept memo', () => {
  it('answers what it knows without making it, and keeps what is added from elsewhere', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'marsad-kept-work-')), 'test-work-x.v8');
    const first = new KeptMemo<string>(KIND, file);
    expect(first.peek('a')).toBeUndefined();
    first.put('a', 'from another thread');
    expect(first.get('b', () => 'made here')).toBe('made here');
    first.save();
    expect(readKeptWork<string>(file)).toEqual(
      new Map([
        ['a', 'from another thread'],
        ['b', 'made here'],
      ]),
    );

    const second = new KeptMemo<string>(KIND, file);
    expect(second.peek('a')).toBe('from another thread');
    expect(second.get('b', () => 'made again')).toBe('made here');
  });

  it('writes nothing when a run adds nothing, and only what the run used when it does', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'marsad-kept-work-')), 'test-work-y.v8');
    const memo = new KeptMemo<number>(KIND, file);
    memo.save();
    expect(existsSync(file)).toBe(false);
    memo.put('old', 1);
    memo.save();
    memo.put('new', 2);
    memo.save();
    expect(readKeptWork<number>(file)).toEqual(new Map([['new', 2]]));
  });
});
