import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatcher, type SurfaceForm } from '../../../src/lib/entities/matcher.ts';
import type { IndexedDocument } from '../../../src/lib/mentions/mention-index.ts';
import { PARALLEL_SCAN_MIN, scanInParallel } from '../../../src/lib/mentions/parallel-scan.ts';
import { scanDocument } from '../../../src/lib/mentions/scan.ts';

const FORMS: SurfaceForm[] = [
  { form: 'قطر', key: 'actors/qatar', strength: 'strong' },
  { form: 'خليفة حفتر', key: 'actors/khalifa-haftar', strength: 'strong' },
  { form: 'حفتر', key: 'actors/khalifa-haftar', strength: 'weak' },
];

const documents = (count: number): Array<[string, IndexedDocument]> =>
  Array.from({ length: count }, (_, index) => [
    `k${index}`,
    {
      title: index % 2 === 0 ? 'وفد من قطر' : 'عنوان',
      body: `زار وفد من قطر طرابلس في اليوم ${index}، ثم التقى **خليفة حفتر** ولحفتر موقف.\n\n- بند ${index}\n`,
      bodyLine: 7,
      date: '2020-10-26',
      named: index % 3 === 0 ? ['actors/khalifa-haftar'] : [],
    },
  ]);

describe('scanning on two threads', () => {
  const matcher = createMatcher(FORMS);

  it('gives every document the scan one thread gives it, in the same order, and scans none here', () => {
    const docs = documents(PARALLEL_SCAN_MIN);
    let here = 0;
    const scans = scanInParallel(docs, FORMS, (document) => {
      here++;
      return scanDocument(document, matcher);
    });
    expect(here).toBe(0);
    expect([...scans.keys()]).toEqual(docs.map(([key]) => key));
    for (const [key, document] of docs) expect(scans.get(key)).toEqual(scanDocument(document, matcher));
  });

  it('scans everything here where the worker cannot be found, and below the threshold', () => {
    let here = 0;
    const scanHere = (document: IndexedDocument) => {
      here++;
      return scanDocument(document, matcher);
    };
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'marsad-no-sources-'));
    expect(scanInParallel(documents(PARALLEL_SCAN_MIN), FORMS, scanHere, elsewhere).size).toBe(PARALLEL_SCAN_MIN);
    expect(here).toBe(PARALLEL_SCAN_MIN);
    here = 0;
    expect(scanInParallel(documents(10), FORMS, scanHere).size).toBe(10);
    expect(here).toBe(10);
  });
});
