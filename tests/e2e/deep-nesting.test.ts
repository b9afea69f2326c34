import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { makeContentRoot, VALID_FILES } from '../helpers/content-root.ts';

/**
 * An article nested 5,000 block quotes deep used to stop the build with
 * `Maximum call stack size exceeded`; the build now stops on the check's
 * `path:line:col` message, before any renderer sees the file.
 */
describe('building an article nested too deep', () => {
  it('stops with the nesting message at the file, line and column, and no stack trace', () => {
    const body = `${'> '.repeat(5000)}نص عن قطر\n`;
    const root = makeContentRoot({
      ...VALID_FILES,
      'articles/2020/10/deep.md': `---\ntitle: مقال عميق\ndate: 2020-10-26\nsummary: ملخص.\nactors: [qatar]\n---\n\n${body}`,
    });
    const build = buildSite(mkdtempSync(path.join(tmpdir(), 'marsad-deep-')), { CONTENT_DIR: root });
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status).toBe(1);
    expect(output).toMatch(/articles\/2020\/10\/deep\.md:8:9999: error: nesting deeper than 100 levels \(5000 here\)/);
    expect(output).not.toMatch(/Maximum call stack/);
    expect(output).not.toMatch(/^\s+at /m);
  }, 120_000);
});
