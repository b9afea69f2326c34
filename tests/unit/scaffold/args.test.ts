import { describe, expect, it } from 'vitest';
import { parseNewArgs, usage } from '../../../src/lib/scaffold/args.ts';

const USAGE = usage('en');

describe('npm run new arguments', () => {
  it('reads the kind, the title and --id in either spelling', () => {
    expect(parseNewArgs(['article', 'عنوان الخبر'], 'en')).toEqual({ kind: 'article', title: 'عنوان الخبر' });
    expect(parseNewArgs(['actor', 'خليفة حفتر', '--id', 'khalifa-haftar'], 'en')).toEqual({
      kind: 'actor',
      title: 'خليفة حفتر',
      id: 'khalifa-haftar',
    });
    expect(parseNewArgs(['--id=geneva', 'agreement', 'اتفاق جنيف'], 'en')).toEqual({
      kind: 'agreement',
      title: 'اتفاق جنيف',
      id: 'geneva',
    });
  });
  it('joins a name typed without quotes', () => {
    expect(parseNewArgs(['actor', 'فتحي', 'باشاغا'], 'en')).toEqual({ kind: 'actor', title: 'فتحي باشاغا' });
  });
  it('reads --date in either spelling and in any digits, as ASCII', () => {
    expect(parseNewArgs(['article', 'خبر', '--date', '2021-07-30'], 'en')).toEqual({ kind: 'article', title: 'خبر', date: '2021-07-30' });
    expect(parseNewArgs(['article', 'خبر', '--date=٢٠٢١-٠٧-٣٠'], 'en')).toEqual({ kind: 'article', title: 'خبر', date: '2021-07-30' });
    expect(parseNewArgs(['agreement', 'اتفاق', '--date', '۲۰۲۰-۱۰-۲۳', '--id', 'x'], 'en')).toEqual({
      kind: 'agreement',
      title: 'اتفاق',
      id: 'x',
      date: '2020-10-23',
    });
  });
  it('refuses a --date the check would refuse, saying why', () => {
    expect(parseNewArgs(['article', 'خبر', '--date', '2021-02-30'], 'en')).toMatchObject({
      status: 1,
      error: expect.stringMatching(/^`--date`: 2021-02-30 is not a day of the calendar/),
    });
    expect(parseNewArgs(['article', 'خبر', '--date', '30/07/2021'], 'en')).toMatchObject({
      error: expect.stringMatching(/^`--date`: "30\/07\/2021" is not a date: write it as YYYY-MM-DD/),
    });
    expect(parseNewArgs(['article', 'خبر', '--date', '9999-01-01'], 'en')).toMatchObject({
      error: expect.stringContaining('9999-01-01 is after'),
    });
    expect(parseNewArgs(['actor', 'خليفة حفتر', '--date', '2021-07-30'], 'en')).toMatchObject({
      error: expect.stringContaining('--date is for articles and agreements'),
    });
  });
  it('answers --help and -h with a request for the usage, wherever they stand', () => {
    for (const argv of [['--help'], ['-h'], ['article', 'x', '--help'], ['--frobnicate', '--help']])
      expect(parseNewArgs(argv, 'en'), argv.join(' ')).toEqual({ help: true });
  });
  it('answers mistakes with the usage; an unknown option with status 2', () => {
    expect(parseNewArgs([], 'en')).toEqual({ error: USAGE, status: 1 });
    const cases: Array<[string[], 1 | 2]> = [
      [['person', 'x'], 1],
      [['actor'], 1],
      [['actor', '  '], 1],
      [['actor', 'x', '--id'], 1],
      [['article', 'x', '--date'], 1],
      [['actor', 'x', '--force'], 2],
      [['article', 'x', '-f'], 2],
    ];
    for (const [argv, status] of cases) {
      const result = parseNewArgs(argv, 'en');
      expect(result).toHaveProperty('error');
      expect('error' in result && result.error.endsWith(USAGE), argv.join(' ')).toBe(true);
      expect('error' in result && result.status, argv.join(' ')).toBe(status);
    }
  });
  it('names what went wrong', () => {
    expect(parseNewArgs(['person', 'x'], 'en')).toMatchObject({
      error: expect.stringContaining('"person" is not something npm run new creates'),
    });
    expect(parseNewArgs(['article'], 'en')).toMatchObject({ error: expect.stringContaining('write the title after article') });
    expect(parseNewArgs(['actor', 'x', '--id'], 'en')).toMatchObject({ error: expect.stringContaining('--id needs a value') });
    expect(parseNewArgs(['actor', 'x', '--force'], 'en')).toMatchObject({ error: expect.stringMatching(/^unknown option --force\n/) });
  });
  it('says it in Arabic when asked to', () => {
    expect(parseNewArgs(['actor', 'x', '--force'], 'ar')).toEqual({ error: `الخيار --force غير معروف.\n${usage('ar')}`, status: 2 });
    expect(usage('ar')).toMatch(/^الاستعمال: npm run new -- article\|actor\|agreement/);
    expect(usage('ar')).toContain('--date');
  });
});
