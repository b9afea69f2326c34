import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanCache } from '../../../src/lib/mentions/mention-index.ts';
import { readScanStore, scanStoreFile, writeScanStore } from '../../../src/lib/mentions/scan-store.ts';
import type { DocumentScan } from '../../../src/lib/mentions/scan.ts';

const scan = (entity: string): DocumentScan => ({
  body: [
    {
      entity,
      text: 'قطر',
      line: 3,
      column: 7,
      inHeading: false,
      weak: false,
      snippet: { before: 'أعلنت ', match: 'قطر', after: ' اليوم' },
    },
  ],
  links: [],
  title: [entity],
  nesting: { depth: 1, line: 3, column: 1 },
  longLine: undefined,
});

/** A project with the scanning code's folders, as a build sees them from its working directory. */
function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'marsad-scan-store-'));
  for (const folder of ['mentions', 'entities', 'arabic', 'markdown']) {
    mkdirSync(path.join(root, 'src/lib', folder), { recursive: true });
    writeFileSync(path.join(root, 'src/lib', folder, 'code.ts'), `export const folder = '${folder}';\n`);
  }
  return root;
}

describe('the scan store', () => {
  it('gives back the scans it kept, as they were', () => {
    const root = project();
    const file = scanStoreFile(path.join(root, 'cache'), root);
    expect(file).toBeDefined();
    const scans: ScanCache = new Map([
      ['g1:a', scan('actors/qatar')],
      ['g1:b', scan('actors/khalifa-haftar')],
    ]);
    writeScanStore(file as string, scans);
    expect(readScanStore(file as string)).toEqual(scans);
  });

  it('names the file by the scanning code: other code never reads these scans, and its file is dropped', () => {
    const root = project();
    const cache = path.join(root, 'cache');
    const before = scanStoreFile(cache, root) as string;
    writeScanStore(before, new Map([['k', scan('actors/qatar')]]));
    writeFileSync(path.join(root, 'src/lib/entities/code.ts'), "export const folder = 'changed';\n");
    const after = scanStoreFile(cache, root) as string;
    expect(after).not.toBe(before);
    expect(readScanStore(after).size).toBe(0);
    writeScanStore(after, new Map([['k', scan('actors/qatar')]]));
    expect(existsSync(before)).toBe(false);
    expect(readdirSync(cache)).toEqual([path.basename(after)]);
  });

  it('reads a damaged or missing file as no scans, and keeps none where the code is not', () => {
    const root = project();
    const file = scanStoreFile(path.join(root, 'cache'), root) as string;
    expect(readScanStore(file).size).toBe(0);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, 'not a v8 value');
    expect(readScanStore(file).size).toBe(0);
    expect(scanStoreFile(path.join(root, 'cache'), path.join(root, 'elsewhere'))).toBeUndefined();
  });

  it('is written by the site index with the scan of every document it read', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'marsad-scan-store-cache-'));
    const content = mkdtempSync(path.join(tmpdir(), 'marsad-scan-store-content-'));
    cpSync(path.resolve('content'), content, { recursive: true });
    const previous = process.env['MARSAD_CACHE_DIR'];
    process.env['MARSAD_CACHE_DIR'] = cache;
    try {
      const { loadSiteIndex } = await import('../../../src/lib/site-index.ts');
      const site = loadSiteIndex(content, { maxAgeMs: 0 });
      const stored = readScanStore(scanStoreFile(cache) as string);
      const documents = site.corpus.articles.length + site.corpus.actors.length + site.corpus.agreements.length;
      expect(stored.size).toBe(documents);
      const article = site.corpus.articles[0];
      expect([...stored.values()]).toContainEqual(site.mentions.articles.get(article?.id ?? '')?.scan);
    } finally {
      if (previous === undefined) delete process.env['MARSAD_CACHE_DIR'];
      else process.env['MARSAD_CACHE_DIR'] = previous;
    }
  });
});
