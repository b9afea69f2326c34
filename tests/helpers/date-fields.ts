/** Each date field of the content format, written into one file of the valid test corpus, and checked. */
import path from 'node:path';
import { checkContentRoot } from '../../src/lib/check/index.ts';
import type { DateEra } from '../../src/lib/content/date-range.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { makeContentRoot, VALID_FILES } from './content-root.ts';

/** A file of the valid corpus with one date field set; the value is on `line`, column `column`. */
export interface DateFieldCase {
  field: string;
  era: DateEra;
  file: string;
  line: number;
  column: number;
  text: (day: string) => string;
}

export const DATE_FIELDS: readonly DateFieldCase[] = [
  {
    field: 'date',
    era: 'record',
    file: 'articles/2020/10/x.md',
    line: 3,
    column: 7,
    text: (day) => `---\ntitle: خبر\ndate: ${day}\nsummary: ملخص.\n---\n\nنص.\n`,
  },
  {
    field: 'updated',
    era: 'record',
    file: 'articles/2020/10/x.md',
    line: 4,
    column: 10,
    text: (day) => `---\ntitle: خبر\ndate: 2020-10-26\nupdated: ${day}\nsummary: ملخص.\n---\n\nنص.\n`,
  },
  {
    field: 'source.date',
    era: 'record',
    file: 'articles/2020/10/x.md',
    line: 4,
    column: 30,
    text: (day) => `---\ntitle: خبر\ndate: 2020-10-26\nsource: { name: الوسط, date: ${day} }\nsummary: ملخص.\n---\n\nنص.\n`,
  },
  {
    field: 'born',
    era: 'history',
    file: 'actors/someone.md',
    line: 4,
    column: 7,
    text: (day) => `---\nname: شخص ما\nkind: person\nborn: ${day}\n---\nوصف.\n`,
  },
  {
    field: 'founded',
    era: 'history',
    file: 'actors/some-party.md',
    line: 4,
    column: 10,
    text: (day) => `---\nname: حزب ما\nkind: political-party\nfounded: ${day}\n---\nوصف.\n`,
  },
  {
    field: 'dissolved',
    era: 'history',
    file: 'actors/some-party.md',
    line: 4,
    column: 12,
    text: (day) => `---\nname: حزب ما\nkind: political-party\ndissolved: ${day}\n---\nوصف.\n`,
  },
  {
    field: 'signed',
    era: 'history',
    file: 'agreements/some-accord.md',
    line: 4,
    column: 9,
    text: (day) => `---\nname: اتفاق ما\nkind: mou\nsigned: ${day}\n---\nوصف.\n`,
  },
];

/** The problems `npm run check` reports for one date written into one field, relative to the root. */
export function checkDate(field: DateFieldCase, day: string): string[] {
  const root = makeContentRoot({ ...VALID_FILES, [field.file]: field.text(day) });
  return checkContentRoot(root).problems.map((problem) => formatProblem(problem).replace(`${root}${path.sep}`, ''));
}
