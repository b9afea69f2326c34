/** The same arguments give byte-identical files; another seed gives another corpus. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../../../bench/synthetic/writer.ts';

/** Every file under a folder: relative path → bytes (as hex, so a difference shows up as text). */
function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(folder, file), readFileSync(file).toString('hex'));
  }
  return files;
}

function generate(seed: number): Map<string, string> {
  const out = mkdtempSync(path.join(tmpdir(), 'marsad-corpus-'));
  writeCorpus({ articles: 30, entities: 25, out, seed, force: false });
  return snapshot(out);
}

describe('corpus generation', () => {
  it('writes byte-identical files for the same seed', () => {
    const first = generate(3);
    const second = generate(3);
    expect(first.size).toBe(55);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [file, bytes] of first) expect(second.get(file), file).toBe(bytes);
  });

  it('writes a different corpus for another seed', () => {
    const first = generate(3);
    const other = generate(4);
    const shared = [...first.keys()].filter((file) => other.get(file) === first.get(file));
    expect(shared).toEqual([]);
  });
});
