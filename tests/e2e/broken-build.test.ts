import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContentRoot, VALID_FILES } from '../helpers/content-root.ts';
import { buildSite } from '../helpers/build.ts';

/** `npm run build` answers broken content like `npm run check`: file, line, what to do; exit 1; no stack trace. */
describe('building broken content', () => {
  it('stops with the check messages and no stack trace', () => {
    const root = makeContentRoot({
      ...VALID_FILES,
      'articles/2020/10/qatar-mou-breach.md': '---\ntitle: عنوان\ndate: 2020-02-30\nsummary: ملخص\nactors: [qatr]\n---\n\nعن قطر.\n',
      'actors/broken.md': '---\nname: "مكسور\nkind: state\n---\n',
    });
    const build = buildSite(mkdtempSync(path.join(tmpdir(), 'marsad-broken-')), { CONTENT_DIR: root });
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status).toBe(1);
    expect(output).toMatch(/qatar-mou-breach\.md:3:7: error: `date`: 2020-02-30 is not a day of the calendar/);
    expect(output).toMatch(/qatar-mou-breach\.md:5:10: error: unknown actor `qatr` in `actors`: .*did you mean `qatar`\?/);
    expect(output).toMatch(/actors\/broken\.md:\d+:\d+: error: the frontmatter is not valid YAML/);
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  }, 120_000);
});
