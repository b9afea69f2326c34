import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { outOfRange } from '../../../src/lib/content/date-range.ts';
import { parseMarkdown } from '../../../src/lib/content/frontmatter.ts';
import { validateFrontmatter } from '../../../src/lib/content/validate.ts';
import { messageText } from '../../../src/lib/messages/format.ts';
import { schemaMessage, schemaSaid } from '../../../src/lib/messages/schema-messages.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A schema written the way src/lib/content/fields.ts can word its refusals through the catalogue. */
const schema = z.strictObject({
  draft: z.boolean({ error: schemaMessage('not-true-false', { what: 'draft' }) }),
  kind: z.enum(['person', 'state'], { error: schemaMessage('not-in-list', { choices: ['person', 'state'] }) }),
  date: z.string().transform((value, ctx) => {
    if (value === '2020-02-30') ctx.addIssue({ code: 'custom', message: schemaMessage('no-such-day', { day: value }) });
    return value;
  }),
  count: z.number(),
});

function problems(yaml: string): string[] {
  const parsed = parseMarkdown(`---\n${yaml}\n---\nنص\n`);
  const result = validateFrontmatter(schema, parsed, parsed.data);
  return result.ok
    ? []
    : result.problems.map(({ position, said }) => `${position.line}:${position.column} ${said.code} ${messageText(said)}`);
}

const WRONG = 'draft: maybe\nkind: country\ndate: 2020-02-30\ncount: many';

describe('refusals the schema words through the catalogue', () => {
  it('are said in English with the field in front, as before', () => {
    vi.stubEnv('MARSAD_LANG', 'en');
    expect(problems(WRONG)).toEqual([
      '2:8 not-true-false `draft`: draft is true or false: write `true` or `false`',
      '3:7 not-in-list `kind`: not one of the values this field takes: choose one of: person, state',
      '4:7 no-such-day `date`: 2020-02-30 is not a day of the calendar: check the month and the day',
      '5:8 invalid-value `count`: Invalid input: expected number, received string',
    ]);
  });
  it('are said in Arabic when the run is Arabic; zod’s own words stay, marked, under invalid-value', () => {
    vi.stubEnv('MARSAD_LANG', 'ar');
    const lines = problems(WRONG);
    expect(lines[0]).toBe('2:8 not-true-false `draft` لا يقبل إلا `true` أو `false`. اكتب `true` (نعم) أو `false` (لا).');
    expect(lines[1]).toBe('3:7 not-in-list القيمة في `kind` ليست من قائمة القيم المقبولة. اختر واحدة من: `person`، `state`.');
    expect(lines[2]).toBe('4:7 no-such-day اليوم 2020-02-30 في `date` غير موجود في التقويم. راجع الشهر واليوم.');
    expect(lines[3]).toMatch(
      /^5:8 invalid-value قيمة `count` غير مقبولة\. .*\(التفصيل بالإنجليزية: Invalid input: expected number, received string\)$/,
    );
  });
  it('keep the English the schema says today, so moving a refusal to the catalogue changes no text', () => {
    expect(schemaMessage('date-too-early', { day: '1899-12-31', first: 1900, last: 2030, era: 'record' })).toBe(
      outOfRange('1899-12-31', 'record', 2030),
    );
    expect(schemaMessage('date-too-late', { day: '9999-12-31', first: 1500, last: 2030, era: 'history' })).toBe(
      outOfRange('9999-12-31', 'history', 2030),
    );
    expect(schemaMessage('no-such-day', { day: '2020-02-30' })).toBe(
      '2020-02-30 is not a day of the calendar: check the month and the day',
    );
    expect(schemaMessage('not-a-date', { value: '26/10/2020' })).toBe(
      '"26/10/2020" is not a date: write it as YYYY-MM-DD, for example 2020-10-26',
    );
    expect(schemaMessage('empty-text', { what: 'summary' })).toBe('summary is empty: write it out');
    expect(schemaMessage('alias-window-reversed')).toBe('from comes after until: the alias would never apply; swap the two dates');
  });
  it('know nothing of a text they did not make', () => {
    expect(schemaSaid('draft is true or false', 'draft')).toBeUndefined();
  });
});
