import { describe, expect, it } from 'vitest';
import { parseNewArgs, USAGE } from '../../../src/lib/scaffold/args.ts';

describe('npm run new arguments', () => {
  it('reads the kind, the title and --id in either spelling', () => {
    expect(parseNewArgs(['article', 'عنوان الخبر'])).toEqual({ kind: 'article', title: 'عنوان الخبر' });
    expect(parseNewArgs(['actor', 'خليفة حفتر', '--id', 'khalifa-haftar'])).toEqual({ kind: 'actor', title: 'خليفة حفتر', id: 'khalifa-haftar' });
    expect(parseNewArgs(['--id=geneva', 'agreement', 'اتفاق جنيف'])).toEqual({ kind: 'agreement', title: 'اتفاق جنيف', id: 'geneva' });
  });
  it('joins a name typed without quotes', () => {
    expect(parseNewArgs(['actor', 'فتحي', 'باشاغا'])).toEqual({ kind: 'actor', title: 'فتحي باشاغا' });
  });
  it('answers mistakes with the usage line', () => {
    expect(parseNewArgs([])).toEqual({ error: USAGE });
    for (const argv of [['person', 'x'], ['actor'], ['actor', '  '], ['actor', 'x', '--id'], ['actor', 'x', '--force']]) {
      const result = parseNewArgs(argv);
      expect(result).toHaveProperty('error');
      expect('error' in result && result.error.endsWith(USAGE)).toBe(true);
    }
  });
  it('names what went wrong', () => {
    expect(parseNewArgs(['person', 'x'])).toMatchObject({ error: expect.stringContaining('"person" is not something npm run new creates') });
    expect(parseNewArgs(['article'])).toMatchObject({ error: expect.stringContaining('write the title after article') });
    expect(parseNewArgs(['actor', 'x', '--id'])).toMatchObject({ error: expect.stringContaining('--id needs a value') });
  });
});
