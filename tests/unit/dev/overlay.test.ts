import { describe, expect, it } from 'vitest';
import { escapeHtml, overlayError } from '../../../src/lib/dev/overlay.ts';
import type { ProblemsPayload, ShownProblem } from '../../../src/lib/dev/protocol.ts';

const shown = (severity: ShownProblem['severity'], location: string, text: string): ShownProblem => {
  const [file = '', line = '0', column = '0'] = location.split(':');
  return { location, absolutePath: `/site/${file}`, line: Number(line), column: Number(column), severity, text };
};

function payload(problems: ShownProblem[], overrides: Partial<ProblemsPayload> = {}): ProblemsPayload {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return {
    language: 'en',
    version: problems.map((problem) => problem.location).join(),
    errors,
    warnings: problems.length - errors,
    problems,
    words: { heading: 'Content problems', counts: `${errors} errors`, hint: 'Fix the file and save it.', more: '', hide: 'Hide' },
    ...overrides,
  };
}

const DATE = shown('error', 'content/articles/2021/02/budget.md:3:7', '`date`: 2021-02-30 is not a day of the calendar [no-such-day]');
const ID = shown('error', 'content/articles/2021/02/budget.md:5:11', 'unknown actor `khalifa-hafter` in `actors` [unknown-id]');
const WARNING = shown('warning', 'content/actors/qatar.md:2:7', 'a warning [long-line]');

describe('the error overlay', () => {
  it('is not shown for warnings alone: they never cover the page', () => {
    expect(overlayError(payload([WARNING]))).toBeUndefined();
    expect(overlayError(payload([]))).toBeUndefined();
  });

  it('lists every error with its place and code, and leaves the warnings to the banner', () => {
    const error = overlayError(payload([DATE, ID, WARNING]));
    expect(error?.message.match(/<li /g)).toHaveLength(2);
    expect(error?.message).toContain('<bdi dir="ltr">content/articles/2021/02/budget.md:3:7</bdi>');
    expect(error?.message).toContain('[unknown-id]');
    expect(error?.message).not.toContain('qatar.md');
  });

  it('opens the editor at the first error', () => {
    expect(overlayError(payload([DATE, ID]))?.loc).toEqual({ file: '/site/content/articles/2021/02/budget.md', line: 3, column: 7 });
  });

  it('copies the lines exactly as the terminal printed them', () => {
    expect(overlayError(payload([DATE, ID]))?.stack.split('\n')).toEqual([
      'content/articles/2021/02/budget.md:3:7: error: `date`: 2021-02-30 is not a day of the calendar [no-such-day]',
      'content/articles/2021/02/budget.md:5:11: error: unknown actor `khalifa-hafter` in `actors` [unknown-id]',
    ]);
  });

  it('escapes what a contributor wrote: the overlay inserts the message as HTML', () => {
    const hostile = shown('error', 'content/articles/a.md:1:1', 'unknown actor `<img src=x onerror=alert(1)>` & more [unknown-id]');
    const error = overlayError(payload([hostile]));
    expect(error?.message).not.toContain('<img');
    expect(error?.message).toContain('&#60;img src=x onerror=alert(1)&#62;` &#38; more');
  });

  it('sets Arabic items right to left inside the left-to-right overlay', () => {
    const error = overlayError(payload([DATE], { language: 'ar' }));
    expect(error?.message).toContain('<li dir="rtl">');
    expect(error?.hint).toContain('dir="rtl"');
  });

  it('ends each text with a space, so the overlay’s link-maker never takes in a closing tag', () => {
    const linked = shown('error', 'content/articles/a.md:1:1', 'unsafe link https://example.org/x');
    expect(overlayError(payload([linked]))?.message).toContain('https://example.org/x </li>');
  });

  it('says how many errors only the terminal lists', () => {
    const error = overlayError(
      payload([DATE], {
        errors: 60,
        words: { heading: 'h', counts: 'c', hint: 'h', more: '59 more problems in the terminal.', hide: 'Hide' },
      }),
    );
    expect(error?.message).toContain('59 more problems in the terminal.');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that can end a text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });
});
