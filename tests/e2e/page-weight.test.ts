import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../helpers/page-weight.ts';
import { normalizeBasePath } from '../../src/lib/config/site-settings.ts';

/** An article page must stay light: HTML + CSS + JS ≤ 50 KB gzipped, fonts excluded. */
const BUDGET = 50 * 1024;

describe('page weight', () => {
  it.each(['articles/2020/10/qatar-mou-breach/', 'actors/khalifa-haftar/', 'agreements/geneva-ceasefire-2020/', 'timeline/', 'graph/', ''])(
    '/%s is within the budget',
    (sitePath) => {
      const weight = pageWeight(path.resolve('dist'), sitePath, normalizeBasePath(process.env['BASE_PATH']));
      const kb = (bytes: number) => (bytes / 1024).toFixed(1);
      console.log(
        `/${sitePath}: html ${kb(weight.html)} KB + css ${kb(weight.css)} KB + js ${kb(weight.js)} KB = ${kb(weight.total)} KB gzipped (${weight.files.join(', ')})`,
      );
      expect(weight.html).toBeGreaterThan(0);
      expect(weight.css).toBeGreaterThan(0);
      expect(weight.total).toBeLessThanOrEqual(BUDGET);
    },
  );
});
