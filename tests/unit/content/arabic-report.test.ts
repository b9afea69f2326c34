/**
 * `npm run check` in Arabic over a content root holding one of each content
 * problem that can be provoked: every line names its code and says what is
 * wrong in Arabic, whichever part of the loader, the schema or the check
 * found it.
 */
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContentRoot } from '../../../src/lib/check/index.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const article = (fields: string, body = 'نص الخبر.') => `---\n${fields}\n---\n\n${body}\n`;

/** One file per problem, each named by the code it should be reported under. */
const BROKEN: Record<string, string | Uint8Array> = {
  'articles/2020/10/yaml.md': article('title: خبر\ndate: 2020-10-26\nsummary: ملخص.\nactors: [qatar'),
  'articles/2020/10/unknown-field.md': article('title: خبر\ndate: 2020-10-26\nsummary: ملخص.\ntitel: خبر'),
  'articles/2020/10/no-such-day.md': article('title: خبر\ndate: ٢٠٢١-٠٢-٣٠\nsummary: ملخص.'),
  'articles/2020/10/not-a-date.md': article('title: خبر\ndate: 26/10/2020\nsummary: ملخص.'),
  'articles/2020/10/too-early.md': article('title: خبر\ndate: 0202-10-26\nsummary: ملخص.'),
  'articles/2020/10/missing.md': article('title: خبر\ndate: 2020-10-26'),
  'articles/2020/10/not-a-list.md': article('title: خبر\ndate: 2020-10-26\nsummary: ملخص.\ntags: 5'),
  'articles/2020/10/bad-url.md': article('title: خبر\ndate: 2020-10-26\nsummary: ملخص.\nsource: { name: الوسط, url: www.alwasat.ly }'),
  'articles/2020/10/not-true-false.md': article('title: خبر\ndate: 2020-10-26\nsummary: ملخص.\ndraft: ربما'),
  'articles/2020/10/empty-text.md': article('title: خبر\ndate: 2020-10-26\nsummary: "  "'),
  'articles/2020/10/unknown-id.md': article('title: خبر\ndate: 2020-10-26\nsummary: ملخص.\nactors: [qatr]'),
  'articles/2020/10/deep.md': article('title: خبر\ndate: 2020-10-26\nsummary: ملخص.', '> '.repeat(200) + 'قطر'),
  'articles/2020/10/empty.md': '',
  'articles/2020/10/latin1.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]),
  'actors/Fayez Sarraj.md': VALID_FILES['actors/qatar.md'] as string,
  'actors/notes.txt': 'ملاحظات',
  'actors/bad-kind.md': '---\nname: جهة ما\nkind: tribe\nwikidata: 846\n---\nوصف.\n',
  'agreements/reversed.md': '---\nname: اتفاق ما\nkind: mou\nsigned: 2020-10-23\naliases: [{ text: اتفاق الصخيرات, from: 2021-01-01, until: 2020-01-01 }]\n---\nوصف.\n',
};

const EXPECTED_CODES = [
  'bad-file-name',
  'bad-url',
  'bad-wikidata-id',
  'date-too-early',
  'empty-file',
  'empty-text',
  'missing-field',
  'no-such-day',
  'not-a-date',
  'not-a-list',
  'not-in-list',
  'not-markdown',
  'not-true-false',
  'not-utf8',
  'alias-window-reversed',
  'special-file',
  'symbolic-link',
  'too-deep',
  'unknown-field',
];

describe('npm run check with MARSAD_LANG=ar', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env['MARSAD_LANG'];
    process.env['MARSAD_LANG'] = 'ar';
  });
  afterEach(() => {
    if (saved === undefined) delete process.env['MARSAD_LANG'];
    else process.env['MARSAD_LANG'] = saved;
  });

  it('gives every problem line a code and Arabic words', () => {
    const root = makeContentRoot({ ...VALID_FILES, ...BROKEN });
    symlinkSync('qatar.md', path.join(root, 'actors', 'qatar-link.md'));
    execFileSync('mkfifo', [path.join(root, 'articles', '2020', 'pipe.md')]);
    const problems = checkContentRoot(root).problems;
    const lines = problems.map((problem) => formatProblem(problem).slice(root.length + 1));
    for (const line of lines) {
      expect(line, line).toMatch(/^[^:]+:\d+:\d+: (error|warning): .+ \[[a-z0-9]+(-[a-z0-9]+)*\]$/u);
      // The words after the place: Arabic letters, whatever values (paths, dates, ids) they quote.
      const words = line.replace(/^[^:]+:\d+:\d+: (error|warning): /u, '');
      expect(words, line).toMatch(/[\u0621-\u064A]{2,}(\s+[\u0621-\u064A]{2,}){2}/u);
    }
    const codes = new Set(problems.map((problem) => problem.code));
    for (const code of [...EXPECTED_CODES, 'unknown-id']) expect(codes, code).toContain(code);
    // One YAML mistake, whatever code the parser's error maps to, and nothing reported without a code.
    expect(lines.filter((line) => line.startsWith('articles/2020/10/yaml.md:'))).toHaveLength(1);
    expect(problems.filter((problem) => problem.code === undefined)).toEqual([]);
  });
});
